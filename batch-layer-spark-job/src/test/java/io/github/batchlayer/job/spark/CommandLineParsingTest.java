package io.github.batchlayer.job.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.batchlayer.job.contract.JobCommands;
import io.github.batchlayer.job.contract.UsageException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineParsingTest {
    private static final String[] INGEST = {"ingest", "--bootstrap-servers", "127.0.0.1:9092", "--topic", "t",
            "--raw-path", "hdfs://nn/raw", "--quarantine-path", "hdfs://nn/q", "--result-file", "target/r.json"};

    @Test
    void parsesIngestWithDefaultsAndKafkaProperties() {
        String[] args = concat(INGEST, "--kafka.security.protocol", "PLAINTEXT", "--ending-offsets={\"t\":{\"0\":5}}");
        IngestOptions o = IngestOptions.from(JobCommands.parse(args));
        assertEquals("t", o.topic());
        assertEquals(5_242_880L, o.maxPartitionFetchBytes());
        assertEquals(true, o.failOnDataLoss());
        assertNull(o.startingOffsets());
        assertEquals("{\"t\":{\"0\":5}}", o.endingOffsets());
        assertEquals(Map.of("security.protocol", "PLAINTEXT"), o.kafkaProperties());
    }

    @Test
    void parsesSummarizeDefaults() {
        SummarizeOptions o = SummarizeOptions.from(JobCommands.parse(new String[]{"summarize", "--raw-path", "r",
                "--summary-path", "s", "--csv-dir", "c", "--result-file", "f"}));
        assertEquals(100L, o.minAssessments());
        assertNull(o.topExamsPath());
    }

    @Test
    void reportsMistakesClearly() {
        assertEquals("unknown option --x for ingest",
                assertThrows(UsageException.class, () -> JobCommands.parse(concat(INGEST, "--x", "1"))).getMessage());
        assertEquals("missing --topic", assertThrows(UsageException.class, () -> JobCommands.parse(new String[]{
                "ingest", "--bootstrap-servers", "h:1", "--raw-path", "r", "--quarantine-path", "q",
                "--result-file", "f"})).getMessage());
        assertEquals("option --topic needs a value",
                assertThrows(UsageException.class, () -> JobCommands.parse(new String[]{"ingest", "--topic"})).getMessage());
        assertThrows(UsageException.class, () -> JobCommands.parse(new String[]{"land"}));
        assertThrows(UsageException.class, () -> JobCommands.parse(new String[0]));
        assertThrows(UsageException.class, () -> JobCommands.parse(concat(INGEST, "--topic", "again")));
        assertThrows(UsageException.class,
                () -> IngestOptions.from(JobCommands.parse(concat(INGEST, "--max-partition-fetch-bytes", "lots"))));
        // kafka.* passthrough is for ingest only
        assertThrows(UsageException.class, () -> JobCommands.parse(new String[]{"summarize", "--kafka.x", "1"}));
    }

    @Test
    void usageErrorExitsWithTwoBeforeSparkStarts() {
        assertEquals(BatchLayerJob.EXIT_USAGE, BatchLayerJob.run(new String[]{"ingest", "--nope", "1"}));
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = new String[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
