package io.github.batchlayer.cluster.probe;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.log.BuildLog;
import io.github.batchlayer.process.LogTail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The readiness sequence of a local cluster, the same for the embedded and the docker launcher: Kafka answers an
 * AdminClient call, HDFS takes a file through WebHDFS (then {@code /tmp} is made world-writable, as the seed's
 * image has it), and a Spark master, when there is one, is ALIVE with a worker. Every wait watches all services of
 * the cluster: a service that depends on another (HDFS on its DataNode, the master on its worker) is never ready
 * once the other has exited, so any exit ends the wait at once, reported with the log of the service that exited.
 * <p>
 * Each {@link Step} has its own probe and deadline and depends on no other, so the steps could as well be awaited
 * side by side; they run one after another because the services already boot side by side, and the first service
 * to fail is then the one reported.
 */
public record ReadinessSequence(ServiceWatch watch, Duration timeout, BuildLog log) {

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
     * @param description what is awaited, for messages
     * @param probe       a real request to the service
     */
    public record Step(String service, String description, Readiness.Probe probe) {
    }

    /**
     * The waits for a cluster with these endpoints: Kafka, HDFS, and the Spark master when {@code sparkMasterUi}
     * is not null.
     */
    public static List<Step> steps(ClusterEndpoints endpoints, String sparkMasterUi) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("kafka", "Kafka broker at " + endpoints.kafkaBootstrapServers(),
                () -> KafkaProbe.check(endpoints.kafkaBootstrapServers(), Map.of())));
        steps.add(new Step("namenode", "HDFS at " + endpoints.hdfsUri(), () -> {
            WebHdfsProbe.check(endpoints.hdfsHttpUri(), "/tmp/.batch-layer-probe", USER);
            WebHdfsProbe.mkdirs(endpoints.hdfsHttpUri(), "/tmp", "1777", USER);
        }));
        if (sparkMasterUi != null) {
            steps.add(new Step("spark-master", "Spark master at " + endpoints.sparkMaster() + " (UI "
                    + sparkMasterUi + ")", () -> SparkMasterProbe.check(sparkMasterUi, 1)));
        }
        return steps;
    }

    /** Awaits the steps for these endpoints (see {@link #steps}); throws the first failure. */
    public void await(ClusterEndpoints endpoints, String sparkMasterUi) {
        for (Step step : steps(endpoints, sparkMasterUi)) {
            await(step);
        }
    }

    void await(Step step) {
        String[] exited = new String[1];
        long started = System.nanoTime();
        try {
            Readiness.await(step.description(), timeout, () -> {
                exited[0] = watch.exited().orElse(null);
                return exited[0] == null;
            }, step.probe(), watch.logFile(step.service()));
        } catch (ClusterException e) {
            if (exited[0] != null && !exited[0].equals(step.service())) {
                Path other = watch.logFile(exited[0]);
                throw new ClusterException(exited[0] + " exited (" + watch.exitDetail(exited[0])
                        + ") while waiting for " + step.description() + "; last lines of " + other + ":\n"
                        + LogTail.of(other, 40), e);
            }
            throw e;
        }
        log.info(String.format("%s ready after %.1f s more", step.description(), (System.nanoTime() - started) / 1e9));
    }
}
