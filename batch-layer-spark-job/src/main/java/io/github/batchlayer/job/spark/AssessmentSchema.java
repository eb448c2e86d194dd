package io.github.batchlayer.job.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The explicit schema of one assessment record (data/FACTS.md), in the file's key order. Explicit instead of
 * inferred: inference costs a pass over the data and, as the seed showed (a map of booleans), can lose fields.
 * Every field is nullable because FACTS.md lists fields that are sometimes missing (questions, counts,
 * user_correct, certification, an option's at/submitted/correct...). Integers are longs: safe for any count.
 */
public final class AssessmentSchema {
    public static final StructType OPTION = struct(
            field("checked", BooleanType),
            field("at", StringType),
            field("id", StringType),
            field("submitted", LongType),
            field("correct", BooleanType));

    public static final StructType QUESTION = struct(
            field("user_incomplete", BooleanType),
            field("user_correct", BooleanType),
            field("options", createArrayType(OPTION, true)),
            field("user_submitted", BooleanType),
            field("id", StringType),
            field("user_result", StringType));

    public static final StructType COUNTS = struct(
            field("incomplete", LongType),
            field("submitted", LongType),
            field("incorrect", LongType),
            field("all_correct", BooleanType),
            field("correct", LongType),
            field("total", LongType),
            field("unanswered", LongType));

    public static final StructType SEQUENCES = struct(
            field("questions", createArrayType(QUESTION, true)),
            field("attempt", LongType),
            field("id", StringType),
            field("counts", COUNTS));

    public static final StructType RECORD = struct(
            field("keen_timestamp", StringType),
            field("max_attempts", StringType),
            field("started_at", StringType),
            field("base_exam_id", StringType),
            field("user_exam_id", StringType),
            field("sequences", SEQUENCES),
            field("keen_created_at", StringType),
            field("certification", StringType),
            field("keen_id", StringType),
            field("exam_name", StringType));

    private AssessmentSchema() {
    }

    private static StructField field(String name, DataType type) {
        return createStructField(name, type, true);
    }

    private static StructType struct(StructField... fields) {
        return createStructType(List.of(fields));
    }
}
