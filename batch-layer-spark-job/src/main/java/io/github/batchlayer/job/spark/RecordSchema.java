package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.UsageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What ingest parses messages with: the record schema, the fields without which a record is a misfit, and what
 * to do with top-level fields the schema does not name. Either the consumer's schema file (Spark DDL, or Spark's
 * JSON schema form) or the built-in {@code assessments} preset.
 *
 * <p>Loaded in the driver's option check, before the SparkSession: Spark's own parser (no session needed) reads
 * the DDL exactly as Spark will use it, so a typo costs a JVM start, not a SparkContext, and nothing is read or
 * written. Maven's JVM has no Spark classes, and a DDL parser of our own would disagree with Spark's somewhere.
 */
public record RecordSchema(String source, StructType struct, List<String> requiredFields,
                           UnknownFields unknownFields) {
    public static final String PRESET = "assessments";
    /** The preset's required fields (today's quarantine rules). */
    public static final List<String> PRESET_REQUIRED = List.of("keen_id", "exam_name");

    /** What happens to a top-level field that is not in the schema. */
    public enum UnknownFields {
        /** Dropped from the landed row and counted per name in the ingest result. */
        DROP,
        /** The whole message is quarantined ({@code unknown_field}). */
        QUARANTINE;

        static UnknownFields parse(String value) {
            for (UnknownFields u : values()) {
                if (u.name().equalsIgnoreCase(value.trim())) {
                    return u;
                }
            }
            throw new UsageException("--unknown-fields must be drop or quarantine, got " + value);
        }
    }

    /**
     * @param schemaFile     a DDL or JSON schema file; null for the preset
     * @param requiredFields comma separated field paths (dotted for nested structs); null: the preset's for the
     *                       preset, none for a consumer's schema
     * @param unknownFields  drop or quarantine; null: drop
     */
    public static RecordSchema load(String schemaFile, String requiredFields, String unknownFields) {
        UnknownFields unknown = unknownFields == null ? UnknownFields.DROP : UnknownFields.parse(unknownFields);
        String source = schemaFile == null ? PRESET : schemaFile;
        StructType struct = schemaFile == null ? AssessmentSchema.RECORD : parse(Path.of(schemaFile));
        List<String> required = requiredFields == null
                ? (schemaFile == null ? PRESET_REQUIRED : List.of())
                : Arrays.stream(requiredFields.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String field : required) {
            requireField(struct, field, source);
        }
        return new RecordSchema(source, struct, required, unknown);
    }

    /** The schema a file holds: Spark's JSON form when it starts with '{', DDL otherwise. */
    static StructType parse(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot read schema file " + file + ": " + e);
        }
        if (text.strip().isEmpty()) {
            throw new UsageException("schema file " + file + " is empty");
        }
        if (text.strip().startsWith("{")) {
            DataType type;
            try {
                type = DataType.fromJson(text);
            } catch (RuntimeException e) {   // json4s and Spark throw several unchecked kinds
                throw new UsageException("schema file " + file + " is not a Spark JSON schema: " + e.getMessage());
            }
            if (type instanceof StructType struct) {
                return struct;
            }
            throw new UsageException("schema file " + file + " holds a " + type.simpleString()
                    + ", not a struct of fields");
        }
        try {
            return StructType.fromDDL(text.stripTrailing());   // so "end of input" is on the last line
        } catch (Exception e) {   // Scala code: the checked ParseException is thrown undeclared
            // ParseException knows the line and the 0-based position; file:line:column (1-based) as compilers say
            String at = e instanceof AnalysisException a && a.line().isDefined()
                    ? ":" + a.line().get() + ":" + (1 + (Integer) a.startPosition().getOrElse(() -> 0)) : "";
            throw new UsageException("schema file " + file + at + " is not valid Spark DDL: " + e.getMessage().strip());
        }
    }

    private static void requireField(StructType struct, String path, String source) {
        DataType type = struct;
        List<String> seen = new ArrayList<>();
        for (String part : path.split("\\.")) {
            if (!(type instanceof StructType s) || !Arrays.asList(s.fieldNames()).contains(part)) {
                throw new UsageException("required field " + path + " is not in the schema " + source
                        + (seen.isEmpty() ? "" : " (" + String.join(".", seen) + " has no field " + part + ")"));
            }
            StructField f = s.apply(part);
            type = f.dataType();
            seen.add(part);
        }
    }

    /** The type of a field path that {@link #load} has checked exists. */
    DataType typeOf(String path) {
        DataType type = struct;
        for (String part : path.split("\\.")) {
            type = ((StructType) type).apply(part).dataType();
        }
        return type;
    }

    /** The quarantine reason of a message without this required field: {@code missing_<path>}. */
    public static String missingReason(String path) {
        return "missing_" + path;
    }
}
