package io.github.batchlayer.kafka;

import io.github.batchlayer.log.BuildLog;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.Iterator;
import java.util.Map;

/**
 * Streams messages to a topic with an idempotent producer ({@code acks=all}, no transactions: offsets stay
 * dense, one per record, as the seed's offset arithmetic expects). Batching and lz4 are on by default: the
 * producer's defaults (16 KB batches, 5 ms linger) hold only ~5 of the seed's 3 KB records per batch.
 * The source is read (parsed) on a second thread a bounded number of records ahead, so parsing and batching
 * overlap. The first failed send stops the publish; it is reported with the record index and what was
 * acknowledged ({@link PublishFailedException}).
 */
public final class Publisher {

    /** How long a record may wait for its acknowledgement, retries included: a broker restart fits well inside. */
    static final int DELIVERY_TIMEOUT_MS = 120_000;

    private final BuildLog log;

    public Publisher(BuildLog log) {
        this.log = log;
    }

    /** Producer configuration: our throughput defaults, then the user's properties on top. */
    public static Map<String, Object> producerConfig(PublishSettings settings) {
        Map<String, Object> config = KafkaClients.baseConfig(settings.bootstrapServers(), Map.of());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // Riding out a broker restart: the producer retries (idempotently: the broker keeps each producer's
        // sequence numbers in its log directory, so a batch appended whose acknowledgement was lost is recognised
        // when it comes again) until delivery.timeout.ms, and send() blocks on a full buffer for as long.
        config.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, DELIVERY_TIMEOUT_MS);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, DELIVERY_TIMEOUT_MS);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, settings.maxRequestBytes());
        config.putAll(settings.clientProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return config;
    }

    public PublishResult publish(PublishSettings settings, Iterator<OutgoingMessage> messages) {
        long records = 0;
        long bytes = 0;
        long firstIndex = -1;
        Acknowledgements acks = new Acknowledgements();
        long started;
        long finished;
        if (!Lz4Native.load()) {
            log.info("publish: lz4-java's native library is not available here, lz4 compression runs in Java");
        }
        // what the topic held before: a failed publish says how much it grew
        Map<Integer, Long> before = endOffsets(settings);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig(settings));
             PrefetchingIterator<OutgoingMessage> ahead = new PrefetchingIterator<>(messages, 8, 256, 1 << 20,
                     message -> message.value().length, "batch-layer-publish-reader")) {
            // timed from the first record on, after the producer is built, as Kafka's ProducerPerformance times
            started = System.nanoTime();
            long nextProgress = started + settings.progressEvery().toNanos();
            while (ahead.hasNext() && !acks.hasFailure()) {
                OutgoingMessage message = ahead.next();
                long index = message.index();
                try {
                    producer.send(new ProducerRecord<>(settings.topic(), message.key(), message.value()),
                            (metadata, error) -> {
                                if (error == null) {
                                    acks.acknowledged(index);
                                } else if (acks.failed(index, error)) {
                                    // said at once: the records still in flight may take delivery.timeout.ms
                                    log.warn("publish: record " + index + " failed (" + error.getMessage()
                                            + "); nothing more is sent, waiting for the records in flight");
                                }
                            });
                } catch (KafkaException e) {
                    // send() itself gave up, e.g. blocked on a full buffer for max.block.ms
                    acks.failed(index, e);
                    break;
                }
                firstIndex = records == 0 ? index : firstIndex;
                records++;
                bytes += message.value().length;
                long now = System.nanoTime();
                if (now >= nextProgress) {
                    double s = (now - started) / 1e9;
                    log.info(String.format("publish: %,d records (%.1f MB) in %.0f s, %,.0f records/s; %,d "
                            + "acknowledged", records, bytes / 1e6, s, records / s, acks.count()));
                    nextProgress = now + settings.progressEvery().toNanos();
                }
            }
            // waits until every record sent is acknowledged or has failed (delivery.timeout.ms at most), so the
            // acknowledgements counted are final
            producer.flush();
            // every record acknowledged: the end of the publish, as ProducerPerformance counts it (before close)
            finished = System.nanoTime();
        }
        if (acks.hasFailure()) {
            Map<Integer, Long> after;
            try {
                after = endOffsets(settings);
            } catch (RuntimeException e) {
                throw new PublishFailedException(settings.topic(), acks, records, firstIndex, before, null,
                        e.getMessage());
            }
            throw new PublishFailedException(settings.topic(), acks, records, firstIndex, before, after, null);
        }
        double seconds = (finished - started) / 1e9;
        return new PublishResult(records, bytes, seconds, endOffsets(settings));
    }

    private static Map<Integer, Long> endOffsets(PublishSettings settings) {
        try (Admin admin = KafkaClients.admin(settings.bootstrapServers(), settings.clientProperties(), 30_000)) {
            return new Topics(admin).endOffsets(settings.topic());
        }
    }
}
