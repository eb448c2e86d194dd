package io.github.batchlayer.cluster.probe;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.log.BuildLog;
import io.github.batchlayer.process.LogTail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The readiness sequence of a local cluster, the same for the embedded and the docker launcher: Kafka answers an
 * AdminClient call, HDFS takes a file through WebHDFS (then {@code /tmp} is made world-writable, as the seed's
 * image has it), and a Spark master, when there is one, is ALIVE with a worker. Every wait watches all services of
 * the cluster: a service that depends on another (HDFS on its DataNode, the master on its worker) is never ready
 * once the other has exited, so any exit ends the wait at once, reported with the log of the service that exited.
 * <p>
 * All steps are awaited together against one deadline, each probed on its own thread (the services boot side by
 * side, so the slowest decides when the cluster is ready), and a service's failure is reported as soon as it is
 * seen. While
 * any step is pending, a line every {@value #PROGRESS_SECONDS} s says what is still awaited and why, e.g.
 * {@code cluster-up: waiting for HDFS (DataNode not registered yet), 10 s}.
 */
public record ReadinessSequence(ServiceWatch watch, Duration timeout, BuildLog log) {

    /** How often a line says what is still awaited. */
    static final int PROGRESS_SECONDS = 5;

    /** HDFS user of the probes (WebHDFS's simple authentication). */
    static final String USER = "batchlayer";

    /** How a launcher tells that one of its services has gone. */
    public interface ServiceWatch {

        /** The first service (by its name in the launcher: kafka, namenode ...) no longer running, or empty. */
        Optional<String> exited();

        /** How that service ended, e.g. {@code exit code 1}, for the message. */
        String exitDetail(String service);

        Path logFile(String service);
    }

    /**
     * One wait.
     *
     * @param service     the service whose log explains a failure (its name in the launcher)
     * @param label       what is awaited in a word or two, for progress lines (Kafka, HDFS, Spark master)
     * @param description what is awaited, for messages
     * @param probe       a real request to the service
     */
    public record Step(String service, String label, String description, Readiness.Probe probe) {
    }

    /**
     * The waits for a cluster with these endpoints: Kafka, HDFS, and the Spark master when {@code sparkMasterUi}
     * is not null.
     */
    public static List<Step> steps(ClusterEndpoints endpoints, String sparkMasterUi) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("kafka", "Kafka", "Kafka broker at " + endpoints.kafkaBootstrapServers(),
                // reconnect soon after a refused connection: the broker opens its port just before it is ready
                () -> KafkaProbe.check(endpoints.kafkaBootstrapServers(),
                        Map.of("reconnect.backoff.max.ms", "200"))));
        steps.add(new Step("namenode", "HDFS", "HDFS at " + endpoints.hdfsUri(), () -> {
            WebHdfsProbe.check(endpoints.hdfsHttpUri(), "/tmp/.batch-layer-probe", USER);
            WebHdfsProbe.mkdirs(endpoints.hdfsHttpUri(), "/tmp", "1777", USER);
        }));
        if (sparkMasterUi != null) {
            steps.add(new Step("spark-master", "Spark master", "Spark master at " + endpoints.sparkMaster() + " (UI "
                    + sparkMasterUi + ")", () -> SparkMasterProbe.check(sparkMasterUi, 1)));
        }
        return steps;
    }

    /** Awaits the steps for these endpoints (see {@link #steps}); throws the first failure. */
    public void await(ClusterEndpoints endpoints, String sparkMasterUi) {
        await(steps(endpoints, sparkMasterUi));
    }

    void await(List<Step> steps) {
        long started = System.nanoTime();
        Map<Step, Readiness.Wait> pending = new LinkedHashMap<>();
        Map<Step, Future<Boolean>> probing = new LinkedHashMap<>();
        // a probe can take seconds to fail (Kafka's AdminClient waits out its timeout): each step probes on its
        // own thread, so a slow one never delays noticing that another is ready
        ExecutorService probes = Executors.newFixedThreadPool(steps.size(), r -> {
            Thread t = new Thread(r, "batch-layer-readiness");
            t.setDaemon(true);
            return t;
        });
        try {
            for (Step step : steps) {
                Readiness.Wait wait = new Readiness.Wait(step.description(), timeout, step.probe(),
                        watch.logFile(step.service()), started);
                pending.put(step, wait);
                probing.put(step, probes.submit(() -> probeUntilAnswered(wait)));
            }
            long nextProgress = started + TimeUnit.SECONDS.toNanos(PROGRESS_SECONDS);
            while (true) {
                for (Iterator<Map.Entry<Step, Readiness.Wait>> it = pending.entrySet().iterator(); it.hasNext(); ) {
                    Map.Entry<Step, Readiness.Wait> entry = it.next();
                    Step step = entry.getKey();
                    Optional<String> exited = watch.exited();
                    if (exited.isPresent()) {
                        throw exitedWhileWaiting(step, entry.getValue(), exited.get());
                    }
                    Future<Boolean> probe = probing.get(step);
                    if (probe.isDone()) {
                        if (!answered(probe)) {
                            throw entry.getValue().timedOut();
                        }
                        log.info(String.format("%s ready after %.1f s", step.description(),
                                (System.nanoTime() - started) / 1e9));
                        it.remove();
                    }
                }
                if (pending.isEmpty()) {
                    return;
                }
                if (System.nanoTime() >= nextProgress) {
                    log.info(progressLine(pending, (System.nanoTime() - started) / 1_000_000_000L));
                    nextProgress += TimeUnit.SECONDS.toNanos(PROGRESS_SECONDS);
                }
                Readiness.pause(pending.keySet().iterator().next().description());
            }
        } finally {
            probes.shutdownNow();
        }
    }

    /** Probes until the service answers (true) or the deadline passes (false). */
    private static boolean probeUntilAnswered(Readiness.Wait wait) {
        while (!wait.attempt()) {
            if (wait.overdue()) {
                return false;
            }
            Readiness.pause(wait.service());
        }
        return true;
    }

    private static boolean answered(Future<Boolean> probe) {
        try {
            return probe.get();
        } catch (ExecutionException e) {
            throw ClusterException.of(e, "a readiness probe");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterException("interrupted while waiting for the cluster", e);
        }
    }

    /** E.g. {@code cluster-up: waiting for HDFS (DataNode not registered yet) and Kafka (not listening yet), 10 s}. */
    static String progressLine(Map<Step, Readiness.Wait> pending, long seconds) {
        String what = pending.entrySet().stream()
                .map(e -> e.getKey().label() + " (" + e.getValue().waitingFor() + ")")
                .collect(Collectors.joining(" and "));
        return "cluster-up: waiting for " + what + ", " + seconds + " s";
    }

    private ClusterException exitedWhileWaiting(Step step, Readiness.Wait wait, String exited) {
        if (exited.equals(step.service())) {
            return wait.exited();
        }
        Path other = watch.logFile(exited);
        return new ClusterException(exited + " exited (" + watch.exitDetail(exited) + ") while waiting for "
                + step.description() + "; last lines of " + other + ":\n" + LogTail.of(other, 40), wait.exited());
    }
}
