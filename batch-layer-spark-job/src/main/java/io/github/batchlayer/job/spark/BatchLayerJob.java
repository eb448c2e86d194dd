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
        R runOn(SparkSession spark) throws Exception;
    }

    static int run(String[] args) {
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
        return runParsed(parsed);
    }

    private static <R> int runParsed(JobArguments<R> parsed) {
        String command = parsed.command().name();
        Path resultFile = Path.of(parsed.get(parsed.command().resultFile));
        SparkSession spark = null;
        try {
            spark = SparkSessions.start(command);
            JobLog.info(command + ": Spark " + spark.version() + " session up " + String.format(
                    java.util.Locale.ROOT, "%.1f", (System.currentTimeMillis()
                            - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0)
                    + " s after the JVM started");
            R result = prepare(parsed).runOn(spark);
            ResultCodec.write(resultFile, parsed.command(), result);
            return 0;
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
                spark.stop();
            }
        }
    }

    /** Parsing apart from running: the typed options of the command, and what runs it. */
    @SuppressWarnings("unchecked")
    static <R> Prepared<R> prepare(JobArguments<R> args) {
        if (args.command() == IngestArgs.COMMAND) {
            IngestOptions options = IngestOptions.from(args);
            return spark -> (R) new IngestCommand(spark, options,
                    new KafkaClientOffsetLookup(options.bootstrapServers(), options.kafkaProperties())).run();
        }
        if (args.command() == ProbeArgs.COMMAND) {
            String path = args.get(ProbeArgs.PATH);
            int partitions = Math.toIntExact(args.get(ProbeArgs.PARTITIONS));
            return spark -> (R) new ProbeCommand(spark, path, partitions).run();
        }
        if (args.command() == QueryArgs.COMMAND) {
            QueryOptions options = QueryOptions.from(args);
            return spark -> (R) new QueryCommand(spark, options).run();
        }
        if (args.command() == DescribeArgs.COMMAND) {
            TableLocations where = TableLocations.from(args, DescribeArgs.TABLES);
            return spark -> (R) new DescribeCommand(spark, where).run();
        }
        if (args.command() == SummarizeArgs.COMMAND) {
            SummarizeOptions options = SummarizeOptions.from(args);
            // every view's syntax is checked before Spark starts: a typo should not cost a SparkContext
            options.views().forEach(ViewStatement::parseOrdered);
            return spark -> (R) new SummarizeCommand(spark, options).run();
        }
        if (args.command() == InferSchemaArgs.COMMAND) {
            String sample = args.get(InferSchemaArgs.SAMPLE_FILE);
            String ddl = args.get(InferSchemaArgs.DDL_FILE);
            return spark -> (R) new InferSchemaCommand(spark, sample, ddl).run();
        }
        throw new UsageException("no runner for command " + args.command());
    }
}
