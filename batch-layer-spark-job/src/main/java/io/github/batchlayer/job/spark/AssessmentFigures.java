package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.TopExam;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The summarize result's assessment figures and files that the plugin's verify reads: exam counts over raw, and
 * the rows of the views {@code top_exams} and {@code assessments_summary} (the preset's, or a consumer's of the
 * same names) as {@code top-exams.csv}, {@code summary.csv} and the summary/top-exams parquet paths. Raw rows
 * without {@code exam_name} (a consumer's own schema) have no exam figures; views of other names have none either.
 */
final class AssessmentFigures {
    static final String TOP_EXAMS_VIEW = "top_exams";
    static final String SUMMARY_VIEW = "assessments_summary";

    private AssessmentFigures() {
    }

    /** The figures; null (or empty) where raw or the views lack what they are computed from. */
    record Figures(Long distinctExams, Map<String, Long> examCounts, List<TopExam> topExams, Long summaryRows,
                   Long summaryTotal, Long questionPairs) {
    }

    static Figures of(Dataset<Row> raw, List<ViewRunner.LandedView> views, SummarizeOptions options)
            throws IOException {
        List<String> columns = Arrays.asList(raw.columns());
        Configuration hadoop = raw.sparkSession().sparkContext().hadoopConfiguration();
        Long distinctExams = null;
        Map<String, Long> counts = new LinkedHashMap<>();
        if (columns.contains("exam_name")) {
            List<Row> examCounts = AssessmentSummaries.examCounts(raw).collectAsList();
            distinctExams = (long) examCounts.size();
            examCounts.forEach(r -> counts.put(r.isNullAt(0) ? "" : r.getString(0), r.getLong(1)));
        }
        List<TopExam> topExams = List.of();
        Optional<ViewRunner.LandedView> top = view(views, TOP_EXAMS_VIEW);
        if (top.isPresent()) {
            ViewRunner.LandedView t = top.get();
            topExams = t.rows().stream().map(r -> new TopExam(r.<String>getAs("exam_name"), r.<Long>getAs("total")))
                    .toList();
            if (options.topExamsPath() != null) {
                parquet(hadoop, t, options.topExamsPath());
            }
            CsvWriter.write(Path.of(options.csvDir(), SummarizeCommand.TOP_EXAMS_CSV), t.schema(), t.rows());
        }
        Long summaryRows = null;
        Long summaryTotal = null;
        Long questionPairs = null;
        Optional<ViewRunner.LandedView> summary = view(views, SUMMARY_VIEW);
        if (summary.isPresent()) {
            ViewRunner.LandedView s = summary.get();
            summaryTotal = s.rows().stream().mapToLong(r -> r.<Long>getAs("counts")).sum();
            summaryRows = (long) s.rows().size();
            parquet(hadoop, s, options.summaryPath());
            CsvWriter.write(Path.of(options.csvDir(), SummarizeCommand.SUMMARY_CSV), s.schema(), s.rows());
            if (columns.contains("sequences")) {
                questionPairs = AssessmentSummaries.questionPairs(raw);
                if (!summaryTotal.equals(questionPairs)) {
                    JobLog.warn("summarize: summary total " + summaryTotal + " != question pairs " + questionPairs);
                }
            }
        }
        return new Figures(distinctExams, counts, topExams, summaryRows, summaryTotal, questionPairs);
    }

    private static Optional<ViewRunner.LandedView> view(List<ViewRunner.LandedView> views, String name) {
        return views.stream().filter(v -> v.file().name().equals(name)).findFirst();
    }

    /**
     * The seed's own parquet path of a view: a copy of the view's landed parquet (one small file), replacing what
     * was there. A copy, not a second Spark write of the same rows: that was a Spark job of its own, 0.6 s each.
     */
    private static void parquet(Configuration conf, ViewRunner.LandedView view, String path) throws IOException {
        org.apache.hadoop.fs.Path from = new org.apache.hadoop.fs.Path(view.parquetPath());
        org.apache.hadoop.fs.Path to = new org.apache.hadoop.fs.Path(path);
        FileSystem target = to.getFileSystem(conf);
        target.delete(to, true);
        if (!FileUtil.copy(from.getFileSystem(conf), from, target, to, false, conf)) {
            throw new IOException("cannot copy view " + view.file().name() + " from " + from + " to " + to);
        }
    }
}
