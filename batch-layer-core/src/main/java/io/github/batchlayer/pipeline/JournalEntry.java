package io.github.batchlayer.pipeline;

import java.util.Map;

/**
 * One goal's outcome in the run journal.
 *
 * @param goal      goal name (publish, ingest ...)
 * @param execution Maven execution id, to tell two publishes apart
 * @param status    {@link Status}
 * @param seconds   wall time
 * @param message   the error, or why it was skipped, or a one-line summary
 * @param figures   goal-specific numbers (records published, rows landed, offsets ...)
 * @param atMillis  when it ended
 */
public record JournalEntry(String goal, String execution, Status status, double seconds, String message,
                           Map<String, Object> figures, long atMillis) {

    public enum Status { OK, FAILED, SKIPPED }

    public JournalEntry {
        figures = figures == null ? Map.of() : Map.copyOf(figures);
    }
}
