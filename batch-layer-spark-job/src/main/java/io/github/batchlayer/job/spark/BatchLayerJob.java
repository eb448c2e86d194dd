package io.github.batchlayer.job.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.SparkSession;

/**
 * Entry point: {@code BatchLayerJob ingest|summarize --opt value ...}. Exit codes: 0 done, 2 bad command line,
 * 1 anything else (one line on stderr, then the stack trace). On failure it still tries to write the result
 * file with an {@code error} field, so the plugin can show why without scraping logs.
 */
public final class BatchLayerJob {
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    private BatchLayerJob() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        JobArgs parsed;
        try {
            parsed = JobArgs.parse(args);
            // Options are checked before Spark starts: a typo should not cost a SparkContext.
            if (JobArgs.INGEST.equals(parsed.command())) {
                IngestOptions.from(parsed);
            } else if (JobArgs.PROBE.equals(parsed.command())) {
                parsed.getLong("partitions", ProbeCommand.DEFAULT_PARTITIONS);
            } else {
                SummarizeOptions.from(parsed);
            }
        } catch (UsageException e) {
            System.err.println("batch-layer job: " + e.getMessage());
            System.err.println("usage: BatchLayerJob ingest --bootstrap-servers H:P --topic T --raw-path URI "
                    + "--quarantine-path URI --result-file FILE [--starting-offsets JSON] [--ending-offsets JSON] "
                    + "[--max-partition-fetch-bytes N] [--fail-on-data-loss true|false] [--rows-per-file N] "
                    + "[--on-topic-change fail|restart-from-earliest] [--kafka.<prop> V ...]");
            System.err.println("       BatchLayerJob summarize --raw-path URI --summary-path URI --csv-dir DIR "
                    + "--result-file FILE [--min-assessments N] [--top-exams-path URI]");
            System.err.println("       BatchLayerJob probe --path URI --result-file FILE [--partitions N]");
            return EXIT_USAGE;
        }
        SparkSession spark = null;
        try {
            spark = SparkSessions.start(parsed.command());
            JobLog.info(parsed.command() + ": Spark " + spark.version() + " session up " + String.format(
                    java.util.Locale.ROOT, "%.1f", (System.currentTimeMillis()
                            - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0)
                    + " s after the JVM started");
            ObjectNode result = execute(spark, parsed);
            ResultFile.write(parsed.require("result-file"), result);
            return 0;
        } catch (Throwable e) {
            System.err.println("batch-layer job: " + parsed.command() + " failed: " + e);
            e.printStackTrace();
            try {
                ObjectNode failure = ResultFile.newResult(parsed.command());
                failure.put("error", String.valueOf(e));
                ResultFile.write(parsed.require("result-file"), failure);
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

    private static ObjectNode execute(SparkSession spark, JobArgs args) throws Exception {
        if (JobArgs.INGEST.equals(args.command())) {
            IngestOptions options = IngestOptions.from(args);
            KafkaOffsetLookup lookup = new KafkaClientOffsetLookup(options.bootstrapServers(),
                    options.kafkaProperties());
            return new IngestCommand(spark, options, lookup).run();
        }
        if (JobArgs.PROBE.equals(args.command())) {
            return new ProbeCommand(spark, args.require("path"),
                    (int) args.getLong("partitions", ProbeCommand.DEFAULT_PARTITIONS)).run();
        }
        return new SummarizeCommand(spark, SummarizeOptions.from(args)).run();
    }
}
