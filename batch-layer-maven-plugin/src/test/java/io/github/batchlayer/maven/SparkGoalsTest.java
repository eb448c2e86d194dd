package io.github.batchlayer.maven;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SparkGoalsTest {

    @Test
    void goalsTypedAloneRunNoneOfTheProjectsBindings() {
        assertFalse(SparkGoals.runsBindings(List.of("batch-layer:cluster-up")));
        assertFalse(SparkGoals.runsBindings(List.of("batch-layer:cluster-down", "batch-layer:verify@check")));
    }

    @Test
    void aPhaseRunsTheBindings() {
        assertTrue(SparkGoals.runsBindings(List.of("verify")));
        assertTrue(SparkGoals.runsBindings(List.of("clean", "batch-layer:cluster-up", "post-integration-test")));
    }
}
