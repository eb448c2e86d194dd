package io.github.batchlayer.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What ran, for the report: the launcher, the engine versions, the endpoints and each service's log, written by
 * {@code cluster-up} to {@code cluster-info.json}. Unlike {@code cluster.json}, which {@code cluster-down}
 * deletes (it is the list of things to stop), this stays until the next {@code cluster-up}, so {@code verify},
 * after the cluster is gone, can still say what the figures were computed on.
 */
public record ClusterInfo(String launcher, EngineVersions versions, ClusterEndpoints endpoints,
                          List<ServiceProcess> services, long startedAtMillis, double readySeconds) {

    public static final String FILE_NAME = "cluster-info.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ClusterInfo {
        services = services == null ? List.of() : List.copyOf(services);
    }

    public static ClusterInfo of(ClusterState state, EngineVersions versions) {
        return new ClusterInfo(state.launcher(), versions, state.endpoints(), state.processes(),
                state.startedAtMillis(), state.readySeconds());
    }

    public void write(Path workDir) {
        try {
            Files.createDirectories(workDir);
            JSON.writeValue(workDir.resolve(FILE_NAME).toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + workDir.resolve(FILE_NAME), e);
        }
    }

    /** The last cluster-up's record, or empty when there is none (or it cannot be read: the report says so). */
    public static Optional<ClusterInfo> read(Path workDir) {
        Path file = workDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), ClusterInfo.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
