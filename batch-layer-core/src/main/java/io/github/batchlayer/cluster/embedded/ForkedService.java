package io.github.batchlayer.cluster.embedded;

import io.github.batchlayer.cluster.ClusterSettings;
import io.github.batchlayer.cluster.ClusterState;
import io.github.batchlayer.cluster.ServiceProcess;
import io.github.batchlayer.process.ClassDataSharing;
import io.github.batchlayer.process.ForkedJvm;
import io.github.batchlayer.process.JavaProcessSpec;
import io.github.batchlayer.process.JitFlags;
import io.github.batchlayer.process.OwnerWatchdog;
import io.github.batchlayer.process.ParentWatchdog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One long-running service JVM of the embedded cluster: builds its {@link JavaProcessSpec} (wrapped in the
 * {@link ParentWatchdog} when the cluster must not outlive Maven), starts it and describes it for the state file.
 */
final class ForkedService {

    private final JavaProcessSpec spec;
    private Process process;

    private ForkedService(JavaProcessSpec spec) {
        this.spec = spec;
    }

    static ForkedService of(ClusterSettings cluster, String name, List<String> jvmArgs, List<Path> classpath,
                            String mainClass, List<String> args) {
        return of(cluster, name, jvmArgs, classpath, mainClass, args, Map.of());
    }

    /** As above, with extra environment variables (Spark's daemons read SPARK_HOME and SPARK_LOCAL_IP there). */
    static ForkedService of(ClusterSettings cluster, String name, List<String> jvmArgs, List<Path> classpath,
                            String mainClass, List<String> args, Map<String, String> environment) {
        // a cluster bound to this build stops with Maven; one kept running stops when its state file is removed
        OwnerWatchdog owner = cluster.parentPid() != null ? OwnerWatchdog.process(cluster.parentPid())
                : OwnerWatchdog.stateFile(ClusterState.file(cluster.workDir()));
        Path dir = cluster.workDir().resolve(name);
        List<String> flags = new ArrayList<>(List.of(JitFlags.C1_ONLY));
        flags.addAll(jvmArgs);
        return new ForkedService(owner.wrap(new JavaProcessSpec(name, cluster.javaExecutable(), flags, classpath,
                mainClass, args, environment, dir, logFile(cluster, name))));
    }

    /**
     * The options that map the class-data sharing archive of {@code classpath} (recorded by the storage
     * formatting, see {@link StorageFormat}), or none: a daemon runs until cluster-down, so it records nothing.
     */
    static List<String> mappingArchive(ClusterSettings cluster, List<Path> classpath) {
        return ClassDataSharing.mapIfRecorded(cluster.embedded().classDataCache(), cluster.javaExecutable(),
                classpath);
    }

    static Path logFile(ClusterSettings cluster, String name) {
        return cluster.workDir().resolve("logs").resolve(name + ".log").toAbsolutePath();
    }

    ForkedService start() {
        process = ForkedJvm.start(spec);
        return this;
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    String name() {
        return spec.name();
    }

    /** How the JVM ended, for a readiness failure's message. */
    String exitDetail() {
        return process == null || process.isAlive() ? "still running" : "exit code " + process.exitValue();
    }

    Path logFile() {
        return spec.logFile();
    }

    ServiceProcess describe() {
        return new ServiceProcess(spec.name(), process.pid(), ForkedJvm.argFile(spec).toString(),
                spec.logFile().toString());
    }
}
