package io.github.batchlayer.job.spark;

/**
 * The typed options of {@code query}, with their defaults.
 *
 * @param rows     how many rows to show (Spark's show default, 20)
 * @param truncate cut shown cells to this width; 0: never (the seed's {@code show(5, False)})
 * @param output   a local file for the whole result (.csv or .json/.ndjson/.jsonl), or null
 */
public record QueryOptions(TableLocations tables, String sqlFile, int rows, int truncate, String output,
                           String resultFile) {
    public static final int DEFAULT_ROWS = 20;

    public static QueryOptions from(JobArgs args) {
        long rows = args.getLong("rows", DEFAULT_ROWS);
        long truncate = args.getLong("truncate", 0);
        if (rows < 0 || rows > 100_000) {
            throw new UsageException("--rows must be between 0 and 100000, got " + rows);
        }
        if (truncate < 0 || truncate > Integer.MAX_VALUE) {
            throw new UsageException("--truncate must be 0 (never) or a positive width, got " + truncate);
        }
        String output = args.get("output");
        if (output != null) {
            ResultExport.formatOf(output);
        }
        return new QueryOptions(TableLocations.from(args), args.require("sql-file"), (int) rows, (int) truncate,
                output, args.require("result-file"));
    }
}
