package io.github.batchlayer.cluster.docker;

import com.github.dockerjava.api.DockerClient;

import io.github.batchlayer.cluster.docker.reaper.EngineClients;

import java.io.IOException;

/** The launcher's connection to the Docker engine ({@link EngineClients}), failing with what the user can do. */
public final class DockerEngine {

    private DockerEngine() {
    }

    public static DockerClient connect() {
        try {
            return EngineClients.connect();
        } catch (IOException | RuntimeException e) {
            throw new DockerUnavailableException("no Docker engine at " + EngineClients.where() + " ("
                    + rootMessage(e) + "); use launcher=embedded or start Docker (DOCKER_HOST selects another engine)",
                    e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
