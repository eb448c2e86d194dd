package io.github.batchlayer.verify;

import io.github.batchlayer.pipeline.JournalEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * Goals that failed earlier in the build, as failsafe does it: the failure was recorded when it happened, the
 * build fails here, after cluster-down has cleaned up.
 */
final class JournalChecks {
    private JournalChecks() {
    }

    static List<Check> check(List<JournalEntry> entries) {
        List<Check> checks = new ArrayList<>();
        for (JournalEntry e : entries) {
            if (e.status() == JournalEntry.Status.FAILED) {
                checks.add(Check.fail(CheckNames.goalFailed(e.goal(), e.execution()), "success",
                        "goal " + e.goal() + " (execution " + e.execution() + ") failed: " + e.message()));
            }
        }
        if (checks.isEmpty()) {
            checks.add(Check.pass(CheckNames.GOALS_SUCCEEDED, "no failed goal",
                    entries.size() + " journal entries, none failed"));
        }
        return checks;
    }
}
