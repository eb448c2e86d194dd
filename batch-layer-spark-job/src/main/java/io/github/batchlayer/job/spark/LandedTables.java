package io.github.batchlayer.job.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * What has landed, as tables: {@code raw} (committed batches only, as summarize reads them), {@code quarantine}
 * (the committed batches' misfits) and every batch view that exists, by name. Raw and quarantine are tables
 * even before anything landed (empty, with the columns ingest writes), so a query over them says "0 rows",
 * not "table not found".
 */
public final class LandedTables {
    public static final String RAW = "raw";
    public static final String QUARANTINE = "quarantine";
    /** The column the batch=N directories give every row. */
    private static final String BATCH = "batch";

    /** A landed view: its name, where it is, its rows. */
    public record View(String name, Path path, Dataset<Row> rows) {
    }

    private final Dataset<Row> raw;
    private final boolean rawLanded;
    private final Dataset<Row> quarantine;
    private final Map<String, View> views;

    private LandedTables(Dataset<Row> raw, boolean rawLanded, Dataset<Row> quarantine, Map<String, View> views) {
        this.raw = raw;
        this.rawLanded = rawLanded;
        this.quarantine = quarantine;
        this.views = views;
    }

    public static LandedTables find(SparkSession spark, TableLocations where) throws IOException {
        Optional<Dataset<Row>> raw = CommittedRawReader.readIfAny(spark, where.rawPath());
        Dataset<Row> quarantine = CommittedRawReader.readQuarantine(spark, where.rawPath(), where.quarantinePath())
                .orElseGet(() -> nothingLanded(spark, false));
        return new LandedTables(inPublishedOrder(raw.orElseGet(() -> nothingLanded(spark, true))), raw.isPresent(),
                inPublishedOrder(quarantine), views(spark, where));
    }

    /**
     * Rows in the order they were published, as the seed's shell showed them: Spark reads a batch's parquet files
     * in no particular order (largest first), so {@code SELECT ... LIMIT 5} would show any five. The sort costs
     * little where it does not matter: Spark drops it under an aggregate and turns it into a top-k under a limit.
     */
    private static Dataset<Row> inPublishedOrder(Dataset<Row> rows) {
        return rows.orderBy(col(BATCH), col("kafka_partition"), col("kafka_offset"));
    }

    public Dataset<Row> raw() {
        return raw;
    }

    public boolean rawLanded() {
        return rawLanded;
    }

    public Dataset<Row> quarantine() {
        return quarantine;
    }

    public List<View> views() {
        return List.copyOf(views.values());
    }

    /** Registers every table as a temporary view; returns their names, in the order registered. */
    public List<String> register(String rawAlias) {
        List<String> names = new ArrayList<>();
        raw.createOrReplaceTempView(RAW);
        names.add(RAW);
        if (rawAlias != null) {
            raw.createOrReplaceTempView(rawAlias);
            names.add(rawAlias);
        }
        quarantine.createOrReplaceTempView(QUARANTINE);
        names.add(QUARANTINE);
        for (View view : views.values()) {
            view.rows().createOrReplaceTempView(view.name());
            names.add(view.name());
        }
        return names;
    }

    /** Views in a views directory (each subdirectory with data), then the single view paths that exist. */
    private static Map<String, View> views(SparkSession spark, TableLocations where) throws IOException {
        List<Path> dirs = new ArrayList<>();
        if (where.viewsPath() != null) {
            Path root = new Path(where.viewsPath());
            FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (fs.isDirectory(root)) {
                for (FileStatus status : fs.listStatus(root)) {
                    if (status.isDirectory() && !hidden(status.getPath())) {
                        dirs.add(status.getPath());
                    }
                }
            }
        }
        where.viewPaths().forEach(p -> dirs.add(new Path(p)));
        Map<String, View> views = new LinkedHashMap<>();
        for (Path dir : dirs) {
            FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (hasData(fs, dir) && !views.containsKey(dir.getName())) {
                views.put(dir.getName(), new View(dir.getName(), fs.makeQualified(dir),
                        spark.read().parquet(dir.toString())));
            }
        }
        return views;
    }

    private static boolean hasData(FileSystem fs, Path dir) throws IOException {
        if (!fs.isDirectory(dir)) {
            return false;
        }
        for (FileStatus status : fs.listStatus(dir)) {
            if (!hidden(status.getPath())) {
                return true;
            }
        }
        return false;
    }

    // Spark skips files starting with '_' or '.' (_SUCCESS, .crc files, _manifests) when reading
    private static boolean hidden(Path path) {
        return path.getName().startsWith("_") || path.getName().startsWith(".");
    }

    /** An empty table with exactly the columns ingest lands (raw or quarantine), plus the batch column. */
    private static Dataset<Row> nothingLanded(SparkSession spark, boolean raw) {
        Dataset<Row> classified = AssessmentParser.classify(
                spark.createDataFrame(List.<Row>of(), KafkaColumns.SCHEMA));
        Dataset<Row> rows = raw ? AssessmentParser.good(classified) : AssessmentParser.quarantined(classified);
        return rows.withColumn(BATCH, lit(null).cast(DataTypes.IntegerType));
    }
}
