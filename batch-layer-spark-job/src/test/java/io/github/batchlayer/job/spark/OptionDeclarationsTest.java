package io.github.batchlayer.job.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.batchlayer.job.contract.DriverContract;
import io.github.batchlayer.job.contract.IngestArgs;
import io.github.batchlayer.job.contract.JobArguments;
import io.github.batchlayer.job.contract.JobCommands;
import io.github.batchlayer.job.contract.OnTopicChange;
import io.github.batchlayer.job.contract.ProbeArgs;
import io.github.batchlayer.job.contract.SummarizeArgs;
import io.github.batchlayer.job.contract.UsageException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line the plugin writes through the declarations is what the job reads back through them. */
class OptionDeclarationsTest {

    @Test
    void ingestWrittenByThePluginIsParsedBackByTheJob() {
        JobArguments<?> written = IngestArgs.COMMAND.arguments()
                .with(IngestArgs.BOOTSTRAP_SERVERS, "127.0.0.1:9092")
                .with(IngestArgs.TOPIC, "video-books-assessments")
                .with(IngestArgs.RAW_PATH, "hdfs://nn/raw")
                .with(IngestArgs.QUARANTINE_PATH, "hdfs://nn/q")
                .with(IngestArgs.STARTING_OFFSETS, "{\"video-books-assessments\":{\"0\":3279}}")
                .with(IngestArgs.ENDING_OFFSETS, null)
                .with(IngestArgs.MAX_PARTITION_FETCH_BYTES, 1024L)
                .with(IngestArgs.ROWS_PER_FILE, 7L)
                .with(IngestArgs.FAIL_ON_DATA_LOSS, false)
                .with(IngestArgs.ON_TOPIC_CHANGE, OnTopicChange.RESTART_FROM_EARLIEST)
                .with(IngestArgs.COMMAND.resultFile, "/tmp/results/ingest.json");
        JobArguments<?> read = JobCommands.parse(written.toCommandLine().toArray(String[]::new));
        assertEquals(written, read);

        IngestOptions options = IngestOptions.from(read);
        assertEquals(new IngestOptions("127.0.0.1:9092", "video-books-assessments", "hdfs://nn/raw", "hdfs://nn/q",
                "{\"video-books-assessments\":{\"0\":3279}}", null, 1024L, false, 7L, Map.of(), options.recordSchema(),
                OnTopicChange.RESTART_FROM_EARLIEST), options);
        assertEquals("assessments", options.recordSchema().source(), "no schema file: the preset");
        assertTrue(written.toCommandLine().contains("restart-from-earliest"), "the documented name, not the constant's");
        assertEquals("/tmp/results/ingest.json", read.get(IngestArgs.COMMAND.resultFile));
    }

    @Test
    void unsetOptionsTakeTheirDeclaredDefaults() {
        JobArguments<?> read = JobCommands.parse(SummarizeArgs.COMMAND.arguments()
                .with(SummarizeArgs.RAW_PATH, "r").with(SummarizeArgs.SUMMARY_PATH, "s")
                .with(SummarizeArgs.CSV_DIR, "c").with(SummarizeArgs.COMMAND.resultFile, "f")
                .toCommandLine().toArray(String[]::new));
        assertEquals(new SummarizeOptions("r", "s", 100L, "c", null, null, "/tmp/batch_views"),
                SummarizeOptions.from(read));

        JobArguments<?> probe = JobCommands.parse(ProbeArgs.COMMAND.arguments().with(ProbeArgs.PATH, "hdfs://nn/x")
                .with(ProbeArgs.COMMAND.resultFile, "f").toCommandLine().toArray(String[]::new));
        assertEquals(ProbeArgs.PARTITIONS.defaultValue(), probe.get(ProbeArgs.PARTITIONS));
    }

    @Test
    void thePluginCannotWriteALineTheJobWouldRefuse() {
        // an option of another command, and a command line without a required option, fail on the plugin's side
        assertThrows(IllegalArgumentException.class,
                () -> ProbeArgs.COMMAND.arguments().with(IngestArgs.TOPIC, "t"));
        assertThrows(IllegalStateException.class,
                () -> ProbeArgs.COMMAND.arguments().with(ProbeArgs.PATH, "p").toCommandLine());
    }

    @Test
    void aChoiceIsParsedByItsDocumentedNamesOnly() {
        assertEquals(OnTopicChange.RESTART_FROM_EARLIEST, IngestArgs.ON_TOPIC_CHANGE.parse("Restart-From-Earliest"));
        assertEquals(OnTopicChange.FAIL, IngestArgs.ON_TOPIC_CHANGE.parse("fail"));
        assertEquals(OnTopicChange.FAIL, IngestArgs.ON_TOPIC_CHANGE.defaultValue());
        UsageException e = assertThrows(UsageException.class, () -> IngestArgs.ON_TOPIC_CHANGE.parse("ignore"));
        assertEquals("--on-topic-change must be one of fail|restart-from-earliest, got ignore", e.getMessage());
        assertTrue(JobCommands.usage().contains("[--on-topic-change fail|restart-from-earliest]"), JobCommands.usage());
    }

    @Test
    void thePluginStartsTheJobsMainClass() {
        assertEquals(BatchLayerJob.class.getName(), DriverContract.MAIN_CLASS);
    }

    @Test
    void theUsageListsEveryDeclaredOption() {
        String usage = JobCommands.usage();
        assertTrue(usage.contains("BatchLayerJob ingest --result-file FILE --bootstrap-servers H:P"), usage);
        assertTrue(usage.contains("[--rows-per-file N]"), usage);
        assertTrue(usage.contains("[--kafka.<prop> V ...]"), usage);
        assertTrue(usage.contains("BatchLayerJob probe --result-file FILE --path URI [--partitions N]"), usage);
        assertThrows(UsageException.class, () -> JobCommands.parse(new String[] {"probe", "--partitions", "x",
                "--path", "p", "--result-file", "f"}));
    }
}
