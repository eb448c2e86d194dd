package io.github.batchlayer.pipeline;

import java.util.Optional;

/**
 * One goal's outcome in the run journal.
 *
 * @param goal      goal name (publish, ingest ...)
 * @param execution Maven execution id, to tell two publishes apart
 * @param status    {@link Status}
 * @param seconds   wall time
 * @param message   the error, or why it was skipped, or a one-line summary
 * @param figures   what the goal did, typed per goal ({@link GoalFigures}); null when it has none or failed
 * @param atMillis  when it ended
 */
public record JournalEntry(String goal, String execution, Status status, double seconds, String message,
                           Object figures, long atMillis) {

    public enum Status { OK, FAILED, SKIPPED }

    public JournalEntry {
        if (figures != null && GoalFigures.typeOf(goal).filter(t -> t.isInstance(figures)).isEmpty()) {
            throw new IllegalArgumentException("goal " + goal + " records " + GoalFigures.typeOf(goal)
                    .map(Class::getSimpleName).orElse("no figures") + ", not " + figures.getClass().getSimpleName());
        }
    }

    /** The figures of a successful goal whose figures are of {@code type}, e.g. every ingest's result. */
    public <F> Optional<F> figures(Class<F> type) {
        return status == Status.OK && type.isInstance(figures) ? Optional.of(type.cast(figures)) : Optional.empty();
    }
}
