package io.github.batchlayer.cluster.embedded;

import io.github.batchlayer.cluster.ClusterSettings;
import io.github.batchlayer.cluster.config.KafkaNodeConfig;
import io.github.batchlayer.cluster.config.Log4jConfigs;

import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A single Kafka 4 node in KRaft mode (broker and controller in one JVM), as Kafka's own scripts run it:
 * {@code StorageTool format}, then {@code kafka.Kafka server.properties}. Needs no code of ours in the JVM.
 */
record EmbeddedKafka(ClusterSettings cluster, KafkaNodeConfig config) {

    /** Configuration and data, under the work directory. */
    private Path dir() {
        return dir(cluster);
    }

    private static Path dir(ClusterSettings cluster) {
        return cluster.workDir().resolve("kafka").toAbsolutePath();
    }

    /** Where the broker keeps its data: under the work directory, removed at the next start. */
    static String logDir(ClusterSettings cluster) {
        return dir(cluster).resolve("data").toString();
    }

    List<String> coordinates() {
        return KafkaNodeConfig.coordinates(cluster.versions());
    }

    /** Writes the configuration and formats the log directory (a one-shot JVM: StorageTool calls System.exit). */
    void prepare(List<Path> classpath) {
        Path properties = dir().resolve("server.properties");
        Path log4j = dir().resolve("log4j2.properties");
        try {
            Files.createDirectories(dir());
            Files.write(properties, config.serverProperties(), StandardCharsets.UTF_8);
            Files.writeString(log4j, Log4jConfigs.log4j2Console(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StorageFormat.run(cluster, "kafka-format", "formatting Kafka's log directory", jvmArgs("256m"), classpath,
                "kafka.tools.StorageTool",
                List.of("format", "-t", Uuid.randomUuid().toString(), "-c", properties.toString()), dir());
    }

    ForkedService start(List<Path> classpath) {
        List<String> jvmArgs = new ArrayList<>(ForkedService.mappingArchive(cluster, classpath));
        jvmArgs.add("-XX:+UseG1GC");
        jvmArgs.addAll(jvmArgs("1g"));
        return ForkedService.of(cluster, "kafka", jvmArgs, classpath, "kafka.Kafka",
                List.of(dir().resolve("server.properties").toString())).start();
    }

    private List<String> jvmArgs(String maxHeap) {
        return List.of("-Xms128m", "-Xmx" + maxHeap,
                "-Djava.awt.headless=true", "-Dlog4j2.configurationFile=" + dir().resolve("log4j2.properties"),
                "-Dkafka.logs.dir=" + dir().resolve("logs"));
    }
}
