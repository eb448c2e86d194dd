package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.SummarizeResult;
import io.github.batchlayer.job.contract.TopExam;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code summarize}: the seed's top-exams table and per-question summary over committed raw batches, as parquet
 * (for Spark users) and CSV (for people and the plugin's report), plus figures for the plugin's verify.
 */
public final class SummarizeCommand {
    public static final String TOP_EXAMS_CSV = "top-exams.csv";
    public static final String SUMMARY_CSV = "summary.csv";

    private final SparkSession spark;
    private final SummarizeOptions options;

    public SummarizeCommand(SparkSession spark, SummarizeOptions options) {
        this.spark = spark;
        this.options = options;
    }

    public SummarizeResult run() throws IOException {
        long start = System.nanoTime();
        // Cached: every figure below is another pass over the same rows.
        Dataset<Row> raw = CommittedRawReader.read(spark, options.rawPath()).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long rawRows = raw.count();
            List<Row> examCounts = AssessmentSummaries.examCounts(raw).collectAsList();
            Dataset<Row> topExams = AssessmentSummaries.topExams(spark, raw, options.minAssessments());
            List<Row> topRows = topExams.collectAsList();
            // The summary is small (exams x questions x 2): sorted into one partition, written as one file.
            Dataset<Row> summary = AssessmentSummaries.summary(raw).coalesce(1).cache();
            List<Row> summaryRows = summary.collectAsList();
            long questionPairs = AssessmentSummaries.questionPairs(raw);

            summary.write().mode(SaveMode.Overwrite).parquet(options.summaryPath());
            if (options.topExamsPath() != null) {
                topExams.coalesce(1).write().mode(SaveMode.Overwrite).parquet(options.topExamsPath());
            }
            CsvWriter.write(Path.of(options.csvDir(), TOP_EXAMS_CSV), topExams.schema(), topRows);
            CsvWriter.write(Path.of(options.csvDir(), SUMMARY_CSV), summary.schema(), summaryRows);
            summary.unpersist();

            Map<String, Long> counts = new LinkedHashMap<>();
            examCounts.forEach(r -> counts.put(r.isNullAt(0) ? "" : r.getString(0), r.getLong(1)));
            List<TopExam> top = topRows.stream().map(r -> new TopExam(r.getString(0), r.getLong(1))).toList();
            long summaryTotal = summaryRows.stream().mapToLong(r -> r.getLong(3)).sum();
            SummarizeResult result = new SummarizeResult(rawRows, examCounts.size(), counts, top, summaryRows.size(),
                    summaryTotal, questionPairs, JobLog.elapsedSeconds(start));
            JobLog.info("summarize: " + rawRows + " rows, " + examCounts.size() + " exams, " + topRows.size()
                    + " above " + options.minAssessments() + ", " + summaryRows.size() + " summary rows totalling "
                    + summaryTotal + " (question pairs " + questionPairs + ") in " + JobLog.seconds(start) + " s");
            if (summaryTotal != questionPairs) {
                JobLog.warn("summarize: summary total " + summaryTotal + " != question pairs " + questionPairs);
            }
            return result;
        } finally {
            raw.unpersist();
        }
    }
}
