package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.ProgressLine;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Progress of one job while it runs: every {@value #EVERY_SECONDS} s a {@link ProgressLine} from Spark's status
 * tracker (the running stage, tasks done of total) and a listener's sums of the finished tasks' metrics (records
 * and bytes read, bytes written). Registered for one job and removed after it: the warm driver's SparkContext
 * serves one job at a time, so every task it sees meanwhile is this job's.
 */
final class JobProgress extends SparkListener implements AutoCloseable {
    static final int EVERY_SECONDS = 5;

    private final SparkContext context;
    private final String command;
    private final long start = System.nanoTime();
    private final AtomicLong recordsRead = new AtomicLong();
    private final AtomicLong bytesRead = new AtomicLong();
    private final AtomicLong bytesWritten = new AtomicLong();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "batch-layer-progress");
        t.setDaemon(true);
        return t;
    });

    private JobProgress(SparkContext context, String command) {
        this.context = context;
        this.command = command;
    }

    static JobProgress start(SparkContext context, String command) {
        JobProgress progress = new JobProgress(context, command);
        context.addSparkListener(progress);
        progress.ticker.scheduleAtFixedRate(progress::report, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
        return progress;
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
        TaskMetrics metrics = taskEnd.taskMetrics();
        if (metrics == null) {
            return;   // a task that failed before it measured anything
        }
        recordsRead.addAndGet(metrics.inputMetrics().recordsRead());
        bytesRead.addAndGet(metrics.inputMetrics().bytesRead());
        bytesWritten.addAndGet(metrics.outputMetrics().bytesWritten());
    }

    private void report() {
        try {
            int[] active = context.statusTracker().getActiveStageIds();
            Arrays.sort(active);
            ProgressLine.Stage stage = null;
            if (active.length > 0) {
                scala.Option<SparkStageInfo> info = context.statusTracker().getStageInfo(active[0]);
                if (info.isDefined()) {
                    SparkStageInfo s = info.get();
                    stage = new ProgressLine.Stage(s.stageId(), s.name(), s.numCompletedTasks(), s.numTasks());
                }
            }
            JobLog.info(ProgressLine.MARKER + ProgressLine.format(command, stage, Math.max(0, active.length - 1),
                    recordsRead.get(), bytesRead.get(), bytesWritten.get(), JobLog.elapsedSeconds(start)));
        } catch (RuntimeException e) {
            // progress is a courtesy: a status tracker that cannot answer (context stopping) ends nothing
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        context.removeSparkListener(this);
    }
}
