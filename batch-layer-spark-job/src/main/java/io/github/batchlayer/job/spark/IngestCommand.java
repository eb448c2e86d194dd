package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.IngestResult;
import io.github.batchlayer.job.contract.QuarantineSample;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code ingest}: land the next range of the topic as one committed batch. Order matters for exactly-once:
 * take the raw path's writer lease (one writer at a time), clean what an earlier killed run left, check the topic is
 * still the one the committed batches read, plan from committed manifests only, write data, commit last.
 */
public final class IngestCommand {
    /** System property for the plugin's kill test: kill -9 of this JVM after writing data, before the commit. */
    public static final String DIE_BEFORE_COMMIT = "batchlayer.test.dieBeforeCommit";

    private final SparkSession spark;
    private final IngestOptions options;
    private final KafkaOffsetLookup lookup;
    private final InputLimit limit;

    public IngestCommand(SparkSession spark, IngestOptions options, KafkaOffsetLookup lookup) {
        this(spark, options, lookup, InputLimit.NONE);
    }

    IngestCommand(SparkSession spark, IngestOptions options, KafkaOffsetLookup lookup, InputLimit limit) {
        this.spark = spark;
        this.options = options;
        this.lookup = lookup;
        this.limit = limit;
    }

    public IngestResult run() throws IOException {
        long start = System.nanoTime();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        ManifestStore store = new ManifestStore(new Path(options.rawPath()), conf);
        // one writer per raw path: a second ingest stops here, before it reads, cleans or writes anything
        try (WriterLease lease = WriterLease.acquire(store.rawRoot().getFileSystem(conf), store.rawRoot(),
                UUID.randomUUID().toString(), WriterIdentity.current(), WriterLease.DEFAULT_EXPIRY)) {
            JobLog.info("ingest: holding the writer lease " + WriterLease.file(store.rawRoot()) + " as attempt "
                    + lease.attempt());
            WriterLease.holdIfATestAsks();
            return land(store, lease, conf, start);
        }
    }

    private IngestResult land(ManifestStore store, WriterLease lease, Configuration conf, long start)
            throws IOException {
        Path quarantineRoot = new Path(options.quarantinePath());
        List<Manifest> committed = store.committed();
        List<String> removed = cleanUncommitted(store, quarantineRoot, conf, committed);

        TopicIdentity identity = lookup.identity(options.topic());
        TopicContinuity.Continuation continuation = TopicContinuity.decide(committed, options.topic(), identity,
                lookup, options.onTopicChange());
        OffsetPlanner planner = new OffsetPlanner(lookup);
        BatchRange range = planner.plan(options.topic(), options.startingOffsets(), options.endingOffsets(),
                continuation.committedUntil());
        planner.warnings().forEach(w -> JobLog.warn("ingest: " + w));

        if (range.isEmpty()) {
            JobLog.info("ingest: nothing new on " + options.topic() + " " + range + " in " + JobLog.seconds(start) + " s");
            return result(null, range, Landed.NOTHING, removed, committed, start, null, identity, continuation);
        }

        limit.admit("ingest", range.offsetCount(), "offsets to land from " + options.topic() + " " + range);
        long batchId = ManifestStore.nextBatchId(committed);
        BatchRange toRead = range.nonEmptyPartitions();
        String planned = JobLog.seconds(start);
        long landing = System.nanoTime();
        Dataset<Row> kafkaRows = KafkaSourceReader.read(spark, options, toRead);
        BatchLander lander = new BatchLander(store, quarantineRoot, options.rowsPerFile(), () -> {
            maybeDie();
            lease.checkHeld();
        }, new RecordClassifier(options.recordSchema()));
        LandedBatch landed = lander.land(kafkaRows, batchId, toRead, identity, lease.attempt(),
                continuation.restart());
        Manifest m = landed.manifest();
        JobLog.info("ingest: batch " + batchId + " offsets " + toRead + " landed " + m.rows() + " rows, quarantined "
                + m.quarantined() + " in " + JobLog.seconds(start) + " s (planned in " + planned + " s, read, parsed,"
                + " wrote and committed in " + JobLog.seconds(landing) + " s)");
        if (!landed.unknownFields().isEmpty()) {
            JobLog.warn("ingest: dropped fields the schema does not name (messages per field): "
                    + landed.unknownFields());
        }
        double landingSeconds = JobLog.elapsedSeconds(landing);
        List<QuarantineSample> samples = QuarantineSamples.first(spark, quarantineRoot, batchId, m.quarantined());
        return result(batchId, toRead, new Landed(m.rows(), m.quarantined(), landed.quarantineReasons(), samples,
                landed.unknownFields()), removed, store.committed(), start, landingSeconds, identity, continuation);
    }

    /** What the batch landed, for the result: nothing when there was nothing new. */
    private record Landed(long rows, long quarantined, Map<String, Long> reasons, List<QuarantineSample> samples,
                          Map<String, Long> unknownFields) {
        static final Landed NOTHING = new Landed(0, 0, Map.of(), List.of(), Map.of());
    }

    private IngestResult result(Long batchId, BatchRange range, Landed landed, List<String> removed,
                                List<Manifest> committed, long start, Double landingSeconds, TopicIdentity identity,
                                TopicContinuity.Continuation continuation) {
        return new IngestResult(batchId, options.topic(), range.spans(), landed.rows(), landed.quarantined(),
                landed.reasons(), landed.samples(), removed, committed.stream().mapToLong(Manifest::rows).sum(),
                committed.size(), JobLog.elapsedSeconds(start), landingSeconds, options.recordSchema().source(),
                landed.unknownFields(), identity.topicId(), identity.clusterId(), continuation.restart());
    }

    private static List<String> cleanUncommitted(ManifestStore store, Path quarantineRoot, Configuration conf,
                                                 List<Manifest> committed) throws IOException {
        Set<Long> ids = committed.stream().map(Manifest::batchId).collect(Collectors.toSet());
        UncommittedBatchCleaner cleaner = new UncommittedBatchCleaner(conf);
        List<String> removed = new java.util.ArrayList<>();
        for (Path p : cleaner.clean(store.rawRoot(), ids)) {
            JobLog.warn("ingest: deleted uncommitted batch directory " + p + " (left by a run that did not commit)");
            removed.add(p.toString());
        }
        for (Path p : cleaner.clean(quarantineRoot, ids)) {
            JobLog.warn("ingest: deleted uncommitted quarantine directory " + p);
            removed.add(p.toString());
        }
        for (Path p : store.deletePendingManifests()) {
            JobLog.warn("ingest: deleted pending manifest " + p);
            removed.add(p.toString());
        }
        return removed;
    }

    /**
     * A real SIGKILL, not {@code Runtime.halt}: halt still runs the JVM's exit work, and a warm driver recording its
     * classes (-XX:ArchiveClassesAtExit) would spend many seconds dumping them first; a crash does not.
     */
    private static void maybeDie() {
        if (JobProperties.getBoolean(DIE_BEFORE_COMMIT)) {
            long pid = ProcessHandle.current().pid();
            JobLog.warn("ingest: " + DIE_BEFORE_COMMIT + "=true: kill -9 " + pid + " before the commit");
            try {
                new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
                Thread.sleep(10_000); // the signal is on its way
            } catch (IOException | InterruptedException e) {
                JobLog.warn("ingest: kill -9 failed (" + e + "); halting instead");
            }
            Runtime.getRuntime().halt(137);
        }
    }
}
