package io.github.batchlayer.pipeline;

import io.github.batchlayer.job.contract.IngestResult;
import io.github.batchlayer.job.contract.SummarizeResult;

import java.util.Map;
import java.util.Optional;

/**
 * Which record a goal's journal entry carries as its figures: the one place a goal name meets a type, so the
 * journal is read back into records and {@code verify} asks for {@code IngestResult.class}, never for a key.
 * The Spark goals record the job's own result, as the job wrote it.
 */
public final class GoalFigures {
    private static final Map<String, Class<?>> BY_GOAL = Map.of(
            "publish", PublishFigures.class,
            "ingest", IngestResult.class,
            "summarize", SummarizeResult.class);

    private GoalFigures() {
    }

    /** The figures type of {@code goal}; empty for goals that record none. */
    public static Optional<Class<?>> typeOf(String goal) {
        return Optional.ofNullable(goal == null ? null : BY_GOAL.get(goal));
    }
}
