package io.github.batchlayer.kafka;

import java.time.Duration;
import java.util.Map;

/**
 * How to publish.
 *
 * @param bootstrapServers Kafka bootstrap servers
 * @param topic            target topic
 * @param clientProperties extra producer properties (security, tuning); they override the defaults below
 * @param maxRequestBytes  the largest request the producer may send (at least the topic's max.message.bytes)
 * @param progressEvery    how often a progress line is logged
 */
public record PublishSettings(String bootstrapServers, String topic, Map<String, String> clientProperties,
                              int maxRequestBytes, Duration progressEvery) {
}
