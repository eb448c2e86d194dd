package io.github.batchlayer.job.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The top-level keys of one JSON object that a schema does not name. {@code from_json} drops such fields
 * silently, so this is how a producer's new field becomes visible. A byte scan (string- and escape-aware, like
 * {@link SingleJsonValue}), not a parse: it runs on messages that are already known to be one object.
 */
final class TopLevelKeys {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TopLevelKeys() {
    }

    /** Keys of the object in {@code json} outside {@code known}, in message order (empty when none). */
    static List<String> unknown(byte[] json, Set<String> known) {
        List<String> unknown = new ArrayList<>(0);
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        boolean hasEscape = false;
        boolean expectKey = false;
        int keyStart = -1;
        for (int i = 0; i < json.length; i++) {
            byte c = json[i];
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                    hasEscape = true;
                } else if (c == '"') {
                    inString = false;
                    if (keyStart >= 0) {
                        String key = key(json, keyStart, i, hasEscape);
                        if (!known.contains(key)) {
                            unknown.add(key);
                        }
                        keyStart = -1;
                    }
                }
            } else if (c == '"') {
                inString = true;
                hasEscape = false;
                if (depth == 1 && expectKey) {
                    keyStart = i + 1;
                    expectKey = false;
                }
            } else if (c == '{' || c == '[') {
                depth++;
                expectKey = depth == 1;
            } else if (c == '}' || c == ']') {
                if (--depth == 0) {
                    break;
                }
            } else if (c == ',' && depth == 1) {
                expectKey = true;
            }
        }
        return unknown;
    }

    private static String key(byte[] json, int from, int to, boolean hasEscape) {
        if (!hasEscape) {
            return new String(json, from, to - from, StandardCharsets.UTF_8);
        }
        try {   // escape sequences: let Jackson decode the string literal
            return JSON.readValue(json, from - 1, to - from + 2, String.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
