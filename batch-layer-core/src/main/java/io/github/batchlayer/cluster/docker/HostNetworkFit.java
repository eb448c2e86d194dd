package io.github.batchlayer.cluster.docker;

import com.github.dockerjava.api.model.Info;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a Docker engine's host network is this JVM's network, which the docker launcher needs: its containers
 * use host networking and bind 127.0.0.1, and Maven (the Kafka clients, the Spark driver) connects to them there.
 * An engine that runs in a VM (Docker Desktop, colima, Podman machine, any engine when Maven is not on Linux), a
 * rootless engine (its host network is RootlessKit's namespace), a Windows-containers engine, or an engine on
 * another machine or in another container (docker-in-docker, a mounted socket seen from inside Maven's container)
 * starts the containers fine, but their 127.0.0.1 is not Maven's: cluster-up would wait for its timeout and fail
 * with nothing to go on. Decided from the engine's {@code /info} and from what this JVM sees of its own machine,
 * before anything is built or started.
 */
final class HostNetworkFit {

    private HostNetworkFit() {
    }

    /** What the engine says about itself ({@code GET /info}). */
    record Engine(String name, String osType, String operatingSystem, String kernelVersion,
                  List<String> securityOptions) {

        static Engine of(Info info) {
            return new Engine(info.getName(), info.getOsType(), info.getOperatingSystem(), info.getKernelVersion(),
                    info.getSecurityOptions() == null ? List.of() : info.getSecurityOptions());
        }

        String describe() {
            return "'" + operatingSystem + "' (OSType " + osType + ", kernel " + kernelVersion + ", host " + name + ")";
        }
    }

    /**
     * What this JVM sees of its machine.
     *
     * @param osName      {@code os.name}
     * @param hostname    the kernel's host name (the UTS namespace's, as the engine reports its own)
     * @param inContainer whether this JVM runs inside a container
     */
    record Here(String osName, String hostname, boolean inContainer) {

        static Here detect() {
            return new Here(System.getProperty("os.name"), kernelHostname(), runsInContainer());
        }

        private static String kernelHostname() {
            try {
                return Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
            } catch (IOException | RuntimeException e) {
                return null; // not Linux: decided by os.name before the host name matters
            }
        }

        /** Docker writes /.dockerenv into every container, Podman /run/.containerenv. */
        private static boolean runsInContainer() {
            return Files.exists(Path.of("/.dockerenv")) || Files.exists(Path.of("/run/.containerenv"));
        }
    }

    /** Why the engine's host network is not this JVM's, or empty when it is. */
    static Optional<String> problem(Engine engine, Here here) {
        if (!"linux".equalsIgnoreCase(engine.osType())) {
            return Optional.of("the Docker engine runs " + engine.osType() + " containers " + engine.describe()
                    + "; the cluster's images are Linux images");
        }
        if (String.valueOf(engine.operatingSystem()).contains("Docker Desktop")) {
            return Optional.of("the Docker engine is Docker Desktop " + engine.describe() + ": its containers run"
                    + " in a VM, so their host network is the VM's, not this machine's");
        }
        if (!here.osName().toLowerCase(Locale.ROOT).startsWith("linux")) {
            return Optional.of("Maven runs on " + here.osName() + ", so the Linux Docker engine "
                    + engine.describe() + " runs in a VM whose host network is not this machine's");
        }
        if (engine.securityOptions().stream().anyMatch(o -> o.contains("name=rootless"))) {
            return Optional.of("the Docker engine " + engine.describe() + " is rootless: its host network is"
                    + " RootlessKit's namespace, not this machine's");
        }
        if (here.hostname() != null && engine.name() != null && !here.hostname().equalsIgnoreCase(engine.name())) {
            // a container on the host network gets the host's name (Docker's host-network docs), so a
            // different name means another machine, or a container with a network of its own
            return Optional.of(here.inContainer()
                    ? "Maven runs inside a container (host name " + here.hostname() + ") whose network is not the"
                    + " host network of the Docker engine " + engine.describe()
                    + " (run Maven's container with --network host on that engine)"
                    : "the Docker engine " + engine.describe() + " runs on another machine than this one ("
                    + here.hostname() + ")");
        }
        return Optional.empty();
    }
}
