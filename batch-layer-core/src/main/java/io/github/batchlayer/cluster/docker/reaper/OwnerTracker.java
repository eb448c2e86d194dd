package io.github.batchlayer.cluster.docker.reaper;

/**
 * When the reaper must remove its run: no owner connected for the grace period, counted from the last owner's
 * disconnect, or from the reaper's start when no owner has connected yet (the owner died before it could). A kept
 * run is never removed by the reaper. Times are the caller's monotonic milliseconds, so this is plain logic.
 */
public final class OwnerTracker {

    private final long graceMillis;
    private final long firstOwnerMillis;
    private int owners;
    private boolean everOwned;
    private boolean kept;
    private long unownedSince;

    /**
     * @param startedAt        when the reaper started accepting
     * @param graceMillis      how long a run may be without an owner once it had one
     * @param firstOwnerMillis how long the first owner may take to connect
     */
    public OwnerTracker(long startedAt, long graceMillis, long firstOwnerMillis) {
        this.graceMillis = graceMillis;
        this.firstOwnerMillis = firstOwnerMillis;
        this.unownedSince = startedAt;
    }

    public synchronized void connected() {
        owners++;
        everOwned = true;
    }

    public synchronized void disconnected(long now) {
        owners = Math.max(0, owners - 1);
        if (owners == 0) {
            unownedSince = now;
        }
    }

    /** The run was handed over to its state file: only cluster-down removes it now. */
    public synchronized void keep() {
        kept = true;
    }

    public synchronized boolean kept() {
        return kept;
    }

    public synchronized boolean reapDue(long now) {
        if (kept || owners > 0) {
            return false;
        }
        return now - unownedSince >= (everOwned ? graceMillis : firstOwnerMillis);
    }
}
