package io.github.batchlayer.maven;

import io.github.batchlayer.job.contract.IngestArgs;
import io.github.batchlayer.job.contract.IngestResult;
import io.github.batchlayer.job.contract.JobArguments;

import org.apache.maven.plugin.MojoExecutionException;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns ingest's schema parameters into the job's options. The schema always reaches the driver as a file (a
 * {@code <schema>} string is written to {@code target/batch-layer/job/schema.ddl}), never as a long command line;
 * the driver parses it with Spark's own parser before its SparkSession starts.
 */
final class SchemaOptions {
    static final String INLINE_SCHEMA_FILE = "job/schema.ddl";

    private final Path workDir;

    SchemaOptions(Path workDir) {
        this.workDir = workDir;
    }

    /** {@code args} with the schema options set. */
    JobArguments<IngestResult> apply(JobArguments<IngestResult> args, String schema, File schemaFile,
                                     String requiredFields, String unknownFields) throws MojoExecutionException {
        boolean inline = schema != null && !schema.isBlank();
        if (inline && schemaFile != null) {
            throw new MojoExecutionException("give either <schema> or <schemaFile>, not both");
        }
        JobArguments<IngestResult> result = args.with(IngestArgs.REQUIRED_FIELDS, requiredFields);
        if (inline) {
            Path file = workDir.resolve(INLINE_SCHEMA_FILE).toAbsolutePath();
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, schema.strip() + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new MojoExecutionException("cannot write the schema to " + file + ": " + e.getMessage(), e);
            }
            result = result.with(IngestArgs.SCHEMA_FILE, file.toString());
        } else if (schemaFile != null) {
            if (!schemaFile.isFile()) {
                throw new MojoExecutionException("schema file " + schemaFile + " does not exist (batch-layer.schemaFile)");
            }
            result = result.with(IngestArgs.SCHEMA_FILE, schemaFile.getAbsolutePath());
        }
        if (unknownFields != null) {
            String mode = unknownFields.trim().toLowerCase(Locale.ROOT);
            if (!mode.equals("drop") && !mode.equals("quarantine")) {
                throw new MojoExecutionException("unknownFields must be drop or quarantine, got " + unknownFields);
            }
            result = result.with(IngestArgs.UNKNOWN_FIELDS, mode);
        }
        return result;
    }
}
