package io.github.batchlayer.cluster;

import java.time.Duration;
import java.util.Map;

/**
 * The external launcher's own settings: the endpoints it is given and how to check them.
 *
 * @param endpoints             the cluster's endpoints (Kafka, HDFS and the Spark master are required; the
 *                              WebHDFS address and the master's UI are checked when given)
 * @param kafkaClientProperties security and other client settings for the Kafka probe; never null
 * @param driverProbe           the check that needs Hadoop's and Spark's clients, run in a forked driver; null
 *                              skips it
 * @param probePath             the landing path the driver probe writes under (a path on the HDFS URI, or a full
 *                              URI)
 * @param probeTimeout          how long the driver probe may take
 */
public record ExternalSettings(ClusterEndpoints endpoints, Map<String, String> kafkaClientProperties,
                               DriverProbe driverProbe, String probePath, Duration probeTimeout) {

    public ExternalSettings {
        kafkaClientProperties = kafkaClientProperties == null ? Map.of() : Map.copyOf(kafkaClientProperties);
    }
}
