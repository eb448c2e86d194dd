package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.IngestArgs;
import io.github.batchlayer.job.contract.OnTopicChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides whether the topic the broker has now is the one the committed batches read, so that a topic deleted and
 * created again (new topic id), another cluster behind the same address (new cluster id) or a partition that now
 * ends below, or begins above, where the committed batches end (truncation, retention) is never read as "nothing
 * new". The committed batches of a topic name count from its last {@code topicRestart} batch on: the batches
 * before it read an earlier topic of that name. Manifests without ids (written before ids were recorded) are
 * checked by their offsets only.
 */
public final class TopicContinuity {
    /** The plugin's user property for {@link IngestArgs#ON_TOPIC_CHANGE}, named in the refusal. */
    public static final String PLUGIN_PROPERTY = "batch-layer.onTopicChange";

    /**
     * Where the next batch continues.
     *
     * @param committedUntil per partition, the end of the committed batches to continue from (empty: earliest)
     * @param restart        this batch begins the topic anew: its manifest says so
     */
    public record Continuation(Map<Integer, Long> committedUntil, boolean restart) {
    }

    private TopicContinuity() {
    }

    /** The committed batches of {@code topic} that read the topic as it is meant now: from its last restart on. */
    static List<Manifest> currentEpoch(List<Manifest> committed, String topic) {
        List<Manifest> epoch = new ArrayList<>();
        for (Manifest m : committed) {                          // committed is in batch order
            if (m.range().topic().equals(topic)) {
                if (m.topicRestart()) {
                    epoch.clear();
                }
                epoch.add(m);
            }
        }
        return epoch;
    }

    public static Continuation decide(List<Manifest> committed, String topic, TopicIdentity now,
                                      KafkaOffsetLookup lookup, OnTopicChange onChange) {
        List<Manifest> epoch = currentEpoch(committed, topic);
        Map<Integer, Long> until = ManifestStore.committedUntil(epoch, topic);
        if (epoch.isEmpty()) {
            return new Continuation(until, false);
        }
        List<String> changes = new ArrayList<>(idChanges(epoch, topic, now));
        if (changes.isEmpty()) {
            changes.addAll(offsetChanges(until, lookup.endOffsets(topic),
                    lookup.beginningOffsets(topic, until.keySet())));
        }
        if (changes.isEmpty()) {
            return new Continuation(until, false);
        }
        String what = "topic " + topic + " is not the one its " + epoch.size() + " committed batch(es) (up to batch "
                + epoch.get(epoch.size() - 1).batchId() + ") read: " + String.join("; ", changes);
        if (onChange == OnTopicChange.FAIL) {
            throw new JobRefusedException(what + ". Nothing was read: continuing from the committed "
                    + "offsets would skip or misplace records. To land the topic as it is now from its earliest offset"
                    + " into the same raw path (the committed batches stay), run with -D" + PLUGIN_PROPERTY + "="
                    + OnTopicChange.RESTART_FROM_EARLIEST + " (job option " + IngestArgs.ON_TOPIC_CHANGE + " "
                    + OnTopicChange.RESTART_FROM_EARLIEST + "); to keep the two apart, give it another "
                    + "-Dbatch-layer.rawPath");
        }
        JobLog.warn("ingest: " + what + "; " + IngestArgs.ON_TOPIC_CHANGE + " " + onChange
                + ": reading it from its earliest offsets as a new topic");
        return new Continuation(Map.of(), true);
    }

    private static List<String> idChanges(List<Manifest> epoch, String topic, TopicIdentity now) {
        List<String> changes = new ArrayList<>();
        String topicId = lastKnown(epoch, true);
        String clusterId = lastKnown(epoch, false);
        if (clusterId != null && now.clusterId() != null && !clusterId.equals(now.clusterId())) {
            changes.add("the Kafka cluster changed (cluster id " + clusterId + " then, " + now.clusterId() + " now)");
        }
        if (topicId != null && now.topicId() != null && !topicId.equals(now.topicId())) {
            changes.add("it was deleted and created again (topic id " + topicId + " then, " + now.topicId()
                    + " now)");
        }
        return changes;
    }

    private static String lastKnown(List<Manifest> epoch, boolean topicId) {
        String last = null;
        for (Manifest m : epoch) {
            String id = topicId ? m.identity().topicId() : m.identity().clusterId();
            last = id != null ? id : last;
        }
        return last;
    }

    static List<String> offsetChanges(Map<Integer, Long> until, Map<Integer, Long> end, Map<Integer, Long> beginning) {
        List<String> changes = new ArrayList<>();
        until.forEach((p, committed) -> {
            Long e = end.get(p);
            Long b = beginning.get(p);
            if (e == null) {
                changes.add("partition " + p + " (committed up to offset " + committed + ") no longer exists");
            } else if (e < committed) {
                changes.add("partition " + p + " ends at offset " + e + ", below the committed " + committed
                        + " (the topic was truncated or recreated)");
            } else if (b != null && b > committed) {
                changes.add("partition " + p + " begins at offset " + b + ", after the committed " + committed
                        + ": offsets " + committed + ".." + (b - 1) + " were deleted (retention) before they were read");
            }
        });
        return changes;
    }
}
