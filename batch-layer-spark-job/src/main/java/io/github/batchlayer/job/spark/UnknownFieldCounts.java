package io.github.batchlayer.job.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * Counts, per name, the top-level fields of landed messages that the schema does not name (and which are
 * therefore dropped), from each message's {@link ObjectScan}. An aggregate, so it rides in the landing pass's {@link org.apache.spark.sql.Observation}
 * next to the other counts: no second pass. Null inputs (the messages that do not land) count nothing. The result
 * is a JSON object text ({@code {"name":count}}), the one shape an aggregate can hand back without a Scala map.
 */
final class UnknownFieldCounts extends Aggregator<String, HashMap<String, Long>, String> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public HashMap<String, Long> zero() {
        return new HashMap<>();
    }

    @Override
    public HashMap<String, Long> reduce(HashMap<String, Long> counts, String scan) {
        for (String key : ObjectScan.unknownKeys(scan)) {
            counts.merge(key, 1L, Long::sum);
        }
        return counts;
    }

    @Override
    public HashMap<String, Long> merge(HashMap<String, Long> a, HashMap<String, Long> b) {
        b.forEach((k, v) -> a.merge(k, v, Long::sum));
        return a;
    }

    @Override
    public String finish(HashMap<String, Long> counts) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(counts));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Encoder<HashMap<String, Long>> bufferEncoder() {
        return Encoders.javaSerialization((Class<HashMap<String, Long>>) (Class<?>) HashMap.class);
    }

    @Override
    public Encoder<String> outputEncoder() {
        return Encoders.STRING();
    }

    /** The counts {@link #finish} wrote, by name. */
    static Map<String, Long> parse(String counts) {
        try {
            return counts == null ? Map.of() : JSON.readValue(counts, new TypeReference<TreeMap<String, Long>>() { });
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
