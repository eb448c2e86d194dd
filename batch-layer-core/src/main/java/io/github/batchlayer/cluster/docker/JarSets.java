package io.github.batchlayer.cluster.docker;

import io.github.batchlayer.cluster.EngineVersions;
import io.github.batchlayer.cluster.config.HdfsNodeConfig;
import io.github.batchlayer.cluster.config.KafkaNodeConfig;
import io.github.batchlayer.cluster.docker.compose.ComposeException;
import io.github.batchlayer.job.SparkJobRunner;

import java.util.List;

/**
 * The jar sets an image's build context can ask for with {@code x-batch-layer-jars: <set>} in the compose file.
 * The coordinates are the embedded launcher's (and the Spark driver's), so a container runs exactly the jars a
 * forked JVM would, resolved by Maven from Central for the configured versions.
 */
final class JarSets {

    static final String EXTENSION = "x-batch-layer-jars";

    private JarSets() {
    }

    static List<String> coordinates(String set, EngineVersions versions) {
        return switch (set) {
            case "kafka" -> KafkaNodeConfig.coordinates(versions);
            case "hadoop" -> HdfsNodeConfig.coordinates(versions);
            // the executors run the job's Kafka source and parquet writer: they need what the driver has
            case "spark" -> SparkJobRunner.sparkCoordinates(versions.scalaBinary(), versions.spark());
            default -> throw new ComposeException("unknown " + EXTENSION + " set '" + set
                    + "' (known: kafka, hadoop, spark)");
        };
    }
}
