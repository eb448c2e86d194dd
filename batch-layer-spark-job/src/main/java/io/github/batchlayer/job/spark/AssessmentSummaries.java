package io.github.batchlayer.job.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Figures over landed assessment rows that verify compares with the source. The seed's two results themselves are
 * the preset's views ({@code views/01_top_exams.sql}, {@code views/02_assessments_summary.sql}).
 *
 * <p>The per-question summary explodes {@code sequences.questions} of each row, so every landed row counts its
 * own questions exactly once. The seed unrolled questions into (keen_id, question, user_correct) and joined back
 * to the assessments on keen_id; in the real data keen_id repeats (3242 distinct in 3280 rows, 38 repeats), so
 * that join multiplies the questions of every repeated keen_id. Exploding in place needs no join at all.
 */
public final class AssessmentSummaries {
    private AssessmentSummaries() {
    }

    /** Rows per exam, all exams: exam_name, total. */
    public static Dataset<Row> examCounts(Dataset<Row> raw) {
        return raw.groupBy(col("exam_name")).agg(count(lit(1)).as("total"))
                .orderBy(col("total").desc(), col("exam_name").asc());
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
