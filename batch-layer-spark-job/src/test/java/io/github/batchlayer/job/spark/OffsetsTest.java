package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.UsageException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OffsetsTest {
    private static final String TOPIC = "video-books-assessments";

    /** A broker stand-in: partitions 0 and 1, beginning 0 and 10, ends given. */
    private static final class FakeLookup implements KafkaOffsetLookup {
        final Map<Integer, Long> ends;
        int endCalls;
        int beginningCalls;

        FakeLookup(Map<Integer, Long> ends) {
            this.ends = ends;
        }

        @Override
        public Map<Integer, Long> endOffsets(String topic) {
            endCalls++;
            return ends;
        }

        @Override
        public Map<Integer, Long> beginningOffsets(String topic, Collection<Integer> partitions) {
            beginningCalls++;
            Map<Integer, Long> r = new TreeMap<>();
            partitions.forEach(p -> r.put(p, p * 10L));
            return r;
        }
    }

    @Test
    void parsesAndFormatsTheSeedsForm() {
        String json = "{\"" + TOPIC + "\":{\"0\":3279}}";
        assertEquals(Map.of(0, 3279L), OffsetsJson.parse(json, TOPIC));
        assertEquals(json, OffsetsJson.format(TOPIC, Map.of(0, 3279L)));
        assertEquals("{\"t\":{\"0\":1,\"2\":3}}", OffsetsJson.format("t", Map.of(2, 3L, 0, 1L)));
    }

    @Test
    void rejectsBadOffsetsJson() {
        assertThrows(UsageException.class, () -> OffsetsJson.parse("nope", TOPIC));
        assertThrows(UsageException.class, () -> OffsetsJson.parse("{\"other\":{\"0\":1}}", TOPIC));
        assertThrows(UsageException.class, () -> OffsetsJson.parse("{\"" + TOPIC + "\":{\"x\":1}}", TOPIC));
        assertThrows(UsageException.class, () -> OffsetsJson.parse("{\"" + TOPIC + "\":{\"0\":\"1\"}}", TOPIC));
    }

    @Test
    void firstRunReadsFromBeginningToCurrentEnd() {
        FakeLookup kafka = new FakeLookup(Map.of(0, 3279L, 1, 15L));
        BatchRange range = new OffsetPlanner(kafka).plan(TOPIC, null, null, Map.of());
        assertEquals(new OffsetRange(0, 0, 3279), range.ranges().get(0));
        assertEquals(new OffsetRange(1, 10, 15), range.ranges().get(1));
        assertEquals(3279 + 5, range.offsetCount());
        assertEquals("{\"" + TOPIC + "\":{\"0\":0,\"1\":10}}", range.startingOffsetsJson());
        assertEquals("{\"" + TOPIC + "\":{\"0\":3279,\"1\":15}}", range.endingOffsetsJson());
        assertEquals("{\"" + TOPIC + "\":[0,1]}", range.assignJson());
    }

    @Test
    void nextRunStartsWhereCommittedBatchesEnd() {
        FakeLookup kafka = new FakeLookup(Map.of(0, 3280L, 1, 15L));
        BatchRange range = new OffsetPlanner(kafka).plan(TOPIC, null, null, Map.of(0, 3279L, 1, 15L));
        assertEquals(new OffsetRange(0, 3279, 3280), range.ranges().get(0));
        assertTrue(range.ranges().get(1).isEmpty());
        assertEquals(List.of(0), List.copyOf(range.nonEmptyPartitions().ranges().keySet()));
        assertEquals(0, kafka.beginningCalls, "committed partitions need no beginning offsets");
        assertEquals("{0:[3279,3280)}", range.nonEmptyPartitions().toString());
    }

    @Test
    void explicitOffsetsWinAndSpecialValuesResolve() {
        FakeLookup kafka = new FakeLookup(Map.of(0, 3280L));
        OffsetPlanner planner = new OffsetPlanner(kafka);
        BatchRange range = planner.plan(TOPIC, "{\"" + TOPIC + "\":{\"0\":3279}}", "{\"" + TOPIC + "\":{\"0\":-1}}",
                Map.of());
        assertEquals(new OffsetRange(0, 3279, 3280), range.ranges().get(0));
        BatchRange earliest = new OffsetPlanner(kafka).plan(TOPIC, "{\"" + TOPIC + "\":{\"0\":-2}}",
                "{\"" + TOPIC + "\":{\"0\":3279}}", Map.of(0, 3279L));
        assertEquals(new OffsetRange(0, 0, 3279), earliest.ranges().get(0));
        OffsetPlanner rereading = new OffsetPlanner(kafka);
        rereading.plan(TOPIC, "{\"" + TOPIC + "\":{\"0\":0}}", null, Map.of(0, 3279L));
        assertEquals(1, rereading.warnings().size(), "re-reading committed offsets is warned about");
    }

    @Test
    void nothingNewIsAnEmptyRangeAndStartAfterEndFails() {
        FakeLookup kafka = new FakeLookup(Map.of(0, 3280L));
        assertTrue(new OffsetPlanner(kafka).plan(TOPIC, null, null, Map.of(0, 3280L)).isEmpty());
        assertThrows(IllegalStateException.class,
                () -> new OffsetPlanner(kafka).plan(TOPIC, null, null, Map.of(0, 4000L)));
    }
}
