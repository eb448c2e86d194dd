package io.github.batchlayer.job;

import io.github.batchlayer.process.ClasspathResolver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The jars a cluster's executors need from us ({@code spark.jars}): the job jar and whatever the job needs that a
 * Spark distribution does not have — the Kafka source ({@code spark-sql-kafka-0-10}, {@code kafka-clients},
 * the token provider, commons-pool2). Spark's own jars are never shipped: the cluster has them, in its version,
 * and a second copy on the executor classpath is how class conflicts start.
 */
final class ShippedJars {

    private ShippedJars() {
    }

    /**
     * @param sparkOnly   coordinates of what a Spark distribution holds ({@code spark-sql})
     * @param everything  coordinates the driver runs with ({@code spark-sql} + {@code spark-sql-kafka-0-10})
     */
    static List<Path> of(ClasspathResolver resolver, List<String> sparkOnly, List<String> everything, Path jobJar) {
        Set<String> provided = new HashSet<>();
        resolver.resolve(sparkOnly).forEach(p -> provided.add(p.getFileName().toString()));
        List<Path> shipped = new ArrayList<>();
        shipped.add(jobJar);
        resolver.resolve(everything).stream()
                .filter(p -> !provided.contains(p.getFileName().toString()))
                .forEach(shipped::add);
        return shipped;
    }

    /** The {@code spark.jars} value: comma-separated file URIs, which the driver serves to executors. */
    static String confValue(List<Path> jars) {
        return jars.stream().map(p -> p.toAbsolutePath().toUri().toString()).collect(Collectors.joining(","));
    }
}
