package io.github.batchlayer.job.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The seed's two results over landed raw rows.
 *
 * <p>The per-question summary explodes {@code sequences.questions} of each row, so every landed row counts its
 * own questions exactly once. The seed unrolled questions into (keen_id, question, user_correct) and joined back
 * to the assessments on keen_id; in the real data keen_id repeats (3242 distinct in 3280 rows, 38 repeats), so
 * that join multiplies the questions of every repeated keen_id. Exploding in place needs no join at all.
 * A missing or null {@code user_correct} counts as false, as the seed defaulted it.
 */
public final class AssessmentSummaries {
    public static final String RAW_VIEW = "raw_assessments";

    private AssessmentSummaries() {
    }

    /** Rows per exam, all exams: exam_name, total. */
    public static Dataset<Row> examCounts(Dataset<Row> raw) {
        return raw.groupBy(col("exam_name")).agg(count(lit(1)).as("total"))
                .orderBy(col("total").desc(), col("exam_name").asc());
    }

    /** The seed's table, in Spark SQL as the seed wrote it: exams with more than {@code min} assessments. */
    public static Dataset<Row> topExams(SparkSession spark, Dataset<Row> raw, long min) {
        raw.createOrReplaceTempView(RAW_VIEW);
        return spark.sql("SELECT exam_name, count(*) AS total FROM " + RAW_VIEW
                + " GROUP BY exam_name HAVING count(*) > " + min + " ORDER BY total DESC, exam_name ASC");
    }

    /** exam_name, question_id, user_correct, counts; ordered by exam_name, question_id, user_correct. */
    public static Dataset<Row> summary(Dataset<Row> raw) {
        return raw.select(col("exam_name"), explode(col("sequences.questions")).as("q"))
                .select(col("exam_name"), col("q.id").as("question_id"),
                        coalesce(col("q.user_correct"), lit(false)).as("user_correct"))
                .groupBy("exam_name", "question_id", "user_correct")
                .agg(count(lit(1)).as("counts"))
                .orderBy(col("exam_name"), col("question_id"), col("user_correct"));
    }

    /**
     * The number of (row, question) pairs counted straight from the array sizes: an independent check that the
     * summary's counts add up (no row lost or multiplied by the explode and grouping).
     */
    public static long questionPairs(Dataset<Row> raw) {
        Row r = raw.where(col("sequences.questions").isNotNull())
                .agg(coalesce(sum(size(col("sequences.questions"))), lit(0L))).first();
        return r.getLong(0);
    }
}
