package io.github.batchlayer.kafka;

/**
 * One message to publish: the source record's index (for error messages), an optional key and the value bytes.
 */
public record OutgoingMessage(long index, String key, byte[] value) {
}
