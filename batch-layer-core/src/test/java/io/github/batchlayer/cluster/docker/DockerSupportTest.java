package io.github.batchlayer.cluster.docker;

import com.github.dockerjava.core.RemoteApiVersion;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The small decisions of the docker launcher that need no engine. */
class DockerSupportTest {

    @Test
    void apiVersionIsTheEnginesWhenOlderElseOurs() {
        assertEquals(RemoteApiVersion.VERSION_1_41, DockerEngine.negotiate("1.41"));
        assertEquals(RemoteApiVersion.VERSION_1_44, DockerEngine.negotiate("1.44"));
        // Docker 29 speaks 1.52 and refuses anything below 1.44
        assertEquals(RemoteApiVersion.VERSION_1_44, DockerEngine.negotiate("1.52"));
    }

    @Test
    void settingsDefaultToFreePortsAndAPublicJreBase() {
        DockerSettings defaults = DockerSettings.from(Map.of());
        assertEquals(DockerSettings.DEFAULT_BASE_IMAGE, defaults.baseImage());
        assertEquals(0, defaults.sparkMasterPort());
        DockerSettings given = DockerSettings.from(Map.of(DockerSettings.BASE_IMAGE, " batch-layer/jre:17-bookworm ",
                DockerSettings.SPARK_MASTER_PORT, "7077", DockerSettings.SPARK_MASTER_UI_PORT, ""));
        assertEquals("batch-layer/jre:17-bookworm", given.baseImage());
        assertEquals(7077, given.sparkMasterPort());
        assertEquals(0, given.sparkMasterUiPort());
    }

}
