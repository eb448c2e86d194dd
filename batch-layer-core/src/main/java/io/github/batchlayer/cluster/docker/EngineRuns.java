package io.github.batchlayer.cluster.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;

import io.github.batchlayer.cluster.docker.reaper.Reaper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The batch-layer runs on an engine, grouped by their containers' run label. A run is owned while its reaper
 * container runs: the reaper removes the run itself once its owner is gone, so a run without a running reaper
 * (the reaper was killed, the engine restarted, or the run is from before reapers) is an orphan that nobody
 * will clean up. That, not the work directory's path, is what lets a cluster-up remove another run's containers.
 */
final class EngineRuns {

    /** One container as listed: just what deciding and telling need. */
    record Seen(String id, String project, String run, String service, String name, boolean running) {

        static Seen of(Container c) {
            Map<String, String> labels = c.getLabels() == null ? Map.of() : c.getLabels();
            String name = c.getNames() == null || c.getNames().length == 0 ? c.getId()
                    : c.getNames()[0].replaceFirst("^/", "");
            return new Seen(c.getId(), labels.get(ClusterLabels.PROJECT), labels.get(ClusterLabels.RUN),
                    labels.getOrDefault(ClusterLabels.SERVICE, "?"), name, "running".equals(c.getState()));
        }
    }

    /** The containers of one run. */
    record Run(String run, String project, List<Seen> containers) {

        /** Its reaper runs: someone (a live build, a kept cluster's reaper) answers for it. */
        boolean owned() {
            return containers.stream().anyMatch(c -> Reaper.SERVICE.equals(c.service()) && c.running());
        }

        /** For messages: {@code run R (project P): kafka, namenode, ...}. */
        String describe() {
            return "run " + run + " (project " + project + "): " + containers.stream()
                    .map(c -> c.name() + (c.running() ? "" : " [not running]")).collect(Collectors.joining(", "));
        }
    }

    private EngineRuns() {
    }

    /** Groups containers by run, in the order first seen; containers without a run label are not ours. */
    static List<Run> group(List<Seen> containers) {
        Map<String, List<Seen>> byRun = new LinkedHashMap<>();
        for (Seen c : containers) {
            if (c.run() != null) {
                byRun.computeIfAbsent(c.run(), r -> new ArrayList<>()).add(c);
            }
        }
        List<Run> runs = new ArrayList<>();
        byRun.forEach((run, seen) -> runs.add(new Run(run, seen.get(0).project(), List.copyOf(seen))));
        return runs;
    }

    /** The runs of one project (work directory path). */
    static List<Run> ofProject(DockerClient docker, String projectId) {
        return group(docker.listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(ClusterLabels.PROJECT, projectId)).exec().stream().map(Seen::of).toList());
    }

    /** Every batch-layer run on the engine, whatever its project. */
    static List<Run> all(DockerClient docker) {
        return group(docker.listContainersCmd().withShowAll(true).withLabelFilter(List.of(ClusterLabels.RUN))
                .exec().stream().map(Seen::of).toList());
    }
}
