package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.DescribeArgs;
import io.github.batchlayer.job.contract.InferSchemaArgs;
import io.github.batchlayer.job.contract.IngestArgs;
import io.github.batchlayer.job.contract.JobArguments;
import io.github.batchlayer.job.contract.JobCommands;
import io.github.batchlayer.job.contract.ProbeArgs;
import io.github.batchlayer.job.contract.QueryArgs;
import io.github.batchlayer.job.contract.ResultCodec;
import io.github.batchlayer.job.contract.SummarizeArgs;
import io.github.batchlayer.job.contract.UsageException;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Entry point: {@code BatchLayerJob ingest|summarize|probe|infer-schema|query|describe --opt value ...} (options:
 * {@link JobCommands}). Exit codes: 0 done, 2 bad command line, 1 anything else (one line on stderr, then the
 * stack trace; a {@link JobRefusedException} is the line alone). On failure it still tries to write the result file
 * with the error (marked refused for a refusal), so the plugin can show why without scraping logs.
 */
public final class BatchLayerJob {
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    private BatchLayerJob() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** A command whose options are parsed and checked, ready to run on a session. */
    interface Prepared<R> {
        R runOn(SparkSession spark, InputLimit limit) throws Exception;
    }

    /**
     * Where a command gets its SparkSession and what happens to it after: a fresh driver starts one and stops it;
     * the warm driver hands out a new session of its one SparkContext per run (temp views and SQL conf stay apart)
     * and keeps the context.
     */
    interface Sessions {
        SparkSession open(String command);

        void close(SparkSession spark);

        /** How much input a job on these sessions may take (a fresh driver: any). */
        default InputLimit limit() {
            return InputLimit.NONE;
        }
    }

    /** A fresh driver's: one session for the one command, stopped after it. */
    private static final Sessions FRESH = new Sessions() {
        @Override
        public SparkSession open(String command) {
            SparkSession spark = SparkSessions.start(command);
            JobLog.info(command + ": Spark " + spark.version() + " session up " + String.format(
                    java.util.Locale.ROOT, "%.1f", (System.currentTimeMillis()
                            - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0)
                    + " s after the JVM started");
            return spark;
        }

        @Override
        public void close(SparkSession spark) {
            spark.stop();
        }
    };

    static int run(String[] args) {
        return run(args, FRESH);
    }

    /** Runs one command line on a session from {@code sessions}: the exit code a fresh driver would end with. */
    static int run(String[] args, Sessions sessions) {
        JobArguments<?> parsed;
        try {
            parsed = JobCommands.parse(args);
            // Options are checked before Spark starts: a typo should not cost a SparkContext.
            prepare(parsed);
        } catch (UsageException e) {
            System.err.println("batch-layer job: " + e.getMessage());
            System.err.println("usage: " + JobCommands.usage().replace("\n", "\n       "));
            return EXIT_USAGE;
        }
        return runParsed(parsed, sessions);
    }

    private static <R> int runParsed(JobArguments<R> parsed, Sessions sessions) {
        String command = parsed.command().name();
        Path resultFile = Path.of(parsed.get(parsed.command().resultFile));
        SparkSession spark = null;
        try {
            spark = sessions.open(command);
            R result;
            try (JobProgress progress = JobProgress.start(spark.sparkContext(), command)) {
                result = prepare(parsed).runOn(spark, sessions.limit());
            }
            ResultCodec.write(resultFile, parsed.command(), result);
            return 0;
        } catch (InputOverLimitException e) {
            // not a failure: the warm driver hands the job back, and a fresh driver runs it and writes the result
            throw e;
        } catch (Throwable e) {
            // a known refusal's message is the whole story: no class name, no stack trace
            boolean refused = e instanceof JobRefusedException;
            // an exception's message may quote a setting (Hadoop's and Kafka's often do): mask credentials
            String error = CredentialKeys.maskAssignments(refused ? e.getMessage() : String.valueOf(e));
            System.err.println("batch-layer job: " + command + (refused ? " refused: " : " failed: ") + error);
            if (!refused) {
                java.io.StringWriter trace = new java.io.StringWriter();
                e.printStackTrace(new java.io.PrintWriter(trace));
                System.err.print(CredentialKeys.maskAssignments(trace.toString()));
            }
            try {
                ResultCodec.writeFailure(resultFile, parsed.command(), error, refused);
            } catch (RuntimeException ignored) {
                // the exit code and stderr already tell
            }
            return e instanceof UsageException ? EXIT_USAGE : EXIT_FAILED;
        } finally {
            if (spark != null) {
                sessions.close(spark);
            }
        }
    }

    /** Parsing apart from running: the typed options of the command, and what runs it. */
    @SuppressWarnings("unchecked")
    static <R> Prepared<R> prepare(JobArguments<R> args) {
        if (args.command() == IngestArgs.COMMAND) {
            IngestOptions options = IngestOptions.from(args);
            return (spark, limit) -> (R) new IngestCommand(spark, options,
                    new KafkaClientOffsetLookup(options.bootstrapServers(), options.kafkaProperties()), limit).run();
        }
        if (args.command() == ProbeArgs.COMMAND) {
            String path = args.get(ProbeArgs.PATH);
            int partitions = Math.toIntExact(args.get(ProbeArgs.PARTITIONS));
            return (spark, limit) -> (R) new ProbeCommand(spark, path, partitions).run();
        }
        if (args.command() == QueryArgs.COMMAND) {
            QueryOptions options = QueryOptions.from(args);
            return (spark, limit) -> (R) new QueryCommand(spark, options).run();
        }
        if (args.command() == DescribeArgs.COMMAND) {
            TableLocations where = TableLocations.from(args, DescribeArgs.TABLES);
            return (spark, limit) -> (R) new DescribeCommand(spark, where).run();
        }
        if (args.command() == SummarizeArgs.COMMAND) {
            SummarizeOptions options = SummarizeOptions.from(args);
            // every view's syntax is checked before Spark starts: a typo should not cost a SparkContext
            options.views().forEach(ViewStatement::parseOrdered);
            return (spark, limit) -> (R) new SummarizeCommand(spark, options, limit).run();
        }
        if (args.command() == InferSchemaArgs.COMMAND) {
            String sample = args.get(InferSchemaArgs.SAMPLE_FILE);
            String ddl = args.get(InferSchemaArgs.DDL_FILE);
            return (spark, limit) -> (R) new InferSchemaCommand(spark, sample, ddl).run();
        }
        throw new UsageException("no runner for command " + args.command());
    }
}
