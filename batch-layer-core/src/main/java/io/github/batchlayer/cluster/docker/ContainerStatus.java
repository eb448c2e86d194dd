package io.github.batchlayer.cluster.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;

/** What the engine says about one container right now. */
record ContainerStatus(boolean exists, boolean running, String health, Long exitCode) {

    static ContainerStatus of(DockerClient docker, String containerId) {
        try {
            InspectContainerResponse.ContainerState state = docker.inspectContainerCmd(containerId).exec().getState();
            String health = state.getHealth() == null ? null : state.getHealth().getStatus();
            return new ContainerStatus(true, Boolean.TRUE.equals(state.getRunning()), health,
                    state.getExitCodeLong());
        } catch (NotFoundException e) {
            return new ContainerStatus(false, false, null, null);
        }
    }

    String describe() {
        if (!exists) {
            return "gone";
        }
        return running ? "running" + (health == null ? "" : " (" + health + ")") : "exited with code " + exitCode;
    }
}
