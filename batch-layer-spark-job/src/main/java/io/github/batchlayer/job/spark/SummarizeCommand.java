package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.CountBy;
import io.github.batchlayer.job.contract.SummarizeResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code summarize}: the batch views (the consumer's SQL files, or the preset's two: the seed's top-exams table and
 * per-question summary) over committed raw batches, as parquet (for Spark users) and CSV (for people and the
 * plugin's report), plus figures for the plugin's verify.
 */
public final class SummarizeCommand {
    public static final String TOP_EXAMS_CSV = "top-exams.csv";
    public static final String SUMMARY_CSV = "summary.csv";
    /** The named parameter marker every view may use: summarize's minAssessments. */
    public static final String MIN_ASSESSMENTS = "min_assessments";

    private final SparkSession spark;
    private final SummarizeOptions options;
    private final InputLimit limit;

    public SummarizeCommand(SparkSession spark, SummarizeOptions options) {
        this(spark, options, InputLimit.NONE);
    }

    SummarizeCommand(SparkSession spark, SummarizeOptions options, InputLimit limit) {
        this.spark = spark;
        this.options = options;
        this.limit = limit;
    }

    public SummarizeResult run() throws IOException {
        long start = System.nanoTime();
        List<CommittedRawReader.CommittedBatch> committed = CommittedRawReader.batches(spark, options.rawPath(), null);
        limit.admit("summarize", committed.stream().mapToLong(b -> b.manifest().rows()).sum(),
                "committed raw rows under " + options.rawPath());
        // Cached: every view and figure below is another pass over the same rows.
        Dataset<Row> raw = CommittedRawReader.read(spark, options.rawPath(), committed)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            raw.createOrReplaceTempView(ViewFile.RAW);
            // every view, written aside and swapped in only when all succeeded
            List<ViewRunner.LandedView> views = new ViewRunner(spark, options.viewsPath(),
                    Path.of(options.csvDir()), Map.of(MIN_ASSESSMENTS, options.minAssessments())).run(options.views());
            long rawRows = raw.count();
            AssessmentFigures.Figures figures = AssessmentFigures.of(raw, views, options);
            CountBy countBy = options.countBy() == null ? null : FieldValueCounts.count(spark, raw,
                    options.rawPath(), options.quarantinePath(), options.countBy());
            SummarizeResult result = new SummarizeResult(rawRows, figures.distinctExams(), figures.examCounts(),
                    figures.topExams(), figures.summaryRows(), figures.summaryTotal(), figures.questionPairs(),
                    ViewList.of(views), countBy, JobLog.elapsedSeconds(start));
            JobLog.info("summarize: " + rawRows + " rows, " + views.size() + " views in " + JobLog.seconds(start)
                    + " s");
            return result;
        } finally {
            raw.unpersist();
        }
    }
}
