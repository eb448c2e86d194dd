package io.github.batchlayer.job.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class AssessmentParserTest {
    @Test
    void realRecordParsesWithNoFieldLost() {
        Dataset<Row> classified = AssessmentParser.classify(TestSpark.kafkaRows("t", 0, 0, List.of(TestSpark.record0())));
        assertEquals(0, AssessmentParser.quarantined(classified).count());
        Row r = AssessmentParser.good(classified).first();

        assertEquals("5a6745820eb8ab00016be1f1", r.getAs("keen_id"));
        assertEquals("Normal Forms and All That Jazz Master Class", r.getAs("exam_name"));
        assertEquals("1516717442.735266", r.getAs("keen_timestamp"));
        assertEquals("1.0", r.getAs("max_attempts"));
        assertEquals("false", r.getAs("certification"));
        assertEquals("6d4089e4-bde5-4a22-b65f-18bce9ab79c8", r.getAs("user_exam_id"));
        assertEquals(0L, (long) r.getAs("kafka_offset"));
        assertEquals(0, (int) r.getAs("kafka_partition"));

        Row seq = r.getAs("sequences");
        assertEquals(1L, (long) seq.getAs("attempt"));
        assertEquals("5b28a462-7a3b-42e0-b508-09f3906d1703", seq.getAs("id"));
        Row counts = seq.getAs("counts");
        assertEquals(4L, (long) counts.getAs("total"));
        assertEquals(2L, (long) counts.getAs("correct"));
        assertEquals(1L, (long) counts.getAs("incomplete"));
        assertEquals(4L, (long) counts.getAs("submitted"));
        assertEquals(1L, (long) counts.getAs("incorrect"));
        assertEquals(0L, (long) counts.getAs("unanswered"));
        assertFalse((boolean) counts.getAs("all_correct"));

        List<Row> questions = seq.getList(seq.fieldIndex("questions"));
        assertEquals(4, questions.size());
        Row q0 = questions.get(0);
        assertEquals("7a2ed6d3-f492-49b3-b8aa-d080a8aad986", q0.getAs("id"));
        assertEquals("missed_some", q0.getAs("user_result"));
        assertTrue((boolean) q0.getAs("user_incomplete"));
        assertFalse((boolean) q0.getAs("user_correct"));
        assertTrue((boolean) q0.getAs("user_submitted"));
        List<Row> options = q0.getList(q0.fieldIndex("options"));
        assertEquals(3, options.size());
        Row o0 = options.get(0);
        assertEquals("2018-01-23T14:23:24.670Z", o0.getAs("at"));
        assertEquals("49c574b4-5c82-4ffd-9bd1-c3358faf850d", o0.getAs("id"));
        assertEquals(1L, (long) o0.getAs("submitted"));
        assertTrue((boolean) o0.getAs("checked"));
        assertTrue((boolean) o0.getAs("correct"));
        Row o2 = options.get(2);   // untouched option: no at, no submitted
        assertNull(o2.getAs("at"));
        assertNull(o2.getAs("submitted"));
        assertEquals(List.of(false, false, true, true),
                questions.stream().map(q -> (Boolean) q.getAs("user_correct")).toList());
        assertEquals(List.of(3, 3, 4, 4), questions.stream().map(q -> q.getList(q.fieldIndex("options")).size()).toList());
    }

    @Test
    void misfitsAreQuarantinedWithReasonAndOffset() {
        List<String> values = new ArrayList<>(Arrays.asList(
                TestSpark.record0(),                                  // 10 good
                "not json",                                           // 11
                "[1,2]",                                              // 12
                "{\"x\":1}",                                          // 13
                "{\"keen_id\":\"k\"}",                                // 14
                "{\"keen_id\":\"k\",\"exam_name\":\"e\",\"sequences\":\"oops\"}",  // 15 wrong type
                null,                                                 // 16 tombstone
                "{\"keen_id\":\"k\",\"exam_name\":\"e\"}",            // 17 good, minimal
                "{\"keen_id\":\"k\",\"exam_name\":\"e\"} trailing",   // 18 not JSON: garbage after the object
                "{\"keen_id\":\"k\",\"exam_name\":\"e\"}{\"a\":1}",     // 19 not JSON: two values
                "{\"keen_id\":\"k\",\"exam_name\":\"e\",\"x\":NaN}"));  // 20 not JSON: NaN is no JSON number
        Dataset<Row> classified = AssessmentParser.classify(TestSpark.kafkaRows("t", 3, 10, values));
        Map<Long, String> reasons = new TreeMap<>();
        for (Row r : AssessmentParser.quarantined(classified).collectAsList()) {
            reasons.put(r.getAs("kafka_offset"), r.getAs("reason"));
            assertEquals(3, (int) r.getAs("kafka_partition"));
        }
        assertEquals(Map.of(11L, AssessmentParser.NOT_JSON, 12L, AssessmentParser.NOT_OBJECT,
                13L, AssessmentParser.MISSING_KEEN_ID, 14L, AssessmentParser.MISSING_EXAM_NAME,
                15L, AssessmentParser.SCHEMA_MISMATCH, 16L, AssessmentParser.NULL_VALUE, 18L, AssessmentParser.NOT_JSON,
                19L, AssessmentParser.NOT_JSON, 20L, AssessmentParser.NOT_JSON), reasons);
        Row notJson = AssessmentParser.quarantined(classified).where("kafka_offset = 11").first();
        assertEquals("not json", notJson.getAs("value"), "the message is kept whole");
        assertEquals(List.of(10L, 17L), AssessmentParser.good(classified).orderBy("kafka_offset")
                .select("kafka_offset").as(org.apache.spark.sql.Encoders.LONG()).collectAsList());
    }
}
