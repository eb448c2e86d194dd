package io.github.batchlayer.job.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/** One small local SparkSession shared by all test classes (one surefire fork), and test data helpers. */
final class TestSpark {
    private TestSpark() {
    }

    static synchronized SparkSession session() {
        // The machine is shared: two threads, no UI, few shuffle partitions, loopback only.
        return SparkSession.builder()
                .master("local[2]")
                .appName("batch-layer-job-tests")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.default.parallelism", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.session.timeZone", "UTC")
                // running tasks' metrics reach the driver with each heartbeat (JobProgressTest waits for one)
                .config("spark.executor.heartbeatInterval", "1s")
                .getOrCreate();
    }

    /** Rows shaped like Spark's Kafka source output, one per message, offsets from {@code firstOffset}. */
    static Dataset<Row> kafkaRows(String topic, int partition, long firstOffset, List<String> values) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            rows.add(RowFactory.create(null, v == null ? null : v.getBytes(StandardCharsets.UTF_8), topic, partition,
                    firstOffset + i, new Timestamp(1_516_717_442_000L + i), 0));
        }
        return session().createDataFrame(rows, KafkaColumns.SCHEMA).repartition(2);
    }

    static String record0() {
        try {
            return Files.readString(Path.of("src/test/resources/assessment-attempts-record0.json"),
                    StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh directory under target/ for one test. */
    static Path dir(String name) {
        Path dir = Path.of("target", "test-work", name + "-" + System.nanoTime()).toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** A minimal assessment record as the real file writes them (questions as given, already JSON). */
    static String record(String keenId, String exam, String questionsJson) {
        return "{\"keen_timestamp\":\"1516717442.735266\",\"max_attempts\":\"1.0\",\"started_at\":\"2018-01-23T14:23:19.082Z\","
                + "\"base_exam_id\":\"b\",\"user_exam_id\":\"u-" + keenId + "\",\"sequences\":{"
                + (questionsJson == null ? "" : "\"questions\":" + questionsJson + ",")
                + "\"attempt\":1,\"id\":\"s\"},\"keen_created_at\":\"1516717442.735266\",\"certification\":\"false\","
                + "\"keen_id\":\"" + keenId + "\",\"exam_name\":\"" + exam + "\"}";
    }
}
