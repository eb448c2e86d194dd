package io.github.batchlayer.job.spark;

/**
 * The ids that tell one topic from another of the same name: Kafka's topic id (a UUID given at creation, new when
 * a topic is deleted and created again) and the cluster's id. Either is null when unknown (a manifest written
 * before they were recorded, or a broker that does not tell).
 */
public record TopicIdentity(String topicId, String clusterId) {
    public static final TopicIdentity UNKNOWN = new TopicIdentity(null, null);
}
