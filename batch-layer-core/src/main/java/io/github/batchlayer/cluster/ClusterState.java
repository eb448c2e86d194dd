package io.github.batchlayer.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * What {@code cluster-up} started, persisted under {@code target/batch-layer/cluster.json} so that later goals,
 * later Maven invocations and {@code cluster-down} find the endpoints and everything to stop.
 *
 * @param launcher  the launcher's name ({@code embedded}, {@code docker}, {@code external})
 * @param runId     unique id of this start (used in labels and markers)
 * @param endpoints where the services answer
 * @param processes forked JVMs to stop
 * @param containers container ids to remove (docker launcher)
 * @param startedAtMillis wall-clock start time
 * @param readySeconds    how long the cluster took to become ready
 */
public record ClusterState(String launcher, String runId, ClusterEndpoints endpoints, List<ServiceProcess> processes,
                           List<String> containers, long startedAtMillis, double readySeconds) {

    public static final String FILE_NAME = "cluster.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ClusterState {
        processes = processes == null ? List.of() : List.copyOf(processes);
        containers = containers == null ? List.of() : List.copyOf(containers);
    }

    public static Path file(Path workDir) {
        return workDir.resolve(FILE_NAME);
    }

    /** Writes atomically (temp file, then rename) so a reader never sees half a state. */
    public void write(Path workDir) {
        try {
            Files.createDirectories(workDir);
            Path tmp = workDir.resolve(FILE_NAME + ".tmp");
            JSON.writeValue(tmp.toFile(), this);
            Files.move(tmp, file(workDir), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file(workDir), e);
        }
    }

    /** The state of a running cluster, or empty when none was started from this work directory. */
    public static java.util.Optional<ClusterState> read(Path workDir) {
        Path file = file(workDir);
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(JSON.readValue(file.toFile(), ClusterState.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cluster state " + file + ": " + e.getMessage(), e);
        }
    }

    public static void delete(Path workDir) {
        try {
            Files.deleteIfExists(file(workDir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
