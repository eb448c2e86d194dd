package io.github.batchlayer.cluster.docker;

import com.github.dockerjava.api.DockerClient;

import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.cluster.Readiness;
import io.github.batchlayer.log.BuildLog;
import io.github.batchlayer.process.LogTail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Waits for one service to answer a real request while watching every container of the cluster: a service that
 * depends on another (HDFS needs its DataNode, the master its worker) is never ready once the other has exited, so
 * any exit ends the wait at once, reported with the log of the container that exited rather than a timeout.
 */
final class ServiceReadiness {

    private final DockerClient docker;
    private final Map<String, String> containerOf;
    private final Duration timeout;
    private final Function<String, Path> logFile;
    private final BuildLog log;

    ServiceReadiness(DockerClient docker, Map<String, String> containerOf, Duration timeout,
                     Function<String, Path> logFile, BuildLog log) {
        this.docker = docker;
        this.containerOf = containerOf;
        this.timeout = timeout;
        this.logFile = logFile;
        this.log = log;
    }

    void await(String service, String description, Readiness.Probe probe) {
        if (!containerOf.containsKey(service)) {
            throw new ClusterException("the compose file has no service '" + service + "'");
        }
        String[] exited = new String[1];
        BooleanSupplier allRunning = () -> {
            for (Map.Entry<String, String> container : containerOf.entrySet()) {
                if (!ContainerStatus.of(docker, container.getValue()).running()) {
                    exited[0] = container.getKey();
                    return false;
                }
            }
            return true;
        };
        long started = System.nanoTime();
        try {
            Readiness.await(description, timeout, allRunning, probe, logFile.apply(service));
        } catch (ClusterException e) {
            if (exited[0] != null && !exited[0].equals(service)) {
                Path other = logFile.apply(exited[0]);
                throw new ClusterException(exited[0] + " exited ("
                        + ContainerStatus.of(docker, containerOf.get(exited[0])).describe() + ") while waiting for "
                        + description + "; last lines of " + other + ":\n" + LogTail.of(other, 40), e);
            }
            throw e;
        }
        log.info(String.format("%s ready after %.1f s more", description, (System.nanoTime() - started) / 1e9));
    }
}
