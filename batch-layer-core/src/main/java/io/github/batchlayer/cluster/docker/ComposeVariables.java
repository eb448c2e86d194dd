package io.github.batchlayer.cluster.docker;

import io.github.batchlayer.cluster.DockerSettings;
import io.github.batchlayer.cluster.EngineVersions;
import io.github.batchlayer.cluster.config.LocalClusterConfig;

import org.apache.kafka.common.Uuid;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values the plugin puts into the compose file's {@code ${VARIABLES}}: the ports chosen for this start, the
 * Spark worker's resources, the engine versions, the JRE base image and where the configuration directories are.
 * cluster/README.md lists them for people writing their own compose file.
 */
final class ComposeVariables {

    private ComposeVariables() {
    }

    static Map<String, String> of(DockerSettings settings, Path confDir, EngineVersions versions,
                                  LocalClusterConfig services) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("BASE_IMAGE", settings.baseImage());
        variables.put("CONF_DIR", confDir.toString());
        variables.put("KAFKA_VERSION", versions.kafka());
        variables.put("HADOOP_VERSION", versions.hadoop());
        variables.put("SPARK_VERSION", versions.spark());
        // a fresh KRaft cluster id per start: the log directory is formatted anew in each new container
        variables.put("KAFKA_CLUSTER_ID", Uuid.randomUuid().toString());
        variables.put("KAFKA_PORT", Integer.toString(services.kafka().port()));
        variables.put("KAFKA_CONTROLLER_PORT", Integer.toString(services.kafka().controllerPort()));
        variables.put("NAMENODE_PORT", Integer.toString(services.hdfs().rpcPort()));
        variables.put("NAMENODE_HTTP_PORT", Integer.toString(services.hdfs().httpPort()));
        variables.put("DATANODE_PORT", Integer.toString(services.hdfs().dataPort()));
        variables.putAll(services.spark().composeVariables());
        return variables;
    }
}
