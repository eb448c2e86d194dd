package io.github.batchlayer.cluster.docker;

import io.github.batchlayer.cluster.config.HdfsNodeConfig;
import io.github.batchlayer.cluster.config.KafkaNodeConfig;
import io.github.batchlayer.cluster.config.Log4jConfigs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the Kafka and HDFS configuration directories that the compose file bind-mounts into the containers
 * (read-only, at {@code /conf}). The configuration is the embedded launcher's, with data directories inside the
 * containers: the images stay free of ports and paths, so one image serves every run.
 */
final class ServiceConfigs {

    /** Where the containers keep their data: inside the container, so removing it leaves nothing on the host. */
    static final String KAFKA_DATA = "/data/kafka";
    static final String HDFS_DATA = "/data/hdfs";

    private ServiceConfigs() {
    }

    static void write(Path confRoot, KafkaNodeConfig kafka, HdfsNodeConfig hdfs) {
        try {
            DockerFiles.deleteTree(confRoot);
            Path kafkaConf = Files.createDirectories(confRoot.resolve("kafka"));
            Files.write(kafkaConf.resolve("server.properties"), kafka.serverProperties(), StandardCharsets.UTF_8);
            Files.writeString(kafkaConf.resolve("log4j2.properties"), Log4jConfigs.log4j2Console(),
                    StandardCharsets.UTF_8);
            hdfs.writeConfDir(confRoot.resolve("hadoop"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the services' configuration under " + confRoot, e);
        }
    }
}
