package io.github.batchlayer.maven;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.kafka.KafkaClients;
import io.github.batchlayer.kafka.TopicSpec;
import io.github.batchlayer.kafka.Topics;

import org.apache.kafka.clients.admin.Admin;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.Map;

/**
 * Creates the topic if it does not exist (the seed's {@code kafka-topics --create --if-not-exists}) and logs a
 * describe line. An existing topic with another partition count or replication factor is an error.
 */
@Mojo(name = "create-topic", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class CreateTopicMojo extends AbstractTopicMojo {

    /** Number of partitions. */
    @Parameter(property = "batch-layer.partitions", defaultValue = "1")
    private int partitions;

    /** Replication factor. */
    @Parameter(property = "batch-layer.replicationFactor", defaultValue = "1")
    private short replicationFactor;

    /** Topic configs; default {@code max.message.bytes=5242880} like the seed. */
    @Parameter
    private Map<String, String> topicConfigs;

    @Override
    protected void run() throws MojoExecutionException {
        ClusterEndpoints endpoints = ClusterConnection.endpoints(workDir.toPath(), kafkaBootstrapServers, null, null);
        Map<String, String> configs = topicConfigs != null ? topicConfigs
                : Map.of("max.message.bytes", Defaults.MAX_MESSAGE_BYTES);
        TopicSpec spec;
        try {
            spec = new TopicSpec(topic, partitions, replicationFactor, configs);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        try (Admin admin = KafkaClients.admin(endpoints.kafkaBootstrapServers(), kafkaClientProperties(), 30_000)) {
            Topics topics = new Topics(admin);
            boolean created = topics.ensure(spec);
            getLog().info((created ? "created topic " : "topic exists already: ") + topic);
            getLog().info(topics.describe(topic).orElseThrow().describeLine());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("create-topic " + topic + " failed: " + e.getMessage(), e);
        }
    }
}
