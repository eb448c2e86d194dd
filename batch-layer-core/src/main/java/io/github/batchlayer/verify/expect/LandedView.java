package io.github.batchlayer.verify.expect;

import java.nio.file.Path;
import java.util.List;

/**
 * One batch view as summarize landed it: the job's account of the view, and where its CSV copy is.
 *
 * @param name        the view's name
 * @param sqlFile     the SQL file it came from
 * @param rows        rows the job counted
 * @param columns     its columns, in order
 * @param ordered     whether its SELECT has a top-level ORDER BY (the golden CSV is then compared in order)
 * @param parquetPath where it landed on HDFS
 * @param csvFile     its CSV copy on the local file system (header row, UTF-8, RFC 4180 quoting)
 */
public record LandedView(String name, String sqlFile, long rows, List<String> columns, boolean ordered,
                         String parquetPath, Path csvFile) {

    public LandedView {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }
}
