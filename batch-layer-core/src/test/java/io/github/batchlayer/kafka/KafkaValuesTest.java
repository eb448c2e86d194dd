package io.github.batchlayer.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The pure parts of the Kafka package: topic validation and the lines the goals log. */
class KafkaValuesTest {

    @Test
    void topicSpecValidation() {
        assertEquals("topic name is empty", assertThrows(IllegalArgumentException.class,
                () -> new TopicSpec(" ", 1, (short) 1, Map.of())).getMessage());
        assertEquals("topic name is empty", assertThrows(IllegalArgumentException.class,
                () -> new TopicSpec(null, 1, (short) 1, Map.of())).getMessage());
        assertEquals("topic t: partitions must be at least 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> new TopicSpec("t", 0, (short) 1, Map.of())).getMessage());
        assertEquals("topic t: replication factor must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> new TopicSpec("t", 1, (short) 0, Map.of()))
                        .getMessage());
    }

    @Test
    void topicSpecCopiesItsConfigs() {
        Map<String, String> configs = new HashMap<>(Map.of("retention.ms", "1", "max.message.bytes", "5242880"));
        TopicSpec spec = new TopicSpec(TopicSpec.SEED_TOPIC, 1, (short) 1, configs);
        configs.put("cleanup.policy", "compact");
        assertEquals(2, spec.configs().size());
        assertThrows(UnsupportedOperationException.class, () -> spec.configs().put("a", "b"));
        assertEquals(List.of("max.message.bytes", "retention.ms"), List.copyOf(spec.sortedConfigs().keySet()));
        assertEquals(Map.of(), new TopicSpec("t", 1, (short) 1, null).configs());
    }

    @Test
    void describeLineLikeKafkaTopics() {
        Map<String, String> configs = new LinkedHashMap<>();
        configs.put("retention.ms", "1000");
        configs.put("max.message.bytes", "5242880");
        TopicLayout d = new TopicLayout("video-books-assessments", 2, 1, configs, List.of(1, 3));
        assertEquals("Topic: video-books-assessments\tPartitionCount: 2\tReplicationFactor: 1\t"
                + "Configs: max.message.bytes=5242880,retention.ms=1000"
                + "\n\tTopic: video-books-assessments\tPartition: 0\tLeader: 1"
                + "\n\tTopic: video-books-assessments\tPartition: 1\tLeader: 3", d.describeLine());
        assertEquals("Topic: t\tPartitionCount: 0\tReplicationFactor: 1\tConfigs: ",
                new TopicLayout("t", 0, 1, Map.of(), List.of()).describeLine());
    }

    @Test
    void publishSummaryLine() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ROOT);
        try {
            PublishResult r = new PublishResult(3280, 4_000_000, 2.0, Map.of(0, 3280L));
            assertEquals(1640.0, r.recordsPerSecond());
            assertEquals(2.0, r.megabytesPerSecond());
            assertEquals("published 3,280 records (4,000,000 bytes) to topic in 2.0 s: 1,640 records/s, 2.0 MB/s; "
                    + "end offsets {0=3280}", r.summaryLine("topic"));
            PublishResult instant = new PublishResult(0, 0, 0, Map.of());
            assertEquals(0.0, instant.recordsPerSecond());
            assertEquals("published 0 records (0 bytes) to t in 0.0 s: 0 records/s, 0.0 MB/s; end offsets {}",
                    instant.summaryLine("t"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
