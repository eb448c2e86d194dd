package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.UsageException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Spark's per-partition offsets JSON, {@code {"topic":{"0":3280}}}: the form the seed passes on the command line
 * and the form Spark's Kafka source takes for startingOffsets/endingOffsets. Kept in one place so the job reads
 * and writes exactly the same form.
 */
public final class OffsetsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OffsetsJson() {
    }

    /** Offsets of {@code topic} by partition; fails if the JSON names another topic or is malformed. */
    public static SortedMap<Integer, Long> parse(String json, String topic) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UsageException("offsets are not JSON: " + json);
        }
        if (root == null || !root.isObject()) {
            throw new UsageException("offsets must be a JSON object like {\"" + topic + "\":{\"0\":42}}, got " + json);
        }
        Iterator<String> topics = root.fieldNames();
        while (topics.hasNext()) {
            String name = topics.next();
            if (!name.equals(topic)) {
                throw new UsageException("offsets name topic " + name + " but the topic is " + topic);
            }
        }
        JsonNode partitions = root.get(topic);
        if (partitions == null || !partitions.isObject() || partitions.isEmpty()) {
            throw new UsageException("offsets give no partitions for topic " + topic + ": " + json);
        }
        SortedMap<Integer, Long> result = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = partitions.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            int partition;
            try {
                partition = Integer.parseInt(e.getKey());
            } catch (NumberFormatException ex) {
                throw new UsageException("partition must be a number, got \"" + e.getKey() + "\" in " + json);
            }
            if (!e.getValue().canConvertToLong() || !e.getValue().isIntegralNumber()) {
                throw new UsageException("offset of partition " + partition + " must be a number in " + json);
            }
            result.put(partition, e.getValue().asLong());
        }
        return result;
    }

    public static String format(String topic, Map<Integer, Long> offsets) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode partitions = root.putObject(topic);
        new TreeMap<>(offsets).forEach((p, o) -> partitions.put(String.valueOf(p), o));
        return root.toString();
    }
}
