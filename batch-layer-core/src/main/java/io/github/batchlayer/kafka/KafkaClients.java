package io.github.batchlayer.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.util.HashMap;
import java.util.Map;

/**
 * Client configuration shared by the admin client and the producer: bootstrap servers plus any {@code kafka.*}
 * properties the user passes through (SASL/SSL and the like), so security needs no code changes.
 */
public final class KafkaClients {

    private KafkaClients() {
    }

    public static Map<String, Object> baseConfig(String bootstrapServers, Map<String, String> extra) {
        Map<String, Object> config = new HashMap<>(extra == null ? Map.of() : extra);
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return config;
    }

    public static Admin admin(String bootstrapServers, Map<String, String> extra, int timeoutMs) {
        Map<String, Object> config = baseConfig(bootstrapServers, extra);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
        return Admin.create(config);
    }
}
