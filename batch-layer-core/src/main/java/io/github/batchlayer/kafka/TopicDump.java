package io.github.batchlayer.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Writes the messages of one partition between two offsets to a file, one value per line (the seed's
 * {@code kafkacat -C -o <from> -c <n>}): a way to look at what a topic holds without another tool. No consumer
 * group is used, so nothing is committed to Kafka.
 */
public final class TopicDump {

    private TopicDump() {
    }

    /**
     * @param from first offset (inclusive)
     * @param to   offset to stop before; capped at the partition's end offset
     * @return the number of messages written
     */
    public static long dump(String bootstrapServers, Map<String, String> clientProperties, String topic, int partition,
                            long from, long to, Path out) {
        Map<String, Object> config = KafkaClients.baseConfig(bootstrapServers, clientProperties);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        TopicPartition tp = new TopicPartition(topic, partition);
        long written = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config);
             OutputStream output = new BufferedOutputStream(Files.newOutputStream(out))) {
            // assigning a partition that does not exist would only time out, a minute later, on its offsets
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (partitions == null || partitions.isEmpty()) {
                throw Topics.noSuchTopic(topic);
            }
            if (partitions.stream().noneMatch(p -> p.partition() == partition)) {
                throw new KafkaOperationException("topic " + topic + " has " + partitions.size()
                        + " partition(s) and no partition " + partition);
            }
            consumer.assign(List.of(tp));
            long end = Math.min(to, consumer.endOffsets(List.of(tp)).get(tp));
            consumer.seek(tp, from);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (consumer.position(tp) < end) {
                if (System.nanoTime() > deadline) {
                    throw new KafkaOperationException("timed out reading " + tp + " at offset "
                            + consumer.position(tp) + " of " + end);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= end) {
                        break;
                    }
                    output.write(record.value() == null ? "null".getBytes() : record.value());
                    output.write('\n');
                    written++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        return written;
    }
}
