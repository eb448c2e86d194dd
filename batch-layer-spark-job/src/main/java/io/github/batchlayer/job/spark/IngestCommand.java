package io.github.batchlayer.job.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
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
    /** System property for the plugin's kill test: halt(137) after writing data, before the commit. */
    public static final String DIE_BEFORE_COMMIT = "batchlayer.test.dieBeforeCommit";
    /** System property for the plugin's two-writer test: a local file; hold the lease until it exists. */
    public static final String HOLD_LEASE_UNTIL = "batchlayer.test.holdLeaseUntil";

    private final SparkSession spark;
    private final IngestOptions options;
    private final KafkaOffsetLookup lookup;

    public IngestCommand(SparkSession spark, IngestOptions options, KafkaOffsetLookup lookup) {
        this.spark = spark;
        this.options = options;
        this.lookup = lookup;
    }

    public ObjectNode run() throws IOException {
        long start = System.nanoTime();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        ManifestStore store = new ManifestStore(new Path(options.rawPath()), conf);
        // one writer per raw path: a second ingest stops here, before it reads, cleans or writes anything
        try (WriterLease lease = WriterLease.acquire(store.rawRoot().getFileSystem(conf), store.rawRoot(),
                UUID.randomUUID().toString(), WriterIdentity.current(), WriterLease.DEFAULT_EXPIRY)) {
            JobLog.info("ingest: holding the writer lease " + WriterLease.file(store.rawRoot()) + " as attempt "
                    + lease.attempt());
            maybeHoldLease();
            return land(store, lease, conf, start);
        }
    }

    private ObjectNode land(ManifestStore store, WriterLease lease, Configuration conf, long start)
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

        ObjectNode result = ResultFile.newResult(JobArgs.INGEST);
        result.put("topicId", identity.topicId());
        result.put("clusterId", identity.clusterId());
        result.put("topicRestart", continuation.restart());
        if (range.isEmpty()) {
            JobLog.info("ingest: nothing new on " + options.topic() + " " + range + " in " + JobLog.seconds(start) + " s");
            result.putNull("batchId");
            result.put("topic", options.topic());
            result.set("offsets", range.offsetsNode());
            result.put("rowsLanded", 0L);
            result.put("quarantined", 0L);
            result.putObject("quarantineReasons");
            return totals(result, committed, start, removed);
        }

        long batchId = ManifestStore.nextBatchId(committed);
        BatchRange toRead = range.nonEmptyPartitions();
        String planned = JobLog.seconds(start);
        long landing = System.nanoTime();
        Dataset<Row> kafkaRows = KafkaSourceReader.read(spark, options, toRead);
        BatchLander lander = new BatchLander(store, quarantineRoot, options.rowsPerFile(), () -> {
            maybeDie();
            checkHeld(lease);
        });
        LandedBatch landed = lander.land(kafkaRows, batchId, toRead, identity, lease.attempt(),
                continuation.restart());
        Manifest m = landed.manifest();
        JobLog.info("ingest: batch " + batchId + " offsets " + toRead + " landed " + m.rows() + " rows, quarantined "
                + m.quarantined() + " in " + JobLog.seconds(start) + " s (planned in " + planned + " s, read, parsed,"
                + " wrote and committed in " + JobLog.seconds(landing) + " s)");
        result.put("landingSeconds", JobLog.elapsedSeconds(landing));

        result.put("batchId", batchId);
        result.put("topic", options.topic());
        result.set("offsets", toRead.offsetsNode());
        result.put("rowsLanded", m.rows());
        result.put("quarantined", m.quarantined());
        ObjectNode reasons = result.putObject("quarantineReasons");
        landed.quarantineReasons().forEach(reasons::put);
        return totals(result, store.committed(), start, removed);
    }

    private static ObjectNode totals(ObjectNode result, List<Manifest> committed, long start, List<String> removed) {
        // what a crashed run had left and this run removed, so the build log can say so
        removed.forEach(result.putArray("removedUncommitted")::add);
        result.put("committedRows", committed.stream().mapToLong(Manifest::rows).sum());
        result.put("committedBatches", committed.size());
        result.put("seconds", JobLog.elapsedSeconds(start));
        return result;
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

    /** The fence before the commit: a run whose lease was taken over (it paused past the expiry) stops here. */
    private static void checkHeld(WriterLease lease) {
        try {
            lease.checkHeld();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the writer lease before committing", e);
        }
    }

    /** The plugin's two-writer test holds the lease until a file appears, so a second ingest meets it for sure. */
    private static void maybeHoldLease() {
        String until = System.getProperty(HOLD_LEASE_UNTIL);
        if (until == null) {
            return;
        }
        JobLog.warn("ingest: " + HOLD_LEASE_UNTIL + ": holding the lease until " + until + " exists");
        java.nio.file.Path file = java.nio.file.Path.of(until);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(5);
        while (!java.nio.file.Files.exists(file) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void maybeDie() {
        if (Boolean.getBoolean(DIE_BEFORE_COMMIT)) {
            JobLog.warn("ingest: " + DIE_BEFORE_COMMIT + "=true: halting before the commit");
            Runtime.getRuntime().halt(137);
        }
    }
}
