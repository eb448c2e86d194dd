package io.github.batchlayer.maven;

import io.github.batchlayer.cluster.ClusterEndpoints;

import org.apache.maven.project.MavenProject;

/** The cluster's endpoints as project properties, for later plugins (e.g. failsafe) and the consumer's tests. */
final class ClusterProperties {

    static final String KAFKA = "batch-layer.kafka.bootstrapServers";
    static final String HDFS = "batch-layer.hdfs.uri";
    static final String HDFS_HTTP = "batch-layer.hdfs.httpUri";
    static final String SPARK = "batch-layer.spark.master";

    private ClusterProperties() {
    }

    static void export(MavenProject project, ClusterEndpoints endpoints) {
        set(project, KAFKA, endpoints.kafkaBootstrapServers());
        set(project, HDFS, endpoints.hdfsUri());
        set(project, HDFS_HTTP, endpoints.hdfsHttpUri());
        set(project, SPARK, endpoints.sparkMaster());
    }

    private static void set(MavenProject project, String name, String value) {
        if (value != null) {
            project.getProperties().setProperty(name, value);
        }
    }
}
