package io.github.batchlayer.maven;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.batchlayer.cluster.ClusterEndpoints;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs one Spark SQL query over what has landed and prints the first rows as Spark's {@code show()} does, with
 * the row count and the time taken: the seed's pyspark shell as a goal. Tables: {@code raw} (committed batches
 * only; also {@code assessments} with the assessments preset), {@code quarantine}, and every batch view that
 * has landed, by name. Only queries run: a statement that writes or changes the session is refused.
 * E.g. {@code mvn batch-layer:query -Dbatch-layer.sql="SELECT sequences FROM assessments LIMIT 5"}.
 */
@Mojo(name = "query", threadSafe = true)
public class QueryMojo extends AbstractLandedTablesMojo {

    /** The statement to run (one query). */
    @Parameter(property = "batch-layer.sql")
    private String sql;

    /** A file holding the statement, instead of {@code sql}. */
    @Parameter(property = "batch-layer.sqlFile")
    private File sqlFile;

    /** How many rows to print (Spark's show default). */
    @Parameter(property = "batch-layer.rows", defaultValue = "20")
    private int rows;

    /** Cut printed cells to this many characters (Spark's {@code show(n, 20)}); 0 prints them whole. */
    @Parameter(property = "batch-layer.truncate", defaultValue = "0")
    private int truncate;

    /**
     * Also write the whole result to this file: {@code .csv} (header row; a nested value as JSON text) or
     * {@code .json}/{@code .ndjson}/{@code .jsonl} (one JSON object per row).
     */
    @Parameter(property = "batch-layer.output")
    private File output;

    @Override
    protected StepOutcome step() throws MojoExecutionException {
        Path statement = statementFile();
        ClusterEndpoints endpoints = endpoints();
        List<String> args = tableArgs(endpoints);
        args.addAll(List.of("--sql-file", statement.toString(), "--rows", Integer.toString(rows),
                "--truncate", Integer.toString(truncate)));
        if (output != null) {
            args.addAll(List.of("--output", output.getAbsolutePath()));
        }
        long started = System.nanoTime();
        JsonNode result = jobRunner(endpoints).run("query", args);
        JsonNode error = result.path("sqlError");
        if (!error.isMissingNode()) {
            throw new MojoExecutionException("SQL error" + position(error) + ": " + error.path("message").asText()
                    + "\ntables: " + String.join(", ", texts(result.path("tables"))));
        }
        result.path("table").asText().lines().forEach(getLog()::info);
        String line = String.format("query: %,d row%s in %.1f s (%.1f s with the driver's start)",
                result.path("rowCount").asLong(), result.path("rowCount").asLong() == 1 ? "" : "s",
                result.path("seconds").asDouble(), (System.nanoTime() - started) / 1e9);
        getLog().info(line);
        JsonNode written = result.path("output");
        if (!written.isMissingNode()) {
            getLog().info(String.format("query: wrote %,d rows as %s to %s", written.path("rows").asLong(),
                    written.path("format").asText(), written.path("file").asText()));
        }
        return new StepOutcome().summary(line)
                .figure("rowCount", result.path("rowCount").asLong())
                .figure("columns", result.path("columns").toString());
    }

    /** The statement as a file for the driver: a statement on a command line is mangled by quoting. */
    private Path statementFile() throws MojoExecutionException {
        boolean inline = sql != null && !sql.isBlank();
        if (inline == (sqlFile != null)) {
            throw new MojoExecutionException("give the statement as -Dbatch-layer.sql=\"SELECT ...\" or as "
                    + "-Dbatch-layer.sqlFile=FILE (exactly one of them)");
        }
        if (!inline) {
            if (!sqlFile.isFile()) {
                throw new MojoExecutionException("sqlFile " + sqlFile + " does not exist");
            }
            return sqlFile.toPath().toAbsolutePath();
        }
        try {
            Path file = workDir.toPath().resolve("query").resolve("statement.sql").toAbsolutePath();
            Files.createDirectories(file.getParent());
            return Files.writeString(file, sql, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the statement under " + workDir + ": " + e.getMessage(), e);
        }
    }

    private static String position(JsonNode error) {
        if (!error.has("line")) {
            return "";
        }
        return " at line " + error.path("line").asInt() + (error.has("position")
                ? ", position " + error.path("position").asInt() : "");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
