package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.ProgressLine;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.util.AccumulatorV2;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import scala.Tuple4;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Progress of one job while it runs: every {@value #EVERY_SECONDS} s a {@link ProgressLine} from Spark's status
 * tracker (the running stage, tasks done of total) and a listener's sums of the tasks' metrics (records and bytes
 * read, bytes written): the finished tasks' and, from the executors' heartbeats, the running ones' so far, since
 * an ingest on two cores is two tasks that end together. Registered for one job and removed after it: the warm
 * driver's SparkContext serves one job at a time, so every task it sees meanwhile is this job's.
 */
final class JobProgress extends SparkListener implements AutoCloseable {
    static final int EVERY_SECONDS = 5;
    // the names of TaskMetrics' accumulators (Spark's InternalAccumulator, not public API, as is
    // TaskMetrics.accumulators(); both stable since Spark 2.0)
    private static final String RECORDS_READ = "internal.metrics.input.recordsRead";
    private static final String BYTES_READ = "internal.metrics.input.bytesRead";
    private static final String BYTES_WRITTEN = "internal.metrics.output.bytesWritten";

    private final SparkContext context;
    private final String command;
    private final long start = System.nanoTime();
    private final TaskMetricSums sums = new TaskMetricSums();
    /** Accumulator id to metric name, for the three metrics progress reports (listener thread only). */
    private final Map<Long, String> metricNames = new HashMap<>();
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
        // a task that failed before it measured anything adds nothing
        sums.ended(taskEnd.taskInfo().taskId(), metrics == null ? TaskMetricSums.Sums.NONE
                : new TaskMetricSums.Sums(metrics.inputMetrics().recordsRead(), metrics.inputMetrics().bytesRead(),
                        metrics.outputMetrics().bytesWritten()));
    }

    /**
     * Heartbeats carry a running task's accumulators by id, without names; the stage's metrics, created on the
     * driver before its tasks, say which ids are records read, bytes read and bytes written.
     */
    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
        TaskMetrics metrics = submitted.stageInfo().taskMetrics();
        if (metrics == null) {
            return;
        }
        for (AccumulatorV2<?, ?> accumulator : CollectionConverters.asJava(metrics.accumulators())) {
            if (accumulator.name().isDefined()) {
                String name = accumulator.name().get();
                if (RECORDS_READ.equals(name) || BYTES_READ.equals(name) || BYTES_WRITTEN.equals(name)) {
                    metricNames.put(accumulator.id(), name);
                }
            }
        }
    }

    /** A heartbeat: each running task's accumulators, cumulative for the task (those still zero left out). */
    @Override
    public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
        for (Tuple4<Object, Object, Object, Seq<AccumulableInfo>> task
                : CollectionConverters.asJava(update.accumUpdates())) {
            long records = 0;
            long read = 0;
            long written = 0;
            for (AccumulableInfo accumulator : CollectionConverters.asJava(task._4())) {
                String name = metricNames.get(accumulator.id());
                if (name == null || accumulator.update().isEmpty()
                        || !(accumulator.update().get() instanceof Long value)) {
                    continue;
                }
                switch (name) {
                    case RECORDS_READ -> records = value;
                    case BYTES_READ -> read = value;
                    default -> written = value;
                }
            }
            sums.running((Long) task._1(), new TaskMetricSums.Sums(records, read, written));
        }
    }

    /** The figures so far (for a test: the log line is the product). */
    TaskMetricSums.Sums soFar() {
        return sums.total();
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
            TaskMetricSums.Sums soFar = sums.total();
            JobLog.info(ProgressLine.MARKER + ProgressLine.format(command, stage, Math.max(0, active.length - 1),
                    soFar.recordsRead(), soFar.bytesRead(), soFar.bytesWritten(), JobLog.elapsedSeconds(start)));
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
