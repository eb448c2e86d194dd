package io.github.batchlayer.verify.expect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.batchlayer.dataset.RecordReader;
import io.github.batchlayer.dataset.Slice;
import io.github.batchlayer.dataset.SourceRecord;
import io.github.batchlayer.verify.RangeMerger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The source side of a count-by reconciliation: per value of a dotted field path, the published messages that
 * hold it, counted by a streaming Jackson read of the published slices (no Spark). A message without the value,
 * with a JSON null there, or that is not JSON at all, counts under null, as the Spark side counts it.
 *
 * <p>A value is its text for strings, numbers and booleans, and compact JSON for objects and arrays; numbers
 * are kept exact (no double rounding), and both sides meet in {@link CellValue#canonical} form.
 */
public final class SourceValueCounts {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private SourceValueCounts() {
    }

    /** Counts over every published slice (contiguous slices of one file are read in one pass). */
    public static Map<String, Long> read(List<PublishedFile> published, String path) {
        List<String> segments = List.of(path.split("\\.", -1));
        Map<String, Long> counts = new HashMap<>();
        Map<List<Object>, List<Slice>> byFile = published.stream().collect(Collectors.groupingBy(
                p -> List.of(p.dataset(), p.format()), LinkedHashMap::new,
                Collectors.mapping(PublishedFile::slice, Collectors.toList())));
        byFile.forEach((file, slices) -> {
            for (Slice slice : RangeMerger.mergeContiguous(new ArrayList<>(slices))) {
                try (RecordReader reader = RecordReader.open((Path) file.get(0), (String) file.get(1), slice, null)) {
                    while (reader.hasNext()) {
                        counts.merge(CellValue.canonical(valueOf(reader.next(), segments)), 1L, Long::sum);
                    }
                }
            }
        });
        return counts;
    }

    /** The record's value at the path, or null (also for a message that does not parse). */
    static String valueOf(SourceRecord record, List<String> segments) {
        JsonNode node;
        try {
            node = JSON.readTree(record.json());
        } catch (JsonProcessingException e) {
            return null; // a raw line that is not JSON: the ingest quarantines it, without a value
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (String segment : segments) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(segment);
        }
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue().toPlainString();
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
