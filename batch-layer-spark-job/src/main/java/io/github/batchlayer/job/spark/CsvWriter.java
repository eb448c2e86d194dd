package io.github.batchlayer.job.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Small result tables as one local CSV file (header row, UTF-8, lines ending in \n, RFC 4180 quoting: fields
 * with a comma, quote or line break quoted, quotes doubled, null as an empty field). Written by the driver after collect, because Spark's
 * CSV writer makes a directory of part files, not the single file people open.
 */
public final class CsvWriter {
    private CsvWriter() {
    }

    public static void write(Path file, StructType schema, List<Row> rows) throws IOException {
        StringBuilder out = new StringBuilder();
        appendLine(out, schema.fieldNames());
        for (Row row : rows) {
            String[] fields = new String[row.length()];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = row.isNullAt(i) ? null : String.valueOf(row.get(i));
            }
            appendLine(out, fields);
        }
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Files.writeString(target, out, StandardCharsets.UTF_8);
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    static void appendLine(StringBuilder out, String[] fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields[i]));
        }
        out.append('\n');
    }
}
