package io.github.batchlayer.cluster.docker.reaper;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the reaper removes its run, on explicit clock values (no waiting). */
class OwnerTrackerTest {

    @Test
    void aRunNobodyEverOwnedGoesAfterTheFirstOwnerTimeout() {
        OwnerTracker t = new OwnerTracker(1_000, 10_000, 30_000);
        assertFalse(t.reapDue(1_000 + 29_999));
        assertTrue(t.reapDue(1_000 + 30_000));
    }

    @Test
    void anOwnedRunStaysWhileConnectedAndGoesAGracePeriodAfterTheLastOwnerLeft() {
        OwnerTracker t = new OwnerTracker(0, 10_000, 30_000);
        t.connected();
        assertFalse(t.reapDue(1_000_000), "an owner is connected");
        t.connected();
        t.disconnected(2_000_000);
        assertFalse(t.reapDue(3_000_000), "one owner still connected");
        t.disconnected(4_000_000);
        assertFalse(t.reapDue(4_000_000 + 9_999));
        assertTrue(t.reapDue(4_000_000 + 10_000));
    }

    @Test
    void anOwnerReconnectingWithinTheGracePeriodSavesTheRun() {
        OwnerTracker t = new OwnerTracker(0, 10_000, 30_000);
        t.connected();
        t.disconnected(100);
        t.connected();
        assertFalse(t.reapDue(100 + 50_000));
        t.disconnected(60_000);
        assertFalse(t.reapDue(60_000 + 9_000), "the grace period counts from the last disconnect");
        assertTrue(t.reapDue(60_000 + 10_000));
    }

    @Test
    void aKeptRunIsNeverRemovedByTheReaper() {
        OwnerTracker t = new OwnerTracker(0, 10_000, 30_000);
        t.connected();
        t.keep();
        t.disconnected(100);
        assertTrue(t.kept());
        assertFalse(t.reapDue(Long.MAX_VALUE / 2));
    }
}
