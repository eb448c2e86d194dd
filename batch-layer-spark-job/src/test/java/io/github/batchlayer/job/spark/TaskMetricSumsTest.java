package io.github.batchlayer.job.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TaskMetricSumsTest {
    @Test
    void runningFiguresAreReplacedByTheFinalOneAndLateHeartbeatsIgnored() {
        TaskMetricSums sums = new TaskMetricSums();
        sums.running(1, new TaskMetricSums.Sums(100, 1000, 0));
        sums.running(2, new TaskMetricSums.Sums(50, 500, 0));
        sums.running(1, new TaskMetricSums.Sums(300, 3000, 10));   // cumulative per task, not added
        assertEquals(new TaskMetricSums.Sums(350, 3500, 10), sums.total());
        sums.ended(1, new TaskMetricSums.Sums(400, 4000, 20));
        sums.running(1, new TaskMetricSums.Sums(300, 3000, 10));   // a heartbeat delivered after the end
        sums.ended(1, new TaskMetricSums.Sums(400, 4000, 20));     // and a repeated end
        assertEquals(new TaskMetricSums.Sums(450, 4500, 20), sums.total());
        sums.ended(2, TaskMetricSums.Sums.NONE);                   // failed before it measured: its figure goes
        assertEquals(new TaskMetricSums.Sums(400, 4000, 20), sums.total());
    }
}
