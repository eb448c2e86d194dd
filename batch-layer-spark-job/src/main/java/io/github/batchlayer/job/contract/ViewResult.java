package io.github.batchlayer.job.contract;

import java.util.List;

/**
 * One batch view a {@code summarize} run landed, in run order.
 *
 * @param name        the view's name: its file's base name without the order prefix
 * @param sqlFile     the SQL file (a path, or {@code preset:<file>} for the preset's)
 * @param rows        rows it holds
 * @param columns     its column names, in order
 * @param ordered     whether its statement ends in a top-level ORDER BY (row order then matters)
 * @param parquetPath where it landed on the cluster
 * @param csvPath     its local CSV copy (absolute)
 */
public record ViewResult(String name, String sqlFile, long rows, List<String> columns, boolean ordered,
                         String parquetPath, String csvPath) {
    public ViewResult {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }
}
