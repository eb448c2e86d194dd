package io.github.batchlayer.job.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.batchlayer.job.contract.OnTopicChange;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TopicContinuityTest {
    private static final String T = "t";
    private static final TopicIdentity X = new TopicIdentity("id-x", "cluster-1");
    private static final TopicIdentity Y = new TopicIdentity("id-y", "cluster-1");

    /** A one-partition broker stand-in: partition 0 from {@code beginning} to {@code end}. */
    private static KafkaOffsetLookup broker(long beginning, long end) {
        return new KafkaOffsetLookup() {
            @Override
            public Map<Integer, Long> endOffsets(String topic) {
                return Map.of(0, end);
            }

            @Override
            public Map<Integer, Long> beginningOffsets(String topic, Collection<Integer> partitions) {
                return Map.of(0, beginning);
            }
        };
    }

    private static Manifest batch(long id, long from, long until, TopicIdentity identity, boolean restart) {
        TreeMap<Integer, OffsetRange> ranges = new TreeMap<>(Map.of(0, new OffsetRange(0, from, until)));
        return new Manifest(id, new BatchRange(T, ranges), until - from, 0, "x", identity, "a" + id, restart);
    }

    @Test
    void theSameTopicContinuesWhereItsBatchesEnd() {
        TopicContinuity.Continuation c = TopicContinuity.decide(List.of(batch(1, 0, 3280, X, false)), T, X,
                broker(0, 3280), OnTopicChange.FAIL);
        assertEquals(Map.of(0, 3280L), c.committedUntil());
        assertFalse(c.restart());
        assertEquals(Map.of(), TopicContinuity.decide(List.of(), T, X, broker(0, 0),
                OnTopicChange.FAIL).committedUntil(), "nothing committed: from the beginning");
    }

    @Test
    void aRecreatedTopicFailsNamingTheIdsAndTheOption() {
        JobRefusedException e = assertThrows(JobRefusedException.class, () -> TopicContinuity.decide(
                List.of(batch(1, 0, 3280, X, false)), T, Y, broker(0, 3280), OnTopicChange.FAIL));
        assertTrue(e.getMessage().contains("it was deleted and created again (topic id id-x then, id-y now)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("-Dbatch-layer.onTopicChange=restart-from-earliest"), e.getMessage());

        TopicContinuity.Continuation c = TopicContinuity.decide(List.of(batch(1, 0, 3280, X, false)), T, Y,
                broker(0, 3280), OnTopicChange.RESTART_FROM_EARLIEST);
        assertEquals(Map.of(), c.committedUntil(), "from the earliest offset");
        assertTrue(c.restart());
    }

    @Test
    void anotherClusterIsAChangeToo() {
        JobRefusedException e = assertThrows(JobRefusedException.class, () -> TopicContinuity.decide(
                List.of(batch(1, 0, 10, X, false)), T, new TopicIdentity("id-x", "cluster-2"), broker(0, 10),
                OnTopicChange.FAIL));
        assertTrue(e.getMessage().contains("cluster id cluster-1 then, cluster-2 now"), e.getMessage());
    }

    @Test
    void afterARestartOnlyTheNewTopicsBatchesCount() {
        List<Manifest> committed = List.of(batch(1, 0, 3280, X, false), batch(2, 0, 100, Y, true),
                batch(3, 100, 150, Y, false));
        TopicContinuity.Continuation c = TopicContinuity.decide(committed, T, Y, broker(0, 150),
                OnTopicChange.FAIL);
        assertEquals(Map.of(0, 150L), c.committedUntil());
        assertEquals(List.of(2L, 3L), TopicContinuity.currentEpoch(committed, T).stream()
                .map(Manifest::batchId).toList());
    }

    @Test
    void manifestsWithoutIdsAreCheckedByTheirOffsetsOnly() {
        Manifest old = batch(1, 0, 3280, TopicIdentity.UNKNOWN, false);
        assertEquals(Map.of(0, 3280L), TopicContinuity.decide(List.of(old), T, Y, broker(0, 4000),
                OnTopicChange.FAIL).committedUntil(), "unknown ids: no failure");
        JobRefusedException below = assertThrows(JobRefusedException.class, () -> TopicContinuity.decide(
                List.of(old), T, Y, broker(0, 100), OnTopicChange.FAIL));
        assertTrue(below.getMessage().contains("partition 0 ends at offset 100, below the committed 3280"),
                below.getMessage());
    }

    @Test
    void recordsDeletedBeforeTheyWereReadAreNamed() {
        JobRefusedException e = assertThrows(JobRefusedException.class, () -> TopicContinuity.decide(
                List.of(batch(1, 0, 100, X, false)), T, X, broker(150, 200), OnTopicChange.FAIL));
        assertTrue(e.getMessage().contains("begins at offset 150, after the committed 100: offsets 100..149 were "
                + "deleted (retention)"), e.getMessage());
    }

    @Test
    void manifestsKeepTheirIdsAndOldOnesReadAsUnknown() {
        Manifest m = batch(2, 0, 5, X, true);
        assertEquals(m, Manifest.fromJson(m.toJson()));
        Manifest old = Manifest.fromJson("{\"batchId\":1,\"topic\":\"t\",\"offsets\":{\"0\":[0,3]},\"rows\":3,"
                + "\"quarantined\":0,\"committedAt\":\"x\"}");
        assertEquals(TopicIdentity.UNKNOWN, old.identity());
        assertFalse(old.topicRestart());
        assertEquals(null, old.attempt());
    }
}
