package io.github.batchlayer.job.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Runs the batch views in order over {@code raw} (registered by the caller) and lands each as parquet under
 * {@code <viewsPath>/<name>} (one file: views are summaries) and as {@code <csvDir>/views/<name>.csv}.
 *
 * <p>All or nothing per run: every file is parsed before the first runs, each view is written aside (parquet under
 * {@code <viewsPath>/_attempt-<id>/}, CSV under {@code <csvDir>/views.attempt-<id>/}), and only when all have
 * succeeded are they swapped into place. A failing view therefore replaces none of an earlier run's results.
 * Underscore directories are hidden from Hadoop's readers, and a killed run's attempt is removed by the next.
 */
public final class ViewRunner {
    public static final String CSV_DIR = "views";
    private static final String ATTEMPT = "_attempt-";

    /**
     * A view that landed.
     *
     * @param ordered whether its statement ends in a top-level ORDER BY (its rows, and the CSV's, are in order)
     */
    public record LandedView(ViewFile file, StructType schema, List<Row> rows, boolean ordered, String parquetPath,
                             Path csvPath) {
    }

    private final SparkSession spark;
    private final org.apache.hadoop.fs.Path viewsPath;
    private final Path csvDir;
    private final Map<String, Object> parameters;

    /** @param parameters named parameter markers every view may use ({@code :min_assessments}) */
    public ViewRunner(SparkSession spark, String viewsPath, Path csvDir, Map<String, Object> parameters) {
        this.spark = spark;
        this.viewsPath = new org.apache.hadoop.fs.Path(viewsPath);
        this.csvDir = csvDir.toAbsolutePath();
        this.parameters = parameters;
    }

    public List<LandedView> run(List<ViewFile> views) throws IOException {
        List<Boolean> ordered = views.stream().map(ViewStatement::parseOrdered).toList();
        FileSystem fs = viewsPath.getFileSystem(spark.sparkContext().hadoopConfiguration());
        removeAttempts(fs);
        String id = Long.toString(System.currentTimeMillis());
        org.apache.hadoop.fs.Path attempt = new org.apache.hadoop.fs.Path(viewsPath, ATTEMPT + id);
        Path csvAttempt = csvDir.resolve(CSV_DIR + ".attempt-" + id);
        List<Dataset<Row>> cached = new ArrayList<>();
        List<LandedView> landed = new ArrayList<>();
        try {
            for (int i = 0; i < views.size(); i++) {
                ViewFile view = views.get(i);
                long start = System.nanoTime();
                Dataset<Row> rows = run(view, ordered.get(i));
                cached.add(rows);
                List<Row> collected;
                try {
                    collected = rows.collectAsList();
                    rows.write().mode(SaveMode.ErrorIfExists).parquet(new org.apache.hadoop.fs.Path(attempt,
                            view.name()).toString());
                } catch (RuntimeException e) {
                    throw new ViewStatement.ViewFailedException(view, e);
                }
                CsvWriter.write(csvAttempt.resolve(view.name() + ".csv"), rows.schema(), collected);
                landed.add(new LandedView(view, rows.schema(), collected, ordered.get(i),
                        new org.apache.hadoop.fs.Path(viewsPath, view.name()).toString(),
                        csvDir.resolve(CSV_DIR).resolve(view.name() + ".csv")));
                JobLog.info("summarize: view " + view.name() + " (" + view.source() + "): " + collected.size()
                        + " rows in " + JobLog.seconds(start) + " s");
            }
            swap(fs, attempt, landed);
            swapCsv(csvAttempt);
            return landed;
        } finally {
            cached.forEach(Dataset::unpersist);
            fs.delete(attempt, true);
            deleteTree(csvAttempt);
        }
    }

    /** The view's rows, registered under its name for the views after it, cached (they are read twice). */
    private Dataset<Row> run(ViewFile view, boolean ordered) {
        Dataset<Row> rows;
        try {
            rows = spark.sql(view.sql(), parameters);
        } catch (Exception e) {   // AnalysisException, thrown undeclared from Scala
            throw new ViewStatement.ViewFailedException(view, e);
        }
        // One parquet file per view. coalesce keeps a sorted view's order (its partitions are concatenated);
        // repartition keeps an unordered view's own work parallel (coalesce(1) would pull it into one task).
        rows = ordered ? rows.coalesce(1) : rows.repartition(1);
        rows.persist();
        rows.createOrReplaceTempView(view.name());
        return rows;
    }

    private void swap(FileSystem fs, org.apache.hadoop.fs.Path attempt, List<LandedView> landed) throws IOException {
        org.apache.hadoop.fs.Path replaced = new org.apache.hadoop.fs.Path(attempt, "_replaced");
        fs.mkdirs(replaced);
        for (LandedView view : landed) {
            org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(view.parquetPath());
            if (fs.exists(target) && !fs.rename(target, new org.apache.hadoop.fs.Path(replaced, view.file().name()))) {
                throw new IOException("cannot move the earlier " + target + " aside");
            }
            if (!fs.rename(new org.apache.hadoop.fs.Path(attempt, view.file().name()), target)) {
                throw new IOException("cannot move view " + view.file().name() + " into " + target);
            }
        }
    }

    private void swapCsv(Path csvAttempt) throws IOException {
        Path current = csvDir.resolve(CSV_DIR);
        Path old = csvDir.resolve(CSV_DIR + ".replaced");
        deleteTree(old);
        if (Files.exists(current)) {
            Files.move(current, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.createDirectories(csvAttempt);   // a run's views directory exists even before its first file
        Files.move(csvAttempt, current, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    private void removeAttempts(FileSystem fs) throws IOException {
        if (!fs.exists(viewsPath)) {
            return;
        }
        for (FileStatus s : fs.listStatus(viewsPath)) {
            if (s.getPath().getName().startsWith(ATTEMPT)) {
                JobLog.warn("summarize: deleted " + s.getPath() + " (left by a run that did not finish)");
                fs.delete(s.getPath(), true);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
