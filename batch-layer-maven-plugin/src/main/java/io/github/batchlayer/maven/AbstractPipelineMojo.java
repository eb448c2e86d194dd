package io.github.batchlayer.maven;

import io.github.batchlayer.pipeline.JournalEntry;
import io.github.batchlayer.pipeline.RunJournal;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.List;

/**
 * A pipeline goal (publish, ingest, summarize): failsafe-style. Bound to the lifecycle, a failure is recorded in
 * the run journal and the build goes on to {@code cluster-down}; later pipeline goals skip, saying why; and
 * {@code verify} fails the build with the recorded errors. Typed on the command line, a goal fails at once.
 */
public abstract class AbstractPipelineMojo extends AbstractTopicMojo {

    /** Fail at once instead of recording the failure for verify. Unset: at once only on the command line. */
    @Parameter(property = "batch-layer.failFast")
    private Boolean failFast;

    /**
     * What the step reports for the journal: a one-line summary and its figures, of the type
     * {@link io.github.batchlayer.pipeline.GoalFigures} names for the goal.
     */
    protected record StepOutcome(String summary, Object figures) {
    }

    @Override
    protected final void run() throws MojoExecutionException {
        RunJournal journal = new RunJournal(workDir.toPath());
        boolean failAtOnce = failFast != null ? failFast : invokedFromCommandLine();
        List<JournalEntry> failures = journal.failures();
        if (!failAtOnce && !failures.isEmpty()) {
            String why = "an earlier goal failed (" + failures.get(0).goal() + ": " + failures.get(0).message() + ")";
            getLog().warn("skipping " + goal() + ": " + why + "; verify will fail the build");
            journal.append(new JournalEntry(goal(), mojoExecution.getExecutionId(), JournalEntry.Status.SKIPPED, 0,
                    why, null, System.currentTimeMillis()));
            return;
        }
        long started = System.nanoTime();
        try {
            StepOutcome outcome = step();
            journal.append(new JournalEntry(goal(), mojoExecution.getExecutionId(), JournalEntry.Status.OK,
                    (System.nanoTime() - started) / 1e9, outcome.summary(), outcome.figures(),
                    System.currentTimeMillis()));
        } catch (MojoExecutionException | RuntimeException e) {
            if (failAtOnce) {
                // the build fails here and now: nothing is left for verify to judge
                throw e instanceof MojoExecutionException me ? me
                        : new MojoExecutionException(goal() + " failed: " + e.getMessage(), e);
            }
            journal.append(new JournalEntry(goal(), mojoExecution.getExecutionId(), JournalEntry.Status.FAILED,
                    (System.nanoTime() - started) / 1e9, e.getMessage(), null, System.currentTimeMillis()));
            getLog().error(goal() + " failed: " + e.getMessage());
            getLog().error("recorded in " + journal.file() + "; the build goes on to cluster-down and fails in verify");
        }
    }

    /** Does the work; throws on failure with a message that names what was wrong and where. */
    protected abstract StepOutcome step() throws MojoExecutionException;
}
