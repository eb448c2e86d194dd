package io.github.batchlayer.cluster.config;

import io.github.batchlayer.cluster.EngineVersions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configuration of a single Kafka 4 node in KRaft mode (broker and controller in one JVM), as both the
 * embedded launcher (a forked JVM) and the docker launcher (a container) run it. Only the log directory differs:
 * a path under {@code target/} on the host, or a path inside the container.
 *
 * @param port           PLAINTEXT listener port on 127.0.0.1
 * @param controllerPort CONTROLLER listener port on 127.0.0.1
 * @param logDir         where the broker keeps its data (as seen by the broker)
 * @param brokerConfig   the user's extra broker properties; they win over ours
 */
public record KafkaNodeConfig(int port, int controllerPort, String logDir, Map<String, String> brokerConfig) {

    /** The seed's broker limit (KAFKA_MESSAGE_MAX_BYTES=5242880). */
    public static final String MESSAGE_MAX_BYTES = "5242880";

    public KafkaNodeConfig {
        brokerConfig = brokerConfig == null ? Map.of() : Map.copyOf(brokerConfig);
    }

    /** What a broker JVM needs on its classpath. */
    public static List<String> coordinates(EngineVersions versions) {
        String log4j = versions.log4j2();
        return List.of("org.apache.kafka:kafka_2.13:" + versions.kafka(),
                // Kafka 4 logs through SLF4J 1.7 and prints nothing without a binding: route it to log4j2
                "org.apache.logging.log4j:log4j-slf4j-impl:" + log4j,
                "org.apache.logging.log4j:log4j-core:" + log4j);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** {@code server.properties}, one {@code key=value} per line. */
    public List<String> serverProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        // controller.quorum.voters, not --standalone: the two conflict when formatting
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        p.put("log.dirs", logDir);
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
        p.putAll(brokerConfig);
        List<String> lines = new ArrayList<>();
        p.forEach((k, v) -> lines.add(k + "=" + v));
        return lines;
    }
}
