package io.github.batchlayer.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.cluster.ClusterTimeoutException;
import io.github.batchlayer.cluster.docker.DockerUnavailableException;
import io.github.batchlayer.cluster.docker.ImageBuildException;
import io.github.batchlayer.cluster.docker.UnsuitableDockerEngineException;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.concurrent.CompletionException;

/** Each cluster-up failure gets the next step for its cause; only a timeout mentions readyTimeoutSeconds. */
class ClusterUpNextStepTest {

    private final Path logs = Path.of("/p/target/batch-layer/logs");

    private String next(Throwable failure) {
        return ClusterUpNextStep.of(failure, 120, logs);
    }

    @Test
    void aTimeoutSaysRaiseTheTimeout() {
        String step = next(new ClusterTimeoutException("namenode did not answer within 120 s"));
        assertEquals("raise -Dbatch-layer.readyTimeoutSeconds (now 120) on a slow machine; logs are in " + logs, step);
    }

    @Test
    void aServiceThatExitedWhileAnotherWasAwaitedIsNotATimeout() {
        String step = next(new ClusterException("kafka exited (1) while waiting for HDFS",
                new ClusterTimeoutException("HDFS did not answer within 120 s")));
        assertFalse(step.contains("readyTimeoutSeconds"), step);
        assertEquals("logs are in " + logs, step);
    }

    @Test
    void anAbsentDockerEngineNamesDockerHostAndTheWaysOut() {
        String step = next(new CompletionException(new DockerUnavailableException("no Docker engine at unix:///x",
                null)));
        assertTrue(step.contains("DOCKER_HOST"), step);
        assertTrue(step.contains("-Dbatch-layer.launcher=embedded"), step);
        assertFalse(step.contains("readyTimeoutSeconds"), step);
    }

    @Test
    void aDockerEngineOutsideMavensNetworkNamesTheOtherLaunchers() {
        String step = next(new UnsuitableDockerEngineException("the Docker engine is Docker Desktop"));
        assertTrue(step.contains("-Dbatch-layer.launcher=embedded"), step);
        assertTrue(step.contains("-Dbatch-layer.launcher=external"), step);
        assertTrue(step.contains("DOCKER_HOST"), step);
        assertFalse(step.contains("readyTimeoutSeconds") || step.contains("no Docker engine"), step);
    }

    @Test
    void aFailedImageBuildNamesTheOfflineBaseImage() {
        String step = next(new ImageBuildException("building image kafka failed: pull access denied", null));
        assertTrue(step.contains("cluster/build-base-image.sh"), step);
        assertTrue(step.contains("-Dbatch-layer.dockerBaseImage="), step);
        assertFalse(step.contains("readyTimeoutSeconds"), step);
    }

    @Test
    void anythingElsePointsAtTheLogsOnly() {
        assertEquals("logs are in " + logs, next(new IllegalStateException("boom")));
    }
}
