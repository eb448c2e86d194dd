package io.github.batchlayer.cluster.docker;

import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.cluster.ClusterTimeoutException;
import io.github.batchlayer.cluster.docker.compose.ComposeService;
import io.github.batchlayer.process.LogTail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Starts services in dependency order, each one as soon as its {@code depends_on} conditions hold, rather than
 * strictly one after another: Kafka, the NameNode and the Spark master boot side by side while the DataNode and the
 * worker wait for theirs. On a two-core machine this roughly halves cluster-up.
 */
final class StartSequence {

    private final DependencyConditions conditions;
    private final Duration timeout;
    private final Function<String, Path> logFile;

    StartSequence(DependencyConditions conditions, Duration timeout, Function<String, Path> logFile) {
        this.conditions = conditions;
        this.timeout = timeout;
        this.logFile = logFile;
    }

    /**
     * @param order       services, dependencies first
     * @param start       starts one service and returns its container id
     * @param containerOf filled with service name to container id as services start (also on failure, so the
     *                    caller can remove what did start)
     */
    void run(List<ComposeService> order, Function<ComposeService, String> start, Map<String, String> containerOf) {
        List<ComposeService> waiting = new ArrayList<>(order);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!waiting.isEmpty()) {
            boolean startedOne = false;
            for (ComposeService service : List.copyOf(waiting)) {
                if (ready(service, containerOf)) {
                    containerOf.put(service.name(), start.apply(service));
                    waiting.remove(service);
                    startedOne = true;
                }
            }
            if (waiting.isEmpty() || startedOne) {
                continue;
            }
            if (System.nanoTime() > deadline) {
                ComposeService blocked = waiting.get(0);
                String dependency = blocked.dependsOn().entrySet().stream()
                        .filter(d -> containerOf.get(d.getKey()) == null || !conditions.isMet(d.getKey(),
                                containerOf.get(d.getKey()), d.getValue(), logFile.apply(d.getKey())))
                        .map(Map.Entry::getKey).findFirst().orElse("?");
                Path log = logFile.apply(dependency);
                throw new ClusterTimeoutException(blocked.name() + " still waits for " + dependency + " ("
                        + blocked.dependsOn().get(dependency) + ") after " + timeout.toSeconds()
                        + " s; last lines of " + log + ":\n" + LogTail.of(log, 40));
            }
            sleep();
        }
    }

    private boolean ready(ComposeService service, Map<String, String> containerOf) {
        for (Map.Entry<String, String> dependency : service.dependsOn().entrySet()) {
            String id = containerOf.get(dependency.getKey());
            if (id == null || !conditions.isMet(dependency.getKey(), id, dependency.getValue(),
                    logFile.apply(dependency.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterException("interrupted while starting the docker cluster", e);
        }
    }
}
