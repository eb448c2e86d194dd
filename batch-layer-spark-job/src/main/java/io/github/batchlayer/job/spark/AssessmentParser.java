package io.github.batchlayer.job.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code assessments} preset's classification ({@link AssessmentSchema#RECORD}, required {@code keen_id} and
 * {@code exam_name}): a {@link RecordClassifier} like any consumer's, kept under its old name for the reasons'
 * constants.
 */
public final class AssessmentParser {
    public static final String REASON = RecordClassifier.REASON;
    public static final String NULL_VALUE = RecordClassifier.NULL_VALUE;
    public static final String NOT_JSON = RecordClassifier.NOT_JSON;
    public static final String NOT_OBJECT = RecordClassifier.NOT_OBJECT;
    public static final String MISSING_KEEN_ID = RecordSchema.missingReason("keen_id");
    public static final String MISSING_EXAM_NAME = RecordSchema.missingReason("exam_name");
    public static final String SCHEMA_MISMATCH = RecordClassifier.SCHEMA_MISMATCH;

    private static final RecordClassifier PRESET = new RecordClassifier(RecordSchema.load(null, null, null));

    private AssessmentParser() {
    }

    public static RecordClassifier preset() {
        return PRESET;
    }

    /** See {@link RecordClassifier#classify}. */
    public static Dataset<Row> classify(Dataset<Row> kafkaRows) {
        return PRESET.classify(kafkaRows);
    }

    public static Dataset<Row> good(Dataset<Row> classified) {
        return PRESET.good(classified);
    }

    public static Dataset<Row> quarantined(Dataset<Row> classified) {
        return PRESET.quarantined(classified);
    }
}
