package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.JobArguments;
import io.github.batchlayer.job.contract.QueryArgs;
import io.github.batchlayer.job.contract.UsageException;

/**
 * The typed options of {@code query} (declared in {@link QueryArgs}), with their bounds checked.
 *
 * @param rows     how many rows to show
 * @param truncate cut shown cells to this width; 0: never
 * @param output   a local file for the whole result (.csv or .json/.ndjson/.jsonl), or null
 */
public record QueryOptions(TableLocations tables, String sqlFile, int rows, int truncate, String output) {

    public static QueryOptions from(JobArguments<?> args) {
        long rows = args.get(QueryArgs.ROWS);
        long truncate = args.get(QueryArgs.TRUNCATE);
        if (rows < 0 || rows > 100_000) {
            throw new UsageException("--rows must be between 0 and 100000, got " + rows);
        }
        if (truncate < 0 || truncate > Integer.MAX_VALUE) {
            throw new UsageException("--truncate must be 0 (never) or a positive width, got " + truncate);
        }
        String output = args.get(QueryArgs.OUTPUT);
        if (output != null) {
            ResultExport.formatOf(output);
        }
        return new QueryOptions(TableLocations.from(args, QueryArgs.TABLES), args.get(QueryArgs.SQL_FILE),
                (int) rows, (int) truncate, output);
    }
}
