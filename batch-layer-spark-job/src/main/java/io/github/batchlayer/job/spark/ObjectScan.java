package io.github.batchlayer.job.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.api.java.UDF1;

/**
 * One byte scan of a message (string- and escape-aware bracket depth, not a parse), for what {@code from_json}
 * does not tell: whether the message holds one JSON value and nothing after it, and which top-level keys of the
 * object the schema does not name.
 *
 * <ul>
 *   <li>Spark's JSON readers ({@code from_json}, {@code try_parse_json}) stop after the first value, so
 *       {@code {"keen_id":...} garbage} or two records glued together would otherwise land as one good row and
 *       lose the rest silently.</li>
 *   <li>{@code from_json} drops fields the schema does not name silently, so this is how a producer's new field
 *       becomes visible (counted, or quarantined).</li>
 * </ul>
 *
 * <p>Both answers come from the same scan because it is a per-message cost of every ingest (a few microseconds
 * for a 2.7 KB record, as much as a third of Jackson's full parse): strings, most of a record, are skipped in a
 * tight loop, and a key is compared as bytes with the schema's names, so a message without unknown keys allocates
 * nothing. The answer is one string column: null when the message is not a single value, {@code ""} when it has no
 * unknown key, else the unknown keys as a JSON array text in message order (keys are arbitrary text; the array is
 * rare, so Jackson writes and reads it).
 */
final class ObjectScan implements UDF1<byte[], String>, Serializable {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The schema's top-level names, and as UTF-8 to compare with each key's bytes. */
    private final Set<String> knownKeys;
    private final byte[][] known;

    ObjectScan(Set<String> knownKeys) {
        this.knownKeys = Set.copyOf(knownKeys);
        this.known = knownKeys.stream().map(k -> k.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    }

    @Override
    public String call(byte[] json) {
        return json == null ? null : scan(json);
    }

    /** See the class comment: null, {@code ""} or a JSON array of the unknown keys. */
    String scan(byte[] json) {
        int n = json.length;
        int depth = 0;
        boolean expectKey = false;
        List<String> unknown = null;
        int i = 0;
        while (i < n) {
            byte c = json[i];
            if (c == '"') {
                int start = i + 1;
                int end = start;
                boolean escapes = false;
                while (end < n && json[end] != '"') {
                    if (json[end] == '\\') {
                        escapes = true;
                        end++;
                    }
                    end++;
                }
                if (end >= n) {
                    return null; // an unterminated string: not one whole value
                }
                if (depth == 1 && expectKey) {
                    expectKey = false;
                    String key = escapes ? decode(json, start, end) : null;
                    if (escapes ? !knownKeys.contains(key) : !isKnown(json, start, end)) {
                        if (unknown == null) {
                            unknown = new ArrayList<>(1);
                        }
                        unknown.add(escapes ? key : new String(json, start, end - start, StandardCharsets.UTF_8));
                    }
                }
                i = end + 1;
                continue;
            }
            if (c == '{' || c == '[') {
                depth++;
                expectKey = depth == 1;
            } else if (c == '}' || c == ']') {
                if (--depth == 0) {
                    i++;
                    break;
                }
            } else if (c == ',' && depth == 1) {
                expectKey = true;
            }
            i++;
        }
        if (depth != 0) {
            return null;
        }
        for (; i < n; i++) {
            byte c = json[i];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return null;
            }
        }
        return unknown == null ? "" : write(unknown);
    }

    /** The scan's answer for a single value with these unknown keys (message order): {@code ""} when none. */
    static String scanText(List<String> unknownKeys) {
        return unknownKeys.isEmpty() ? "" : write(unknownKeys);
    }

    /** Whether the scan said "one value" ({@link #scan} not null). */
    static boolean singleValue(String scan) {
        return scan != null;
    }

    /** The unknown keys a scan found, in message order (empty when none, or when it was not a single value). */
    static List<String> unknownKeys(String scan) {
        if (scan == null || scan.isEmpty()) {
            return List.of();
        }
        try {
            return JSON.readValue(scan, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean isKnown(byte[] json, int from, int to) {
        int length = to - from;
        for (byte[] k : known) {
            if (k.length == length && Arrays.equals(json, from, to, k, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /** A key with escape sequences: Jackson decodes the string literal. */
    private static String decode(byte[] json, int from, int to) {
        try {
            return JSON.readValue(json, from - 1, to - from + 2, String.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(List<String> keys) {
        try {
            return JSON.writeValueAsString(keys);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
