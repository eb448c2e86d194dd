package io.github.batchlayer.job.spark;

import static org.apache.spark.sql.functions.base64;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import io.github.batchlayer.job.contract.UsageException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A query's whole result as one local file, chosen by extension: {@code .csv} (header row, RFC 4180 as
 * {@link CsvWriter}; a nested value as its JSON text, binary as base64, null as an empty field) or
 * {@code .json}/{@code .ndjson}/{@code .jsonl} (one JSON object per row, nulls written out). Rows stream to the
 * driver a partition at a time, so a big result does not have to fit in its memory. Written aside and moved,
 * so a failed query leaves no half file.
 */
public final class ResultExport {
    /** What a file name's extension asks for. */
    public enum Format { CSV, NDJSON }

    private ResultExport() {
    }

    /** The format a file name asks for; a usage error for any other extension. */
    public static Format formatOf(String file) {
        String name = Path.of(file).getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        if (name.endsWith(".json") || name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
            return Format.NDJSON;
        }
        throw new UsageException("--output " + file + ": the extension says the format; use .csv, .json, .ndjson"
                + " or .jsonl");
    }

    /** Writes the result; returns the number of rows written. */
    public static long write(Dataset<Row> result, Path file) throws IOException {
        Format format = formatOf(file.toString());
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        long rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            if (format == Format.CSV) {
                StringBuilder header = new StringBuilder();
                CsvWriter.appendLine(header, result.schema().fieldNames());
                out.write(header.toString());
            }
            Iterator<Row> it = (format == Format.CSV ? csvCells(result) : jsonLines(result)).toLocalIterator();
            while (it.hasNext()) {
                Row row = it.next();
                if (format == Format.CSV) {
                    String[] fields = new String[row.length()];
                    for (int i = 0; i < fields.length; i++) {
                        fields[i] = row.getString(i);
                    }
                    StringBuilder line = new StringBuilder();
                    CsvWriter.appendLine(line, fields);
                    out.write(line.toString());
                } else {
                    out.write(row.getString(0));
                    out.write('\n');
                }
                rows++;
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return rows;
    }

    /** Every column as text: Spark's cast for atomic values, JSON for nested ones, base64 for binary. */
    private static Dataset<Row> csvCells(Dataset<Row> result) {
        StructField[] fields = result.schema().fields();
        String[] positions = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            positions[i] = "c" + i;
        }
        // renamed by position first: a result may have two columns of the same name
        Dataset<Row> byPosition = result.toDF(positions);
        Column[] cells = new Column[fields.length];
        for (int i = 0; i < fields.length; i++) {
            Column c = byPosition.col(positions[i]);
            DataType type = fields[i].dataType();
            Column text = type instanceof StructType || type instanceof ArrayType || type instanceof MapType
                    ? to_json(c) : type instanceof BinaryType ? base64(c) : c.cast("string");
            cells[i] = text.as(positions[i]);
        }
        return byPosition.select(cells);
    }

    private static Dataset<Row> jsonLines(Dataset<Row> result) {
        return result.select(to_json(struct(col("*")), Map.of("ignoreNullFields", "false")).as("json"));
    }
}
