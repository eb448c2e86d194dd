package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.IngestArgs;
import io.github.batchlayer.job.contract.JobArguments;
import io.github.batchlayer.job.contract.OnTopicChange;
import io.github.batchlayer.job.contract.UsageException;

import java.util.Map;

/** The typed options of {@code ingest} (declared in {@link IngestArgs}), checked before Spark starts. */
public record IngestOptions(String bootstrapServers, String topic, String rawPath, String quarantinePath,
                            String startingOffsets, String endingOffsets, long maxPartitionFetchBytes,
                            boolean failOnDataLoss, long rowsPerFile, Map<String, String> kafkaProperties,
                            RecordSchema recordSchema, OnTopicChange onTopicChange) {

    public static IngestOptions from(JobArguments<?> args) {
        long rowsPerFile = args.get(IngestArgs.ROWS_PER_FILE);
        if (rowsPerFile <= 0) {
            throw new UsageException("--rows-per-file must be positive");
        }
        return new IngestOptions(args.get(IngestArgs.BOOTSTRAP_SERVERS), args.get(IngestArgs.TOPIC),
                args.get(IngestArgs.RAW_PATH), args.get(IngestArgs.QUARANTINE_PATH),
                args.get(IngestArgs.STARTING_OFFSETS), args.get(IngestArgs.ENDING_OFFSETS),
                args.get(IngestArgs.MAX_PARTITION_FETCH_BYTES), args.get(IngestArgs.FAIL_ON_DATA_LOSS), rowsPerFile,
                withFile(args.passThrough(), args.get(IngestArgs.KAFKA_PROPERTIES_FILE)),
                // the schema is parsed here, in the option check before Spark starts: a bad DDL fails at once
                RecordSchema.load(args.get(IngestArgs.SCHEMA_FILE), args.get(IngestArgs.REQUIRED_FIELDS),
                        args.get(IngestArgs.UNKNOWN_FIELDS)),
                args.get(IngestArgs.ON_TOPIC_CHANGE));
    }

    /**
     * The {@code --kafka.*} properties plus those of {@code --kafka-properties-file} (the plugin passes secrets
     * such as a JAAS config that way, never on the command line); the command line wins on a clash.
     */
    static Map<String, String> withFile(Map<String, String> commandLine, String file) {
        if (file == null) {
            return commandLine;
        }
        java.util.Properties p = new java.util.Properties();
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of(file))) {
            p.load(in);
        } catch (java.io.IOException e) {
            throw new UsageException("cannot read --kafka-properties-file " + file + ": " + e.getMessage());
        }
        Map<String, String> merged = new java.util.LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> merged.put(k, p.getProperty(k)));
        merged.putAll(commandLine);
        return merged;
    }
}
