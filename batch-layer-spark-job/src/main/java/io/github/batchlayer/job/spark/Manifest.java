package io.github.batchlayer.job.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The record of one committed batch: which offsets it covers and what it landed. Its existence is the commit;
 * Spark's Kafka batch source never commits offsets to Kafka, so manifests are the only memory of what was read.
 * JSON: {@code {"batchId":1,"topic":"t","offsets":{"0":[from,until]},"rows":n,"quarantined":n,"committedAt":iso,
 * "topicId":uuid,"clusterId":id,"attempt":id}}, plus {@code "topicRestart":true} on the first batch read from a
 * recreated topic (the batches before it, of the same name, were another topic). The ids and the attempt are
 * absent in manifests written before they were recorded: read as unknown.
 *
 * @param identity     the topic's and cluster's id when this batch was read
 * @param attempt      the ingest attempt that committed it (the id of its writer lease)
 * @param topicRestart this batch began the topic anew (after {@code --on-topic-change restart-from-earliest})
 */
public record Manifest(long batchId, BatchRange range, long rows, long quarantined, String committedAt,
                       TopicIdentity identity, String attempt, boolean topicRestart) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Manifest {
        identity = identity == null ? TopicIdentity.UNKNOWN : identity;
    }

    /** A manifest that records no ids (as before they were recorded). */
    public Manifest(long batchId, BatchRange range, long rows, long quarantined, String committedAt) {
        this(batchId, range, rows, quarantined, committedAt, TopicIdentity.UNKNOWN, null, false);
    }

    public String toJson() {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("batchId", batchId);
        node.put("topic", range.topic());
        node.set("offsets", range.offsetsNode());
        node.put("rows", rows);
        node.put("quarantined", quarantined);
        node.put("committedAt", committedAt);
        putIfKnown(node, "topicId", identity.topicId());
        putIfKnown(node, "clusterId", identity.clusterId());
        putIfKnown(node, "attempt", attempt);
        if (topicRestart) {
            node.put("topicRestart", true);
        }
        return node.toPrettyString();
    }

    public static Manifest fromJson(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            String topic = node.get("topic").asText();
            TreeMap<Integer, OffsetRange> ranges = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.get("offsets").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                int p = Integer.parseInt(e.getKey());
                ranges.put(p, new OffsetRange(p, e.getValue().get(0).asLong(), e.getValue().get(1).asLong()));
            }
            return new Manifest(node.get("batchId").asLong(), new BatchRange(topic, ranges),
                    node.get("rows").asLong(), node.get("quarantined").asLong(), node.get("committedAt").asText(),
                    new TopicIdentity(textOrNull(node, "topicId"), textOrNull(node, "clusterId")),
                    textOrNull(node, "attempt"), node.path("topicRestart").asBoolean(false));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("unreadable manifest: " + json, e);
        }
    }

    private static void putIfKnown(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
