package io.github.batchlayer.cluster.docker;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which runs a cluster-up may remove: only those whose reaper is gone, whatever their path says. */
class EngineRunsTest {

    private static EngineRuns.Seen seen(String run, String service, boolean running) {
        return new EngineRuns.Seen(run + "-" + service, "p1", run, service, "batch-layer-p1-" + run + "-" + service,
                running);
    }

    @Test
    void aRunIsOwnedOnlyWhileItsReaperRuns() {
        List<EngineRuns.Run> runs = EngineRuns.group(List.of(
                seen("live", "reaper", true), seen("live", "kafka", true),
                seen("orphan", "kafka", true), seen("orphan", "namenode", false),
                seen("reaper-died", "reaper", false), seen("reaper-died", "kafka", true)));
        assertEquals(List.of("live", "orphan", "reaper-died"), runs.stream().map(EngineRuns.Run::run).toList());
        assertTrue(runs.get(0).owned(), "another checkout's live cluster at the same path");
        assertFalse(runs.get(1).owned(), "no reaper at all: from before reapers, or a reaper removed by hand");
        assertFalse(runs.get(2).owned(), "a reaper that is not running answers for nobody");
        assertEquals(2, runs.get(1).containers().size());
    }

    @Test
    void containersWithoutARunLabelAreNotOurs() {
        assertEquals(List.of(), EngineRuns.group(List.of(new EngineRuns.Seen("x", "p1", null, "?", "x", true))));
    }

    @Test
    void aRunIsDescribedByItsContainersNamesAndStates() {
        EngineRuns.Run run = EngineRuns.group(List.of(seen("r1", "reaper", true), seen("r1", "kafka", false))).get(0);
        assertEquals("run r1 (project p1): batch-layer-p1-r1-reaper, batch-layer-p1-r1-kafka [not running]",
                run.describe());
    }
}
