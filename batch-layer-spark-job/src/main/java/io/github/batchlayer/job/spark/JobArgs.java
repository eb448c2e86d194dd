package io.github.batchlayer.job.spark;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed command line: {@code <command> --opt value ...}. It only knows the shape of the line and each
 * command's option names; typed access (numbers, defaults) is done by the commands' option records, so this
 * class stays the one place that says "unknown option" or "missing --x".
 *
 * <p>{@code --kafka.<prop> value} is open-ended for ingest (any Kafka client property) and kept apart.
 */
public final class JobArgs {
    public static final String INGEST = "ingest";
    public static final String SUMMARIZE = "summarize";
    public static final String PROBE = "probe";

    private static final String KAFKA_PREFIX = "kafka.";

    private static final Map<String, Set<String>> KNOWN = Map.of(
            INGEST, Set.of("bootstrap-servers", "topic", "raw-path", "quarantine-path", "result-file",
                    "starting-offsets", "ending-offsets", "max-partition-fetch-bytes", "fail-on-data-loss",
                    "rows-per-file", "kafka-properties-file", "on-topic-change"),
            SUMMARIZE, Set.of("raw-path", "summary-path", "min-assessments", "csv-dir", "result-file",
                    "top-exams-path"),
            PROBE, Set.of("path", "result-file", "partitions"));

    private static final Map<String, List<String>> REQUIRED = Map.of(
            INGEST, List.of("bootstrap-servers", "topic", "raw-path", "quarantine-path", "result-file"),
            SUMMARIZE, List.of("raw-path", "summary-path", "csv-dir", "result-file"),
            PROBE, List.of("path", "result-file"));

    private final String command;
    private final Map<String, String> options;
    private final Map<String, String> kafkaProperties;

    private JobArgs(String command, Map<String, String> options, Map<String, String> kafkaProperties) {
        this.command = command;
        this.options = options;
        this.kafkaProperties = kafkaProperties;
    }

    public static JobArgs parse(String[] args) {
        if (args.length == 0) {
            throw new UsageException("missing command (one of " + INGEST + ", " + SUMMARIZE + ")");
        }
        String command = args[0];
        Set<String> known = KNOWN.get(command);
        if (known == null) {
            throw new UsageException("unknown command " + command + " (one of " + INGEST + ", " + SUMMARIZE + ", "
                    + PROBE + ")");
        }
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> kafka = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageException("unexpected argument " + arg + " (options are --name value)");
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {                      // --name=value is accepted too
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else {
                if (i + 1 >= args.length) {
                    throw new UsageException("option --" + name + " needs a value");
                }
                value = args[++i];
            }
            boolean kafkaProp = INGEST.equals(command) && name.startsWith(KAFKA_PREFIX)
                    && name.length() > KAFKA_PREFIX.length();
            if (!kafkaProp && !known.contains(name)) {
                throw new UsageException("unknown option --" + name + " for " + command);
            }
            Map<String, String> target = kafkaProp ? kafka : options;
            String key = kafkaProp ? name.substring(KAFKA_PREFIX.length()) : name;
            if (target.put(key, value) != null) {
                throw new UsageException("option --" + name + " given twice");
            }
        }
        for (String required : REQUIRED.get(command)) {
            if (!options.containsKey(required)) {
                throw new UsageException("missing --" + required);
            }
        }
        return new JobArgs(command, options, kafka);
    }

    public String command() {
        return command;
    }

    public String get(String name) {
        return options.get(name);
    }

    public String getOrDefault(String name, String defaultValue) {
        return options.getOrDefault(name, defaultValue);
    }

    public String require(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new UsageException("missing --" + name);
        }
        return value;
    }

    public long getLong(String name, long defaultValue) {
        String value = options.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, got " + value);
        }
    }

    public boolean getBoolean(String name, boolean defaultValue) {
        String value = options.get(name);
        if (value == null) {
            return defaultValue;
        }
        if ("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) {
            return Boolean.parseBoolean(value);
        }
        throw new UsageException("--" + name + " must be true or false, got " + value);
    }

    /** Kafka client properties given as {@code --kafka.<prop>}, without the prefix. */
    public Map<String, String> kafkaProperties() {
        return Collections.unmodifiableMap(kafkaProperties);
    }
}
