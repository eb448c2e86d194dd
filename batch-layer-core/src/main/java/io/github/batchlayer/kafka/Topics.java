package io.github.batchlayer.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Topic administration through Kafka's AdminClient: create if not exists, describe, end offsets. */
public final class Topics {

    private static final long TIMEOUT_SECONDS = 30;

    private final Admin admin;

    public Topics(Admin admin) {
        this.admin = admin;
    }

    /**
     * Creates the topic unless it exists. An existing topic with the same partition count and replication
     * factor is fine (the seed's {@code --if-not-exists}); different ones are an error, since silently using
     * a topic laid out otherwise would change what ingest reads.
     *
     * @return true when the topic was created, false when it existed already
     */
    public boolean ensure(TopicSpec spec) {
        Optional<TopicLayout> existing = describe(spec.name());
        if (existing.isPresent()) {
            checkSameLayout(spec, existing.get());
            return false;
        }
        NewTopic topic = new NewTopic(spec.name(), spec.partitions(), spec.replicationFactor()).configs(spec.configs());
        try {
            admin.createTopics(List.of(topic)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                // created concurrently by someone else: same rules as an existing topic
                checkSameLayout(spec, describe(spec.name()).orElseThrow());
                return false;
            }
            throw new KafkaOperationException("cannot create topic " + spec.name() + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (Exception e) {
            throw KafkaOperationException.wrap("creating topic " + spec.name(), e);
        }
    }

    private static void checkSameLayout(TopicSpec spec, TopicLayout existing) {
        if (existing.partitions() != spec.partitions()) {
            throw new KafkaOperationException("topic " + spec.name() + " exists with " + existing.partitions()
                    + " partition(s), but " + spec.partitions() + " were asked for; delete it or set "
                    + "partitions to " + existing.partitions());
        }
        if (existing.replicationFactor() != spec.replicationFactor()) {
            throw new KafkaOperationException("topic " + spec.name() + " exists with replication factor "
                    + existing.replicationFactor() + ", but " + spec.replicationFactor() + " was asked for");
        }
    }

    /** The topic as the broker describes it, or empty when it does not exist. */
    public Optional<TopicLayout> describe(String name) {
        try {
            TopicDescription d = admin.describeTopics(List.of(name)).allTopicNames()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(name);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
            Config config = admin.describeConfigs(List.of(resource)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .get(resource);
            Map<String, String> overrides = new TreeMap<>();
            for (ConfigEntry entry : config.entries()) {
                if (entry.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG) {
                    overrides.put(entry.name(), entry.value());
                }
            }
            List<Integer> leaders = new ArrayList<>();
            int replication = 0;
            for (TopicPartitionInfo p : d.partitions()) {
                leaders.add(p.leader() == null ? -1 : p.leader().id());
                replication = p.replicas().size();
            }
            return Optional.of(new TopicLayout(name, d.partitions().size(),
                    replication, overrides, leaders));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Optional.empty();
            }
            throw new KafkaOperationException("cannot describe topic " + name + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (Exception e) {
            throw KafkaOperationException.wrap("describing topic " + name, e);
        }
    }

    /** The effective value of a topic config (its override, else the broker's default). */
    public String config(String topic, String name) {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        try {
            Config config = admin.describeConfigs(List.of(resource)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .get(resource);
            ConfigEntry entry = config.get(name);
            return entry == null ? null : entry.value();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                throw noSuchTopic(topic);
            }
            throw new KafkaOperationException("cannot read config " + name + " of topic " + topic + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (Exception e) {
            throw KafkaOperationException.wrap("reading topic config", e);
        }
    }

    /** The end (log-end) offset of each partition, by partition number. */
    public Map<Integer, Long> endOffsets(String topic) {
        int partitions = describe(topic).orElseThrow(() -> noSuchTopic(topic)).partitions();
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (int p = 0; p < partitions; p++) {
            request.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        try {
            Map<Integer, Long> offsets = new TreeMap<>();
            admin.listOffsets(request).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .forEach((tp, info) -> offsets.put(tp.partition(), info.offset()));
            return offsets;
        } catch (ExecutionException e) {
            throw new KafkaOperationException("cannot list offsets of " + topic + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (Exception e) {
            throw KafkaOperationException.wrap("listing offsets", e);
        }
    }

    /** The broker does not auto-create topics (ours never does): the layout is create-topic's to decide. */
    static KafkaOperationException noSuchTopic(String topic) {
        return new KafkaOperationException("topic " + topic + " does not exist; run create-topic first");
    }
}
