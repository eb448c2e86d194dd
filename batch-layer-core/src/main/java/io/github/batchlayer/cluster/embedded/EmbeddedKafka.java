package io.github.batchlayer.cluster.embedded;

import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.cluster.ClusterSpec;
import io.github.batchlayer.process.ForkedJvm;
import io.github.batchlayer.process.JavaProcessSpec;
import io.github.batchlayer.process.LogTail;

import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A single Kafka 4 node in KRaft mode (broker and controller in one JVM), as Kafka's own scripts run it:
 * {@code StorageTool format}, then {@code kafka.Kafka server.properties}. Needs no code of ours in the JVM.
 */
final class EmbeddedKafka {

    /** The seed's broker limit (KAFKA_MESSAGE_MAX_BYTES=5242880). */
    static final String MESSAGE_MAX_BYTES = "5242880";

    private final ClusterSpec cluster;
    private final int port;
    private final int controllerPort;
    private final Path dir;

    EmbeddedKafka(ClusterSpec cluster, int port, int controllerPort) {
        this.cluster = cluster;
        this.port = port;
        this.controllerPort = controllerPort;
        this.dir = cluster.workDir().resolve("kafka").toAbsolutePath();
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    List<String> coordinates() {
        String log4j = cluster.versions().log4j2();
        return List.of("org.apache.kafka:kafka_2.13:" + cluster.versions().kafka(),
                // Kafka 4 logs through SLF4J 1.7 and prints nothing without a binding: route it to log4j2
                "org.apache.logging.log4j:log4j-slf4j-impl:" + log4j,
                "org.apache.logging.log4j:log4j-core:" + log4j);
    }

    /** Writes the configuration and formats the log directory (a one-shot JVM: StorageTool calls System.exit). */
    void prepare(List<Path> classpath) {
        Path properties = dir.resolve("server.properties");
        Path log4j = dir.resolve("log4j2.properties");
        try {
            Files.createDirectories(dir);
            Files.write(properties, propertiesLines(), StandardCharsets.UTF_8);
            Files.writeString(log4j, Log4jConfigs.log4j2Console(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path formatLog = ForkedService.logFile(cluster, "kafka-format");
        JavaProcessSpec format = new JavaProcessSpec("kafka-format", cluster.javaExecutable(), jvmArgs("256m"),
                classpath, "kafka.tools.StorageTool",
                List.of("format", "-t", Uuid.randomUuid().toString(), "-c", properties.toString()),
                Map.of(), dir, formatLog);
        int exit = ForkedJvm.run(format, 120);
        if (exit != 0) {
            throw new ClusterException("formatting Kafka's log directory failed (exit " + exit + "); last lines of "
                    + formatLog + ":\n" + LogTail.of(formatLog, 30));
        }
    }

    ForkedService start(List<Path> classpath) {
        return ForkedService.of(cluster, "kafka", jvmArgs("1g"), classpath, "kafka.Kafka",
                List.of(dir.resolve("server.properties").toString())).start();
    }

    private List<String> jvmArgs(String maxHeap) {
        List<String> args = new ArrayList<>(List.of("-Xms128m", "-Xmx" + maxHeap, "-XX:+UseG1GC",
                "-Djava.awt.headless=true", "-Dlog4j2.configurationFile=" + dir.resolve("log4j2.properties"),
                "-Dkafka.logs.dir=" + dir.resolve("logs")));
        return args;
    }

    private List<String> propertiesLines() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        p.put("log.dirs", dir.resolve("data").toString());
        p.put("message.max.bytes", MESSAGE_MAX_BYTES);
        // one node: every internal topic has a single replica
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // topics are created on purpose by create-topic, with the settings the user asked for
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "1");
        p.putAll(cluster.brokerConfig());
        List<String> lines = new ArrayList<>();
        p.forEach((k, v) -> lines.add(k + "=" + v));
        return lines;
    }
}
