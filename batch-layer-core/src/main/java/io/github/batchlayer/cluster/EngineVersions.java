package io.github.batchlayer.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Versions of the engines the plugin forks. Defaults come from the parent pom (filtered into
 * {@code batch-layer-versions.properties}), so versions live in one place; users override each one.
 */
public record EngineVersions(String kafka, String hadoop, String spark, String scalaBinary, String log4j2,
                             String plugin) {

    private static final String RESOURCE = "/batch-layer-versions.properties";

    public static EngineVersions defaults() {
        Properties p = new Properties();
        try (InputStream in = EngineVersions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE + " on the classpath");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EngineVersions(p.getProperty("kafka.version"), p.getProperty("hadoop.version"),
                p.getProperty("spark.version"), p.getProperty("scala.binary.version"),
                p.getProperty("log4j2.version"), p.getProperty("plugin.version"));
    }

    /** These versions with the non-blank overrides applied. */
    public EngineVersions with(String kafkaVersion, String hadoopVersion, String sparkVersion) {
        return new EngineVersions(orElse(kafkaVersion, kafka), orElse(hadoopVersion, hadoop),
                orElse(sparkVersion, spark), scalaBinary, log4j2, plugin);
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
