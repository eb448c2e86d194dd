package io.github.batchlayer.cluster.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;

import io.github.batchlayer.cluster.docker.reaper.EngineClients;

import java.io.IOException;

/**
 * The launcher's connection to the Docker engine ({@link EngineClients}), failing with what the user can do. The
 * probe's {@code /info} is checked first: an engine whose host network is not this machine's (Docker Desktop, a
 * VM, rootless, another machine or container, see {@link HostNetworkFit}) is refused at once, since the
 * containers' 127.0.0.1 would not be Maven's.
 */
public final class DockerEngine {

    private DockerEngine() {
    }

    public static DockerClient connect() {
        String host = EngineClients.where();
        String source = addressSource();
        EngineClients.Probe probe;
        try {
            probe = EngineClients.probe();
        } catch (IOException | RuntimeException e) {
            throw new DockerUnavailableException("no Docker engine at " + host + " (" + source + "; " + rootMessage(e)
                    + "); use launcher=embedded or start Docker (DOCKER_HOST selects another engine)", e);
        }
        HostNetworkFit.problem(HostNetworkFit.Engine.of(probe.info()), HostNetworkFit.Here.detect())
                .ifPresent(problem -> {
                    throw new UnsuitableDockerEngineException(problem + "; the docker launcher needs host networking"
                            + " on a Linux engine that shares this machine's network (engine at " + host + ", "
                            + source + ")");
                });
        return EngineClients.connect(probe);
    }

    /** Where docker-java took the engine's address from (its system property wins over the environment). */
    private static String addressSource() {
        if (System.getProperty(DefaultDockerClientConfig.DOCKER_HOST) != null) {
            return "from -DDOCKER_HOST";
        }
        String host = System.getenv(DefaultDockerClientConfig.DOCKER_HOST);
        return host != null && !host.isBlank() ? "from DOCKER_HOST" : "DOCKER_HOST is unset";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
