package io.github.batchlayer.job.spark;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Offsets from the broker through kafka-clients (on Spark's classpath via spark-sql-kafka). A consumer that is
 * never subscribed and commits nothing: Spark's batch source does not commit either, the manifests do.
 * read_committed makes the end offset the last stable offset, so a batch never ends inside an open transaction.
 */
public final class KafkaClientOffsetLookup implements KafkaOffsetLookup {
    private final Properties properties = new Properties();
    private final Duration timeout;

    public KafkaClientOffsetLookup(String bootstrapServers, Map<String, String> kafkaProperties) {
        properties.putAll(kafkaProperties);
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);    // no group: nothing to join or commit
        // The client's own API timeout (default 60 s) bounds each lookup; --kafka.default.api.timeout.ms shortens it.
        timeout = Duration.ofMillis(Long.parseLong(String.valueOf(
                properties.getOrDefault(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "60000")).trim()));
    }

    @Override
    public Map<Integer, Long> endOffsets(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("topic " + topic + " does not exist or has no partitions");
            }
            List<TopicPartition> partitions = infos.stream()
                    .map(i -> new TopicPartition(topic, i.partition())).collect(Collectors.toList());
            return byPartition(consumer.endOffsets(partitions, timeout));
        }
    }

    @Override
    public Map<Integer, Long> beginningOffsets(String topic, Collection<Integer> partitions) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> tps = partitions.stream()
                    .map(p -> new TopicPartition(topic, p)).collect(Collectors.toList());
            return byPartition(consumer.beginningOffsets(tps, timeout));
        }
    }

    @Override
    public TopicIdentity identity(String topic) {
        Properties admin = new Properties();
        properties.forEach((k, v) -> {
            if (AdminClientConfig.configNames().contains(String.valueOf(k))) {
                admin.put(k, v);                               // security settings; not the consumer's own
            }
        });
        try (Admin client = Admin.create(admin)) {
            Uuid id = client.describeTopics(List.of(topic)).allTopicNames()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS).get(topic).topicId();
            String cluster = client.describeCluster().clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new TopicIdentity(id == null || Uuid.ZERO_UUID.equals(id) ? null : id.toString(), cluster);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while describing topic " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot describe topic " + topic + " (its id tells a recreated topic): "
                    + (e.getCause() != null ? e.getCause() : e), e);
        }
    }

    private static Map<Integer, Long> byPartition(Map<TopicPartition, Long> offsets) {
        Map<Integer, Long> result = new TreeMap<>();
        offsets.forEach((tp, offset) -> result.put(tp.partition(), offset));
        return result;
    }
}
