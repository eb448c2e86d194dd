package io.github.batchlayer.kafka;

import java.util.Map;

/**
 * A publish that stopped before every record was acknowledged, with what the user needs to know what is in the
 * topic now: how many and which records the broker acknowledged, and how much the topic grew meanwhile (its end
 * offsets before the publish and after the failure). With one partition and the idempotent producer the topic
 * holds a prefix of what was sent, in order and without duplicates, so a matching growth says exactly which
 * records are there and where to resume.
 */
public final class PublishFailedException extends KafkaOperationException {

    private final long acknowledged;

    /**
     * @param sent       records handed to the producer
     * @param firstSent  the index of the first of them
     * @param before     the topic's end offsets before the publish
     * @param after      its end offsets after the failure, null when they could not be read
     * @param afterError why they could not be read (with {@code after} null)
     */
    PublishFailedException(String topic, Acknowledgements acks, long sent, long firstSent, Map<Integer, Long> before,
                           Map<Integer, Long> after, String afterError) {
        super(message(topic, acks, sent, firstSent, before, after, afterError), acks.firstFailure());
        this.acknowledged = acks.count();
    }

    /** How many records the broker acknowledged: those are in the topic. */
    public long acknowledged() {
        return acknowledged;
    }

    /** Kafka's messages often end in a period; ours follows. */
    private static String withoutFinalPeriod(String message) {
        return message != null && message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }

    private static String message(String topic, Acknowledgements acks, long sent, long firstSent,
                                  Map<Integer, Long> before, Map<Integer, Long> after, String afterError) {
        long acked = acks.count();
        StringBuilder m = new StringBuilder("publish to ").append(topic).append(" failed at record ")
                .append(acks.firstFailedIndex()).append(": ")
                .append(withoutFinalPeriod(acks.firstFailure().getMessage())).append(". ")
                .append(String.format("%,d of %,d records sent were acknowledged", acked, sent));
        if (acked > 0) {
            m.append(": records ").append(acks.describeRanges()).append(" (last acknowledged record ")
                    .append(acks.lastIndex()).append(")");
        }
        m.append(". ");
        if (after == null) {
            return m.append("The topic's end offsets could not be read now (").append(afterError)
                    .append("); before this publish they were ").append(before)
                    .append(": the acknowledged records are in the topic, the others may be too").toString();
        }
        long grown = after.entrySet().stream().mapToLong(e -> e.getValue() - before.getOrDefault(e.getKey(), 0L))
                .sum();
        String offsets = "end offsets " + before + " before this publish, " + after + " now";
        if (grown == acked) {
            m.append(String.format("The topic holds exactly the acknowledged records: it grew by %,d (%s)", grown,
                    offsets));
            long resumeAt = acks.endOfPrefixFrom(firstSent);
            if (acked == 0) {
                m.append("; nothing of this publish is in it: run the publish again as it was");
            } else if (resumeAt >= 0 && after.size() == 1) {
                m.append("; to publish the rest, run the publish again with -Dbatch-layer.from=").append(resumeAt)
                        .append(" (and the same to)");
            }
            return m.toString();
        }
        if (grown > acked) {
            return m.append(String.format("The topic grew by %,d records (%s): %,d more than acknowledged, written "
                    + "without their acknowledgement reaching the producer (or by another producer meanwhile); "
                    + "with one partition they are the records sent right after the acknowledged ones, in order",
                    grown, offsets, grown - acked)).toString();
        }
        return m.append(String.format("The topic grew by only %,d records (%s): records were removed from it "
                + "meanwhile (deleted, truncated or expired by retention)", grown, offsets)).toString();
    }
}
