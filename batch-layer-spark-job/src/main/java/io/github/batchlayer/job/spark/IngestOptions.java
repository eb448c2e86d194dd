package io.github.batchlayer.job.spark;

import java.util.Map;

/** The typed options of {@code ingest}, with their defaults. */
public record IngestOptions(String bootstrapServers, String topic, String rawPath, String quarantinePath,
                            String resultFile, String startingOffsets, String endingOffsets,
                            long maxPartitionFetchBytes, boolean failOnDataLoss, long rowsPerFile,
                            Map<String, String> kafkaProperties, TopicContinuity.OnChange onTopicChange) {
    public static final long DEFAULT_MAX_PARTITION_FETCH_BYTES = 5_242_880L;   // the seed's message.max.bytes
    /** At most this many rows per parquet file; a batch also has at least one file per read task. */
    public static final long DEFAULT_ROWS_PER_FILE = 200_000L;

    public static IngestOptions from(JobArgs args) {
        long rowsPerFile = args.getLong("rows-per-file", DEFAULT_ROWS_PER_FILE);
        if (rowsPerFile <= 0) {
            throw new UsageException("--rows-per-file must be positive");
        }
        return new IngestOptions(args.require("bootstrap-servers"), args.require("topic"), args.require("raw-path"),
                args.require("quarantine-path"), args.require("result-file"), args.get("starting-offsets"),
                args.get("ending-offsets"),
                args.getLong("max-partition-fetch-bytes", DEFAULT_MAX_PARTITION_FETCH_BYTES),
                args.getBoolean("fail-on-data-loss", true), rowsPerFile,
                withFile(args.kafkaProperties(), args.get("kafka-properties-file")),
                TopicContinuity.OnChange.parse(args.getOrDefault(TopicContinuity.OPTION, "fail")));
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
