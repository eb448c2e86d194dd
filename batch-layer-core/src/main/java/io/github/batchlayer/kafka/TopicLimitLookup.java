package io.github.batchlayer.kafka;

import org.apache.kafka.clients.admin.Admin;

import java.time.Duration;
import java.util.Map;

/**
 * Looks up a topic's {@code max.message.bytes} on a thread of its own while the caller does something else: in a
 * fresh JVM, loading and connecting Kafka's admin client takes most of a second (0.9 s measured), as long as
 * validating 100 000 of the seed's records, so {@link FilePublisher} runs the two side by side. Closing the lookup
 * before it finished (the file turned out broken) abandons it at once: its admin client is closed without waiting
 * for the broker, which may not even be running.
 */
final class TopicLimitLookup implements AutoCloseable {
    /** The broker's default max.message.bytes, for a topic that does not set it. */
    static final int DEFAULT_MAX_MESSAGE_BYTES = 1_048_588;

    private final String bootstrapServers;
    private final String topic;
    private final Map<String, String> clientProperties;
    private final Thread thread;
    private Admin admin; // guarded by this; set while the request is pending
    private boolean abandoned; // guarded by this
    // written by the lookup's thread, read after joining it; both null if it ended some other way
    private Integer maxMessageBytes;
    private RuntimeException failure;

    private TopicLimitLookup(String bootstrapServers, String topic, Map<String, String> clientProperties) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.clientProperties = clientProperties;
        this.thread = new Thread(this::lookUp, "batch-layer-topic-limit");
        thread.setDaemon(true);
    }

    static TopicLimitLookup start(String bootstrapServers, String topic, Map<String, String> clientProperties) {
        TopicLimitLookup lookup = new TopicLimitLookup(bootstrapServers, topic, clientProperties);
        lookup.thread.start();
        return lookup;
    }

    private void lookUp() {
        try (Admin created = KafkaClients.admin(bootstrapServers, clientProperties, 30_000)) {
            synchronized (this) {
                if (abandoned) {
                    return;
                }
                admin = created;
            }
            try {
                String configured = new Topics(created).config(topic, "max.message.bytes");
                maxMessageBytes = configured == null ? DEFAULT_MAX_MESSAGE_BYTES : Integer.parseInt(configured);
            } finally {
                synchronized (this) {
                    admin = null; // answered: nothing left for close() to cut short
                }
            }
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    /** Waits for the lookup; its failure (no such topic, no broker) is thrown as it came. */
    int maxMessageBytes() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true; // the answer is seconds away at most: wait for it, keep the interrupt
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw failure;
        }
        if (maxMessageBytes == null) {
            throw new IllegalStateException("the lookup of " + topic + "'s max.message.bytes ended without an answer");
        }
        return maxMessageBytes;
    }

    @Override
    public void close() {
        synchronized (this) {
            abandoned = true;
            if (admin != null) {
                admin.close(Duration.ZERO); // fails the pending request at once; the lookup's own close follows
            }
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
