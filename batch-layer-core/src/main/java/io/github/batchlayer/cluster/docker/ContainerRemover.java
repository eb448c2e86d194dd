package io.github.batchlayer.cluster.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;

import io.github.batchlayer.log.BuildLog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes the containers of a run or of a whole project, found by label (and by id, for a state file written
 * before labels could be listed). Saves each container's log first, to the file its label names. Idempotent:
 * a container already gone is not an error.
 */
final class ContainerRemover {

    private final DockerClient docker;
    private final ContainerLogs logs;
    private final BuildLog log;

    ContainerRemover(DockerClient docker, BuildLog log) {
        this.docker = docker;
        this.logs = new ContainerLogs(docker);
        this.log = log;
    }

    /** @return how many containers were removed */
    int removeLabelled(String label, String value, Collection<String> alsoIds) {
        Map<String, Container> byId = new java.util.HashMap<>();
        List<Container> listed = new ArrayList<>(docker.listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(label, value)).exec());
        // dependents first, like compose down: newest container first
        listed.sort(java.util.Comparator.comparing((Container c) -> c.getCreated() == null ? 0L : c.getCreated())
                .reversed());
        Set<String> ids = new LinkedHashSet<>();
        for (Container c : listed) {
            ids.add(c.getId());
            byId.put(c.getId(), c);
        }
        ids.addAll(alsoIds);
        List<String> ordered = new ArrayList<>(ids);
        int removed = 0;
        for (String id : ordered) {
            if (remove(id, byId.get(id))) {
                removed++;
            }
        }
        return removed;
    }

    private boolean remove(String id, Container listed) {
        try {
            Map<String, String> labels = listed != null ? listed.getLabels()
                    : docker.inspectContainerCmd(id).exec().getConfig().getLabels();
            String service = labels == null ? id : labels.getOrDefault(ClusterLabels.SERVICE, id);
            String logFile = labels == null ? null : labels.get(ClusterLabels.LOG_FILE);
            if (logFile != null) {
                try {
                    logs.save(id, Path.of(logFile));
                } catch (RuntimeException e) {
                    log.debug("could not save the log of " + service + ": " + e.getMessage());
                }
            }
            long started = System.nanoTime();
            // a stop with a short grace period lets the JVMs exit cleanly; force covers the rest
            try {
                docker.stopContainerCmd(id).withTimeout(10).exec();
            } catch (RuntimeException notRunning) {
                // already stopped, or stopping: removal below covers it
            }
            docker.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
            log.info(String.format("removed container %s (%s) in %.1f s", service, id.substring(0, 12),
                    (System.nanoTime() - started) / 1e9));
            return true;
        } catch (NotFoundException gone) {
            log.debug("container " + id + " was already gone");
            return false;
        }
    }
}
