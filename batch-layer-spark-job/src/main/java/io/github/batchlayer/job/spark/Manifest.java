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
 * JSON: {@code {"batchId":1,"topic":"t","offsets":{"0":[from,until]},"rows":n,"quarantined":n,"committedAt":iso}}.
 */
public record Manifest(long batchId, BatchRange range, long rows, long quarantined, String committedAt) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public String toJson() {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("batchId", batchId);
        node.put("topic", range.topic());
        node.set("offsets", range.offsetsNode());
        node.put("rows", rows);
        node.put("quarantined", quarantined);
        node.put("committedAt", committedAt);
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
                    node.get("rows").asLong(), node.get("quarantined").asLong(), node.get("committedAt").asText());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("unreadable manifest: " + json, e);
        }
    }
}
