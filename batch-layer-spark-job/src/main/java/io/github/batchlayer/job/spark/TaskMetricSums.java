package io.github.batchlayer.job.spark;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Records and bytes of one job so far: the finished tasks' final figures plus the running tasks' latest ones
 * (executors send those with their heartbeats). A task's heartbeat may be delivered after its end event; such a
 * late figure is ignored, so nothing counts twice.
 */
final class TaskMetricSums {
    /** One task's, or the job's, figures. */
    record Sums(long recordsRead, long bytesRead, long bytesWritten) {
        static final Sums NONE = new Sums(0, 0, 0);

        Sums plus(Sums other) {
            return new Sums(recordsRead + other.recordsRead, bytesRead + other.bytesRead,
                    bytesWritten + other.bytesWritten);
        }
    }

    private final Map<Long, Sums> running = new HashMap<>();
    private final Set<Long> ended = new HashSet<>();
    private Sums finished = Sums.NONE;

    /** A running task's figures so far (cumulative for that task, as a heartbeat carries them). */
    synchronized void running(long taskId, Sums soFar) {
        if (!ended.contains(taskId)) {
            running.put(taskId, soFar);
        }
    }

    /** A task ended with these final figures (none when it failed before measuring). */
    synchronized void ended(long taskId, Sums last) {
        running.remove(taskId);
        if (ended.add(taskId)) {
            finished = finished.plus(last);
        }
    }

    synchronized Sums total() {
        Sums total = finished;
        for (Sums s : running.values()) {
            total = total.plus(s);
        }
        return total;
    }
}
