package io.github.batchlayer.cluster.docker;

import com.github.dockerjava.core.RemoteApiVersion;

import io.github.batchlayer.cluster.ClusterSettings;
import io.github.batchlayer.cluster.DockerSettings;
import io.github.batchlayer.cluster.docker.reaper.EngineClients;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The small decisions of the docker launcher that need no engine. */
class DockerSupportTest {

    @Test
    void apiVersionIsTheEnginesWhenOlderElseOurs() {
        assertEquals(RemoteApiVersion.VERSION_1_41, EngineClients.negotiate("1.41"));
        assertEquals(RemoteApiVersion.VERSION_1_44, EngineClients.negotiate("1.44"));
        // Docker 29 speaks 1.52 and refuses anything below 1.44
        assertEquals(RemoteApiVersion.VERSION_1_44, EngineClients.negotiate("1.52"));
    }

    @Test
    void settingsDefaultToFreePortsAndAPublicJreBase() {
        ClusterSettings defaults = ClusterSettings.builder(Path.of("target")).build();
        assertEquals(DockerSettings.DEFAULT_BASE_IMAGE, defaults.docker().baseImage());
        assertEquals(0, defaults.ports().sparkMaster());
        assertEquals(new ClusterSettings.SparkWorker(2, "2g"), defaults.sparkWorker());
        ClusterSettings given = ClusterSettings.builder(Path.of("target"))
                .dockerBaseImage(" batch-layer/jre:17-bookworm ").sparkMasterPort(7077).build();
        assertEquals("batch-layer/jre:17-bookworm", given.docker().baseImage());
        assertEquals(7077, given.ports().sparkMaster());
        assertEquals(0, given.ports().sparkMasterUi());
        assertEquals(DockerSettings.DEFAULT_BASE_IMAGE,
                ClusterSettings.builder(Path.of("target")).dockerBaseImage(" ").build().docker().baseImage());
    }

}
