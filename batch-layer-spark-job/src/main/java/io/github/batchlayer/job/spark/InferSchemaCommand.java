package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.InferSchemaResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * {@code infer-schema}: Spark's JSON schema inference over a sample file (one JSON value per line, every line
 * read: deterministic), written as DDL, one top-level field per line, for the user to pin as {@code schemaFile}.
 * Lines that are not JSON objects are left out of the inference and counted. Ingest itself never infers.
 */
public final class InferSchemaCommand {
    private final SparkSession spark;
    private final String sampleFile;
    private final String ddlFile;

    public InferSchemaCommand(SparkSession spark, String sampleFile, String ddlFile) {
        this.spark = spark;
        this.sampleFile = sampleFile;
        this.ddlFile = ddlFile;
    }

    public InferSchemaResult run() throws IOException {
        long start = System.nanoTime();
        String corrupt = "_corrupt_record";
        Dataset<Row> sample = spark.read().option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", corrupt)
                .option("samplingRatio", "1.0").option("allowSingleQuotes", "false")
                .option("allowNonNumericNumbers", "false").json(sampleFile).cache();
        long records = sample.count();
        StructType schema = sample.schema();
        long malformed = 0;
        if (Arrays.asList(schema.fieldNames()).contains(corrupt)) {
            malformed = sample.where(sample.col(corrupt).isNotNull()).count();
            schema = new StructType(Arrays.stream(schema.fields()).filter(f -> !f.name().equals(corrupt))
                    .toArray(org.apache.spark.sql.types.StructField[]::new));
        }
        sample.unpersist();
        if (schema.isEmpty()) {
            throw new IllegalStateException("no JSON object in the sample " + sampleFile + " (" + records
                    + " lines): nothing to infer a schema from");
        }
        String ddl = Arrays.stream(schema.fields()).map(f -> f.toDDL()).collect(Collectors.joining(",\n")) + "\n";
        Path out = Path.of(ddlFile).toAbsolutePath();
        Files.createDirectories(out.getParent());
        Files.writeString(out, ddl, StandardCharsets.UTF_8);
        JobLog.info("infer-schema: " + schema.size() + " top-level fields from " + (records - malformed)
                + " records (" + malformed + " malformed lines left out) in " + JobLog.seconds(start) + " s");
        return new InferSchemaResult(out.toString(), ddl, records - malformed, malformed, JobLog.elapsedSeconds(start));
    }
}
