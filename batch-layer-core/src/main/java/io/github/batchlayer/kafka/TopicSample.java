package io.github.batchlayer.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A bounded, deterministic sample of a topic for schema inference: the first {@code perPartition} messages of
 * every partition, from offset 0, partition by partition, one value per line. The same topic gives the same sample
 * on every run (unlike "the latest N", which moves with every publish).
 */
public final class TopicSample {
    private TopicSample() {
    }

    /** @return the number of messages written to {@code out} */
    public static long write(String bootstrapServers, Map<String, String> clientProperties, String topic,
                             int perPartition, Path out) {
        List<Integer> partitions = partitions(bootstrapServers, clientProperties, topic);
        long written = 0;
        try {
            Files.deleteIfExists(out);
            Files.createFile(out);
            Path part = out.resolveSibling(out.getFileName() + ".part");
            for (int p : partitions) {
                written += TopicDump.dump(bootstrapServers, clientProperties, topic, p, 0, perPartition, part);
                try (OutputStream append = Files.newOutputStream(out, StandardOpenOption.APPEND)) {
                    Files.copy(part, append);
                }
            }
            Files.deleteIfExists(part);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        return written;
    }

    private static List<Integer> partitions(String bootstrapServers, Map<String, String> clientProperties,
                                            String topic) {
        Map<String, Object> config = KafkaClients.baseConfig(bootstrapServers, clientProperties);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            List<PartitionInfo> found = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (found == null || found.isEmpty()) {
                throw Topics.noSuchTopic(topic);
            }
            return found.stream().map(PartitionInfo::partition).sorted(Comparator.naturalOrder()).toList();
        }
    }
}
