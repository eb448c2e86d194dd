package io.github.batchlayer.job.contract;

/** The options of {@code query}, declared once: adding an option is one line here. */
public final class QueryArgs {
    public static final JobCommand<QueryResult> COMMAND = new JobCommand<>("query", QueryResult.class);

    public static final LandedTableArgs TABLES = LandedTableArgs.declare(COMMAND);
    /** A local file holding the one statement (a statement on a command line is mangled by quoting). */
    public static final JobOption<String> SQL_FILE = COMMAND.required("sql-file", "FILE");
    /** How many rows to show (Spark's show default). */
    public static final JobOption<Long> ROWS = COMMAND.number("rows", 20L);
    /** Cut shown cells to this width; 0: never (the seed's {@code show(5, False)}). */
    public static final JobOption<Long> TRUNCATE = COMMAND.number("truncate", 0L);
    /** A local file for the whole result: {@code .csv}, or {@code .json}/{@code .ndjson}/{@code .jsonl}. */
    public static final JobOption<String> OUTPUT = COMMAND.optional("output", "FILE");

    private QueryArgs() {
    }
}
