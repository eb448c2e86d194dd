package io.github.batchlayer.kafka;

/** A Kafka operation that failed, with a message that says which topic and what to do. */
public class KafkaOperationException extends RuntimeException {

    public KafkaOperationException(String message) {
        super(message);
    }

    public KafkaOperationException(String message, Throwable cause) {
        super(message, cause);
    }

    static KafkaOperationException wrap(String what, Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new KafkaOperationException("interrupted while " + what, e);
        }
        if (e instanceof java.util.concurrent.TimeoutException) {
            return new KafkaOperationException("timed out while " + what + " (is the broker up?)", e);
        }
        return new KafkaOperationException(what + " failed: " + e.getMessage(), e);
    }
}
