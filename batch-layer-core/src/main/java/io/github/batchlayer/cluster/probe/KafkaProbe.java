package io.github.batchlayer.cluster.probe;

import io.github.batchlayer.kafka.KafkaClients;

import org.apache.kafka.clients.admin.Admin;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Kafka is ready when a metadata request succeeds and topics can be listed: an open port alone is not enough
 * (the broker accepts connections before it has caught up with its controller).
 */
public final class KafkaProbe {

    private KafkaProbe() {
    }

    public static void check(String bootstrapServers, Map<String, String> clientProperties) throws Exception {
        try (Admin admin = KafkaClients.admin(bootstrapServers, clientProperties, 3000)) {
            int brokers = admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).size();
            if (brokers == 0) {
                throw new IllegalStateException("no broker registered yet");
            }
            admin.listTopics().names().get(3, TimeUnit.SECONDS);
        }
    }
}
