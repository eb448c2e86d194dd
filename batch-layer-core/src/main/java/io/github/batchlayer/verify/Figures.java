package io.github.batchlayer.verify;

import io.github.batchlayer.pipeline.JournalEntry;

/**
 * Typed access to a journal entry's figures. Numbers come back from JSON as Integer or Long depending on their
 * size, and a hand-edited journal may hold them as text, so everything goes through {@link Number} or parsing.
 */
public final class Figures {
    private Figures() {
    }

    /** The figure as a long, or null when absent or not a number. */
    public static Long longOf(JournalEntry entry, String key) {
        Object value = entry.figures().get(key);
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    public static long longOf(JournalEntry entry, String key, long fallback) {
        Long value = longOf(entry, key);
        return value == null ? fallback : value;
    }

    /** The figure as text, or null when absent. */
    public static String textOf(JournalEntry entry, String key) {
        Object value = entry.figures().get(key);
        return value == null ? null : String.valueOf(value);
    }
}
