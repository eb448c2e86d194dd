package io.github.batchlayer.cluster.docker;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.Info;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The docker launcher's engine check on {@code GET /info} answers (src/test/resources/docker-info):
 * debian12-docker20.json is this project's CI engine as it answered; the others keep the fields that engines of
 * that kind report (Docker Desktop on macOS and on WSL2, Windows containers, colima, rootless, docker-in-docker).
 */
class HostNetworkFitTest {

    private static final HostNetworkFit.Here LINUX_HOST = new HostNetworkFit.Here("Linux", "vm", false);

    @Test
    void aNativeLinuxEngineOnThisMachineFits() throws IOException {
        assertEquals(Optional.empty(), HostNetworkFit.problem(engine("debian12-docker20"), LINUX_HOST));
        // a JVM in a container (or a VM with /.dockerenv, like CI's) whose engine runs beside it, same host name
        assertEquals(Optional.empty(), HostNetworkFit.problem(engine("debian12-docker20"),
                new HostNetworkFit.Here("Linux", "vm", true)));
    }

    @Test
    void dockerDesktopIsNamedWhereverMavenRuns() throws IOException {
        String mac = problem("docker-desktop-macos", new HostNetworkFit.Here("Mac OS X", null, false));
        assertTrue(mac.contains("Docker Desktop") && mac.contains("VM"), mac);
        String wsl = problem("docker-desktop-wsl2", new HostNetworkFit.Here("Windows 11", null, false));
        assertTrue(wsl.contains("Docker Desktop") && wsl.contains("microsoft-standard-WSL2"), wsl);
        // Docker Desktop for Linux runs a VM as well
        String linux = problem("docker-desktop-macos", LINUX_HOST);
        assertTrue(linux.contains("Docker Desktop"), linux);
    }

    @Test
    void anyEngineSeenFromMacOsOrWindowsRunsInAVm() throws IOException {
        String colima = problem("colima-macos", new HostNetworkFit.Here("Mac OS X", null, false));
        assertTrue(colima.contains("Maven runs on Mac OS X") && colima.contains("Ubuntu 24.04 LTS"), colima);
    }

    @Test
    void windowsContainersAreNotLinux() throws IOException {
        String windows = problem("windows-containers", new HostNetworkFit.Here("Windows Server 2022", null, false));
        assertTrue(windows.contains("windows containers"), windows);
    }

    @Test
    void aRootlessEngineHasANetworkOfItsOwn() throws IOException {
        String rootless = problem("rootless-ubuntu", LINUX_HOST);
        assertTrue(rootless.contains("rootless") && rootless.contains("RootlessKit"), rootless);
    }

    @Test
    void anEngineOfAnotherHostNameIsAnotherNetwork() throws IOException {
        // GitLab's docker:dind service seen from the job's container
        String dind = problem("docker-in-docker", new HostNetworkFit.Here("Linux", "runner-x7k2-project-1", true));
        assertTrue(dind.contains("Maven runs inside a container") && dind.contains("--network host")
                && dind.contains("f3c9e1a2b7d4"), dind);
        // DOCKER_HOST=tcp://buildhost:2375 from a workstation
        String remote = problem("debian12-docker20", new HostNetworkFit.Here("Linux", "laptop", false));
        assertTrue(remote.contains("another machine") && remote.contains("laptop"), remote);
    }

    private static String problem(String recorded, HostNetworkFit.Here here) throws IOException {
        return HostNetworkFit.problem(engine(recorded), here).orElseThrow();
    }

    private static HostNetworkFit.Engine engine(String recorded) throws IOException {
        try (InputStream in = HostNetworkFitTest.class.getResourceAsStream("/docker-info/" + recorded + ".json")) {
            Info info = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, Info.class);
            return HostNetworkFit.Engine.of(info);
        }
    }
}
