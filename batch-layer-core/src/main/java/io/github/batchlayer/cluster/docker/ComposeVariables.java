package io.github.batchlayer.cluster.docker;

import io.github.batchlayer.cluster.EngineVersions;
import io.github.batchlayer.cluster.config.HdfsNodeConfig;
import io.github.batchlayer.cluster.config.KafkaNodeConfig;

import org.apache.kafka.common.Uuid;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values the plugin puts into the compose file's {@code ${VARIABLES}}: the ports chosen for this start, the
 * engine versions, the JRE base image and where the configuration directories are. cluster/README.md lists them
 * for people writing their own compose file.
 */
final class ComposeVariables {

    private ComposeVariables() {
    }

    static Map<String, String> of(DockerSettings settings, Path confDir, EngineVersions versions,
                                  KafkaNodeConfig kafka, HdfsNodeConfig hdfs, SparkPorts spark) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("BASE_IMAGE", settings.baseImage());
        variables.put("CONF_DIR", confDir.toString());
        variables.put("KAFKA_VERSION", versions.kafka());
        variables.put("HADOOP_VERSION", versions.hadoop());
        variables.put("SPARK_VERSION", versions.spark());
        // a fresh KRaft cluster id per start: the log directory is formatted anew in each new container
        variables.put("KAFKA_CLUSTER_ID", Uuid.randomUuid().toString());
        variables.put("KAFKA_PORT", Integer.toString(kafka.port()));
        variables.put("KAFKA_CONTROLLER_PORT", Integer.toString(kafka.controllerPort()));
        variables.put("NAMENODE_PORT", Integer.toString(hdfs.rpcPort()));
        variables.put("NAMENODE_HTTP_PORT", Integer.toString(hdfs.httpPort()));
        variables.put("DATANODE_PORT", Integer.toString(hdfs.dataPort()));
        variables.put("SPARK_MASTER_PORT", Integer.toString(spark.master()));
        variables.put("SPARK_MASTER_UI_PORT", Integer.toString(spark.masterUi()));
        variables.put("SPARK_WORKER_UI_PORT", Integer.toString(spark.workerUi()));
        return variables;
    }

    /** The Spark standalone ports of one start. */
    record SparkPorts(int master, int masterUi, int workerUi) {

        String masterUrl() {
            return "spark://127.0.0.1:" + master;
        }

        String masterUiUri() {
            return "http://127.0.0.1:" + masterUi;
        }
    }
}
