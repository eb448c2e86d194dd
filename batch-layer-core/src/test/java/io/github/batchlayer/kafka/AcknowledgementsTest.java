package io.github.batchlayer.kafka;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AcknowledgementsTest {

    @Test
    void acknowledgementsInAnyOrderMergeIntoRanges() {
        Acknowledgements acks = new Acknowledgements();
        for (long i : new long[] {5, 3, 4, 9, 6, 10, 0}) {
            acks.acknowledged(i);
        }
        assertEquals(7, acks.count());
        assertEquals("[0:1) [3:7) [9:11)", acks.describeRanges());
        assertEquals(10, acks.lastIndex());
        assertEquals(-1, acks.endOfPrefixFrom(0), "not one range");
        acks.acknowledged(1);
        acks.acknowledged(2);
        acks.acknowledged(7);
        acks.acknowledged(8);
        assertEquals("[0:11)", acks.describeRanges());
        assertEquals(11, acks.endOfPrefixFrom(0));
        assertEquals(-1, acks.endOfPrefixFrom(1), "a prefix of what was sent starts at the first record sent");
    }

    @Test
    void theFirstFailureIsKept() {
        Acknowledgements acks = new Acknowledgements();
        assertFalse(acks.hasFailure());
        assertEquals("none", acks.describeRanges());
        assertEquals(-1, acks.lastIndex());
        acks.failed(12, new IllegalStateException("first"));
        acks.failed(11, new IllegalStateException("second"));
        assertTrue(acks.hasFailure());
        assertEquals(12, acks.firstFailedIndex());
        assertEquals("first", acks.firstFailure().getMessage());
    }

    @Test
    void aFailedPublishWhoseTopicGrewByTheAcknowledgedRecordsSaysWhereToResume() {
        Acknowledgements acks = acknowledged(1000, 1400);
        acks.failed(1400, new org.apache.kafka.common.errors.TimeoutException("Expiring 12 record(s)."));
        String message = new PublishFailedException("t", acks, 1640, 1000, Map.of(0, 1000L), Map.of(0, 1400L), null)
                .getMessage();
        assertEquals("publish to t failed at record 1400: Expiring 12 record(s). 400 of 1,640 records sent were "
                + "acknowledged: records [1000:1400) (last acknowledged record 1399). The topic holds exactly the "
                + "acknowledged records: it grew by 400 (end offsets {0=1000} before this publish, {0=1400} now); "
                + "to publish the rest, run the publish again with -Dbatch-layer.from=1400 (and the same to)",
                message);
    }

    @Test
    void aTopicThatGrewByMoreThanWasAcknowledgedIsSaidSo() {
        Acknowledgements acks = acknowledged(0, 10);
        acks.failed(10, new IllegalStateException("gone"));
        PublishFailedException e = new PublishFailedException("t", acks, 20, 0, Map.of(), Map.of(0, 12L), null);
        assertEquals(10, e.acknowledged());
        assertTrue(e.getMessage().contains("The topic grew by 12 records (end offsets {} before this publish, "
                + "{0=12} now): 2 more than acknowledged"), e.getMessage());
        assertFalse(e.getMessage().contains("-Dbatch-layer.from"));
    }

    @Test
    void endOffsetsThatCannotBeReadLeaveTheAcknowledgedRecordsAsWhatIsCertain() {
        Acknowledgements acks = new Acknowledgements();
        acks.failed(0, new IllegalStateException("no broker"));
        String message = new PublishFailedException("t", acks, 5, 0, Map.of(0, 7L), null, "timed out").getMessage();
        assertEquals("publish to t failed at record 0: no broker. 0 of 5 records sent were acknowledged. The "
                + "topic's end offsets could not be read now (timed out); before this publish they were {0=7}: the "
                + "acknowledged records are in the topic, the others may be too", message);
    }

    private static Acknowledgements acknowledged(long from, long to) {
        Acknowledgements acks = new Acknowledgements();
        for (long i = from; i < to; i++) {
            acks.acknowledged(i);
        }
        return acks;
    }
}
