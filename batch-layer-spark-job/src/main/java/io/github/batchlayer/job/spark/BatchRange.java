package io.github.batchlayer.job.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.batchlayer.job.contract.OffsetSpan;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What one ingest batch reads: a topic and an offset range per partition. */
public record BatchRange(String topic, SortedMap<Integer, OffsetRange> ranges) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public BatchRange {
        ranges = Collections.unmodifiableSortedMap(new TreeMap<>(ranges));
    }

    public boolean isEmpty() {
        return ranges.values().stream().allMatch(OffsetRange::isEmpty);
    }

    /** Only the partitions with something to read: Spark is given exactly these (option {@code assign}). */
    public BatchRange nonEmptyPartitions() {
        return new BatchRange(topic, ranges.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toMap(e -> e.getKey(), e -> e.getValue(), (a, b) -> a, TreeMap::new)));
    }

    public long offsetCount() {
        return ranges.values().stream().mapToLong(r -> r.until() - r.from()).sum();
    }

    public String startingOffsetsJson() {
        return OffsetsJson.format(topic, ranges.values().stream()
                .collect(Collectors.toMap(OffsetRange::partition, OffsetRange::from)));
    }

    public String endingOffsetsJson() {
        return OffsetsJson.format(topic, ranges.values().stream()
                .collect(Collectors.toMap(OffsetRange::partition, OffsetRange::until)));
    }

    /** Spark's {@code assign} option: {@code {"topic":[0,1]}}. */
    public String assignJson() {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode partitions = root.putArray(topic);
        ranges.keySet().forEach(partitions::add);
        return root.toString();
    }

    /** The ranges as the job's results carry them. */
    public SortedMap<Integer, OffsetSpan> spans() {
        SortedMap<Integer, OffsetSpan> spans = new TreeMap<>();
        ranges.values().forEach(r -> spans.put(r.partition(), new OffsetSpan(r.from(), r.until())));
        return spans;
    }

    /** {@code {"0":[from,until]}}: the form of manifests. */
    public ObjectNode offsetsNode() {
        ObjectNode node = MAPPER.createObjectNode();
        ranges.values().forEach(r -> node.putArray(String.valueOf(r.partition())).add(r.from()).add(r.until()));
        return node;
    }

    @Override
    public String toString() {
        return ranges.values().stream().map(OffsetRange::toString).collect(Collectors.joining(", ", "{", "}"));
    }
}
