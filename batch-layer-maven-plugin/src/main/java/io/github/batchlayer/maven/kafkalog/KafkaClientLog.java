package io.github.batchlayer.maven.kafkalog;

import org.apache.maven.plugin.logging.Log;

/**
 * Where the Kafka clients inside Maven's JVM log: the plugin jar carries kafka-clients with its own copy of SLF4J
 * (relocated by the shade plugin), bound to {@link KafkaLoggerProvider}, so their lines reach the goal's log
 * without any JVM-wide logging setting (Maven 4 warns about a deprecated property for each such setting, and
 * Maven's logging configuration is the user's). Kafka's errors stay errors; its warnings and info lines (a
 * config dump per client, connection attempts) go to debug ({@code mvn -X}); its debug and trace lines nowhere.
 */
public final class KafkaClientLog {

    private static volatile Log log;

    private KafkaClientLog() {
    }

    /** The log of the goal that runs now (goals of one build share Maven's output). */
    public static void use(Log goalLog) {
        log = goalLog;
    }

    static void error(String message, Throwable error) {
        Log current = log;
        if (current != null) {
            current.error(message, error);
        }
    }

    static boolean debugEnabled() {
        Log current = log;
        return current != null && current.isDebugEnabled();
    }

    static void debug(String message, Throwable error) {
        Log current = log;
        if (current != null) {
            current.debug(message, error);
        }
    }
}
