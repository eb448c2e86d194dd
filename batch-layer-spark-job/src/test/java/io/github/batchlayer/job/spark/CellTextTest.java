package io.github.batchlayer.job.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** Values as show() writes them: by hand, then against Spark's own show() on the same rows. */
class CellTextTest {
    private final CellText text = new CellText(ZoneId.of("UTC"));

    @Test
    void nestedValuesAsSparkPrintsThem() {
        Row option = RowFactory.create(true, null, "o1");
        Row question = RowFactory.create("q1", scala.jdk.javaapi.CollectionConverters.asScala(List.of(option)).toSeq());
        assertEquals("{q1, [{true, NULL, o1}]}", text.of(question));
        assertEquals("[]", text.of(scala.jdk.javaapi.CollectionConverters.asScala(List.of()).toSeq()));
        assertEquals("{a -> 1}", text.of(scala.jdk.javaapi.CollectionConverters.asScala(Map.of("a", 1))));
        assertEquals("NULL", text.of(null));
        assertEquals("[0A FF]", text.of(new byte[] {10, -1}));
        assertEquals("12345678901234567890.50", text.of(new BigDecimal("1.234567890123456789050E+19")));
        assertEquals("2018-01-23 14:23:19.082", text.of(Instant.parse("2018-01-23T14:23:19.082Z")));
        assertEquals("2018-01-23 14:23:19", text.of(Instant.parse("2018-01-23T14:23:19Z")));
        assertEquals("2018-01-23", text.of(LocalDate.parse("2018-01-23")));
    }

    @Test
    void theSameTableAsSparksShow() {
        SparkSession spark = TestSpark.session();
        Dataset<Row> rows = spark.sql("SELECT * FROM VALUES "
                + "(1, 'Learning Git', named_struct('attempt', 1L, 'counts', named_struct('total', 4L, "
                + "'all_correct', false), 'questions', array(named_struct('id', 'q1', 'user_correct', true), "
                + "named_struct('id', 'q2', 'user_correct', CAST(NULL AS BOOLEAN)))), map('k', 2.5D), "
                + "CAST(12.50 AS DECIMAL(10,2)), X'0AFF', TIMESTAMP'2018-01-23 14:23:19.082', DATE'2018-01-23'), "
                + "(2, NULL, NULL, map(), NULL, NULL, NULL, NULL) "
                + "AS t(n, exam_name, sequences, m, d, b, ts, day)");
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        try {
            List<Row> collected = rows.collectAsList();
            for (int truncate : new int[] {0, 20}) {
                String ours = ShowTable.render(List.of(rows.schema().fieldNames()),
                        collected.stream().map(text::row).toList(), truncate, false);
                String sparks = ((org.apache.spark.sql.classic.Dataset<Row>) rows).showString(20, truncate, false);
                assertEquals(sparks, ours, "truncate " + truncate);
            }
        } finally {
            spark.conf().unset("spark.sql.datetime.java8API.enabled");
        }
    }
}
