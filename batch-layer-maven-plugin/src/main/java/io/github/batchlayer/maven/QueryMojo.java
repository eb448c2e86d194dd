package io.github.batchlayer.maven;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.job.contract.JobArguments;
import io.github.batchlayer.job.contract.QueryArgs;
import io.github.batchlayer.job.contract.QueryResult;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
        JobArguments<QueryResult> args = withTables(QueryArgs.COMMAND.arguments(), QueryArgs.TABLES, endpoints)
                .with(QueryArgs.SQL_FILE, statement.toString())
                .with(QueryArgs.ROWS, (long) rows)
                .with(QueryArgs.TRUNCATE, (long) truncate)
                .with(QueryArgs.OUTPUT, output == null ? null : output.getAbsolutePath());
        long started = System.nanoTime();
        QueryResult result = jobRunner(endpoints).run(args);
        if (result.failed()) {
            throw new MojoExecutionException("SQL error" + result.sqlError().where() + ": "
                    + result.sqlError().message() + "\ntables: " + String.join(", ", result.tables()));
        }
        result.table().lines().forEach(getLog()::info);
        String line = String.format("query: %,d row%s in %.1f s (%.1f s with the driver's start)",
                result.rowCount(), result.rowCount() == 1 ? "" : "s", result.seconds(),
                (System.nanoTime() - started) / 1e9);
        getLog().info(line);
        if (result.output() != null) {
            getLog().info(String.format("query: wrote %,d rows as %s to %s", result.output().rows(),
                    result.output().format(), result.output().file()));
        }
        return new StepOutcome(line, result);
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
}
