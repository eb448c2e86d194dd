package io.github.batchlayer.maven;

import io.github.batchlayer.cluster.ClusterEndpoints;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;

/**
 * A cluster that a lifecycle build keeps running for a post-mortem ({@code -Dbatch-layer.keepRunning}):
 * {@code cluster-up} remembers it in the plugin's context of the project, so the bound {@code cluster-down} of the
 * same build leaves it running and says how to reach it and how to stop it later. Typed on the command line,
 * {@code cluster-down} always stops.
 */
final class KeptCluster {

    private static final String KEY = KeptCluster.class.getName();

    private KeptCluster() {
    }

    /** {@code keepRunning} unset: kept when cluster-up is typed on the command line, stopped with the build. */
    static boolean keep(Boolean keepRunning, boolean fromCommandLine) {
        return keepRunning != null ? keepRunning : fromCommandLine;
    }

    @SuppressWarnings({"rawtypes", "unchecked"}) // Mojo.getPluginContext() is a raw Map
    static void remember(Map pluginContext) {
        if (pluginContext != null) {
            pluginContext.put(KEY, Boolean.TRUE);
        }
    }

    static boolean wasKept(Map<?, ?> pluginContext) {
        return pluginContext != null && Boolean.TRUE.equals(pluginContext.get(KEY));
    }

    /** The command that stops it later: run from the project's directory, naming the work directory when moved. */
    static String stopCommand(File basedir, Path workDir) {
        Path defaultWorkDir = basedir.toPath().resolve("target").resolve("batch-layer");
        String command = "mvn batch-layer:cluster-down";
        if (!workDir.toAbsolutePath().normalize().equals(defaultWorkDir.toAbsolutePath().normalize())) {
            command += " -D" + PropertyNames.WORK_DIR + "=" + workDir;
        }
        return "cd " + basedir + " && " + command;
    }

    /** What cluster-down says instead of stopping: where each service answers, the logs, and how to stop it. */
    static String keptLine(ClusterEndpoints e, Path workDir, String stopCommand) {
        return String.format("keeping the cluster running for a post-mortem (%s): Kafka %s, HDFS %s (web %s), "
                        + "Spark %s; state %s, logs in %s; stop it with: %s", PropertyNames.KEEP_RUNNING,
                e.kafkaBootstrapServers(), e.hdfsUri(), e.hdfsHttpUri(), e.sparkMaster(),
                workDir.resolve("cluster.json"), workDir.resolve("logs"), stopCommand);
    }
}
