package io.github.batchlayer.job.spark;

import static org.apache.spark.sql.functions.col;

import io.github.batchlayer.job.contract.DescribeResult;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code describe}: what has landed, as the seed looked at it by hand: the raw table's schema as Spark's
 * {@code printSchema()} prints it, each committed batch with its offsets, rows and files (as {@code hadoop fs
 * -ls} lists them), the quarantine's counts per reason and each batch view's rows and landing time. The result
 * holds the figures and the printable {@code report}.
 */
public final class DescribeCommand {
    private static final DateTimeFormatter LS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SparkSession spark;
    private final TableLocations where;
    private final ZoneId zone;

    public DescribeCommand(SparkSession spark, TableLocations where) {
        this.spark = spark;
        this.where = where;
        this.zone = ZoneId.of(spark.conf().get("spark.sql.session.timeZone"));
    }

    public DescribeResult run() throws IOException {
        long start = System.nanoTime();
        LandedTables tables = LandedTables.find(spark, where);
        StringBuilder report = new StringBuilder();

        String tree = tables.raw().schema().treeString();
        report.append("raw (").append(where.rawPath()).append(where.rawAlias() == null ? "" : ", also "
                + where.rawAlias()).append("):\n").append(tree);

        List<CommittedRawReader.CommittedBatch> committed = CommittedRawReader.batches(spark, where.rawPath(),
                where.quarantinePath());
        report.append("\ncommitted batches: ").append(committed.size()).append('\n');
        List<DescribeResult.Batch> batches = new ArrayList<>();
        long rows = 0;
        for (CommittedRawReader.CommittedBatch batch : committed) {
            rows += batch.manifest().rows();
            batches.add(describeBatch(batch, report));
        }

        Map<String, Long> reasons = new TreeMap<>();
        for (Row r : tables.quarantine().groupBy(col(AssessmentParser.REASON)).count().collectAsList()) {
            reasons.put(r.isNullAt(0) ? "" : r.getString(0), r.getLong(1));
        }
        long quarantined = reasons.values().stream().mapToLong(Long::longValue).sum();
        report.append("\nquarantine (").append(where.quarantinePath()).append("): ").append(quarantined)
                .append(" messages").append(reasons.isEmpty() ? "\n" : ", by reason:\n");
        reasons.forEach((reason, n) -> report.append(String.format("  %-20s %d%n", reason, n)));

        List<DescribeResult.View> views = new ArrayList<>();
        report.append("\nviews: ").append(tables.views().size()).append(tables.views().isEmpty()
                ? " (none landed yet: summarize lands them)\n" : "\n");
        for (LandedTables.View view : tables.views()) {
            long count = view.rows().count();
            Instant landed = landedAt(view.path());
            views.add(new DescribeResult.View(view.name(), view.path().toString(), count, landed.toString()));
            report.append(String.format("  %-20s %8d rows  landed %s  %s%n", view.name(), count,
                    LS_TIME.format(landed.atZone(zone)), view.path()));
        }
        JobLog.info("describe: " + committed.size() + " committed batches, " + rows + " rows, " + quarantined
                + " quarantined, " + views.size() + " views in " + JobLog.seconds(start) + " s");
        return new DescribeResult(tree, batches, rows, new DescribeResult.Quarantine(quarantined, new TreeMap<>(reasons)),
                views, report.toString(), JobLog.elapsedSeconds(start));
    }

    private DescribeResult.Batch describeBatch(CommittedRawReader.CommittedBatch batch, StringBuilder report)
            throws IOException {
        Manifest m = batch.manifest();
        report.append(String.format("batch %d: %s offsets %s, %d rows, %d quarantined, committed %s%n", m.batchId(),
                m.range().topic(), m.range().offsetsNode(), m.rows(), m.quarantined(), m.committedAt()));
        List<FileStatus> files = new ArrayList<>();
        for (Path dir : new Path[] {batch.rawDir(), batch.quarantineDir()}) {
            if (dir != null) {
                FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
                for (FileStatus status : fs.listStatus(dir)) {
                    files.add(status);
                }
            }
        }
        report.append("Found ").append(files.size()).append(" items\n").append(listing(files));
        return new DescribeResult.Batch(m.batchId(), m.range().topic(), m.range().spans(), m.rows(), m.quarantined(),
                m.committedAt(), files.stream().map(f -> new DescribeResult.BatchFile(f.getPath().toString(),
                f.getLen())).toList());
    }

    /** Lines as {@code hadoop fs -ls} prints them: columns as wide as their widest entry. */
    String listing(List<FileStatus> files) {
        int repl = 1;
        int owner = 1;
        int group = 1;
        int size = 1;
        for (FileStatus f : files) {
            repl = Math.max(repl, replication(f).length());
            owner = Math.max(owner, f.getOwner().length());
            group = Math.max(group, f.getGroup().length());
            size = Math.max(size, Long.toString(f.getLen()).length());
        }
        String format = "%s%s %" + repl + "s %-" + owner + "s %-" + group + "s %" + size + "d %s %s%n";
        StringBuilder out = new StringBuilder();
        for (FileStatus f : files) {
            out.append(String.format(format, f.isDirectory() ? "d" : "-", f.getPermission(), replication(f),
                    f.getOwner(), f.getGroup(), f.getLen(),
                    LS_TIME.format(Instant.ofEpochMilli(f.getModificationTime()).atZone(zone)),
                    Path.getPathWithoutSchemeAndAuthority(f.getPath())));
        }
        return out.toString();
    }

    private static String replication(FileStatus f) {
        return f.isFile() ? Short.toString(f.getReplication()) : "-";
    }

    /** When a view last landed: its _SUCCESS marker if Spark wrote one, else its newest file. */
    private Instant landedAt(Path dir) throws IOException {
        FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        long newest = 0;
        for (FileStatus status : fs.listStatus(dir)) {
            if ("_SUCCESS".equals(status.getPath().getName())) {
                return Instant.ofEpochMilli(status.getModificationTime());
            }
            newest = Math.max(newest, status.getModificationTime());
        }
        return Instant.ofEpochMilli(newest);
    }
}
