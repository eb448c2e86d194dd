package io.github.batchlayer.job.spark;

import java.util.Map;

/**
 * The test hooks of the job run in progress ({@code batchlayer.test.*}): a fresh driver has them as system
 * properties; the warm driver sets them here for one run and clears them after, so a hook meant for one ingest
 * never reaches the next job in the same JVM. The warm driver runs one job at a time.
 */
public final class JobProperties {
    private static volatile Map<String, String> current = Map.of();

    private JobProperties() {
    }

    /** The run's value, else the JVM's system property (a fresh driver's {@code -D}). */
    public static String get(String name) {
        String value = current.get(name);
        return value != null ? value : System.getProperty(name);
    }

    public static boolean getBoolean(String name) {
        return Boolean.parseBoolean(get(name));
    }

    static void set(Map<String, String> properties) {
        current = Map.copyOf(properties);
    }

    static void clear() {
        current = Map.of();
    }
}
