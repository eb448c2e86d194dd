package io.github.batchlayer.cluster.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Spark standalone master and one worker bound to 127.0.0.1, as the embedded launcher (forked JVMs, from the
 * daemons' command-line options) and the docker launcher (containers, from the compose file's variables) run them.
 *
 * @param masterPort   master RPC port (the {@code spark://} URL)
 * @param masterUiPort master web UI port; its {@code /json} is the readiness probe
 * @param workerPort   worker RPC port (the docker worker picks its own)
 * @param workerUiPort worker web UI port
 * @param workerCores  cores the worker offers executors
 * @param workerMemory memory the worker offers executors, e.g. {@code 2g}
 */
public record SparkStandaloneConfig(int masterPort, int masterUiPort, int workerPort, int workerUiPort,
                                    int workerCores, String workerMemory) {

    public String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    public String masterUiUri() {
        return "http://127.0.0.1:" + masterUiPort;
    }

    /** Options of {@code org.apache.spark.deploy.master.Master}. */
    public List<String> masterArgs() {
        return List.of("--host", "127.0.0.1", "--port", Integer.toString(masterPort),
                "--webui-port", Integer.toString(masterUiPort));
    }

    /** Options of {@code org.apache.spark.deploy.worker.Worker}, with executors' directories under {@code workDir}. */
    public List<String> workerArgs(Path workDir) {
        return List.of("--host", "127.0.0.1", "--port", Integer.toString(workerPort),
                "--webui-port", Integer.toString(workerUiPort),
                "--cores", Integer.toString(workerCores), "--memory", workerMemory,
                "--work-dir", workDir.toString(), masterUrl());
    }

    /** The compose file's {@code ${SPARK_*}} variables (cluster/README.md lists them). */
    public Map<String, String> composeVariables() {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("SPARK_MASTER_PORT", Integer.toString(masterPort));
        variables.put("SPARK_MASTER_UI_PORT", Integer.toString(masterUiPort));
        variables.put("SPARK_WORKER_UI_PORT", Integer.toString(workerUiPort));
        variables.put("SPARK_WORKER_CORES", Integer.toString(workerCores));
        variables.put("SPARK_WORKER_MEMORY", workerMemory);
        return variables;
    }
}
