package io.github.batchlayer.job.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** Progress counts a running task's records from its heartbeats, and a finished task's exactly once. */
class JobProgressTest {
    private static final int LINES = 5000;
    private static final int HOLD_AT = 1000;
    /** The one task waits here, mid-read, until the test has seen its records so far (local mode: same JVM). */
    private static final CountDownLatch RELEASE = new CountDownLatch(1);

    private final SparkSession spark = TestSpark.session();

    @Test
    void countsRunningAndFinishedTasks() throws Exception {
        Path file = TestSpark.dir("progress").resolve("lines.txt");
        Files.writeString(file, IntStream.range(0, LINES).mapToObj(i -> "line " + i)
                .collect(Collectors.joining("\n", "", "\n")));
        try (JobProgress progress = JobProgress.start(spark.sparkContext(), "test")) {
            Thread job = new Thread(() -> spark.read().text(file.toString()).coalesce(1)
                    .foreachPartition((ForeachPartitionFunction<Row>) JobProgressTest::holdMidway));
            job.start();
            try {
                long midway = await(() -> progress.soFar().recordsRead(), n -> n > 0);
                assertTrue(midway >= HOLD_AT && midway < LINES, "a running task's records so far: " + midway);
            } finally {
                RELEASE.countDown();
            }
            job.join(TimeUnit.SECONDS.toMillis(60));
            // the task's end replaces its heartbeat figure; a late heartbeat cannot add it again
            assertEquals(LINES, await(() -> progress.soFar().recordsRead(), n -> n == LINES));
        }
    }

    private static void holdMidway(Iterator<Row> rows) throws InterruptedException {
        int n = 0;
        while (rows.hasNext()) {
            rows.next();
            if (++n == HOLD_AT && !RELEASE.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the task");
            }
        }
    }

    private static long await(LongSupplier value, LongPredicate until) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        long v = value.getAsLong();
        while (!until.test(v) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            v = value.getAsLong();
        }
        return v;
    }
}
