package io.github.batchlayer.cluster.embedded;

import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.cluster.ClusterSettings;
import io.github.batchlayer.process.ClassDataSharing;
import io.github.batchlayer.process.ForkedJvm;
import io.github.batchlayer.process.JavaProcessSpec;
import io.github.batchlayer.process.JitFlags;
import io.github.batchlayer.process.LogTail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A storage-formatting JVM (Kafka's StorageTool, the NameNode's {@code -format}): a one-shot tool the start
 * awaits. It is a second or two of work spent mostly loading classes, so it runs on the C1 compiler and the serial
 * collector, and it records the class-data sharing archive of its jars when there is none yet: its daemon, started
 * on the same jars, maps that archive (see {@link ForkedService#mappingArchive}).
 */
final class StorageFormat {

    private static final long TIMEOUT_SECONDS = 120;

    private StorageFormat() {
    }

    /** Runs the tool; throws with the tail of its log when it fails. */
    static void run(ClusterSettings cluster, String name, String what, List<String> jvmArgs, List<Path> classpath,
                    String mainClass, List<String> args, Path workDir) {
        ClassDataSharing cds = ClassDataSharing.plan(cluster.embedded().classDataCache(), cluster.javaExecutable(),
                classpath);
        List<String> flags = new ArrayList<>(cds == null ? List.of() : cds.jvmArgs());
        flags.addAll(List.of(JitFlags.C1_ONLY, "-XX:+UseSerialGC"));
        flags.addAll(jvmArgs);
        Path log = ForkedService.logFile(cluster, name);
        int exit = ForkedJvm.run(new JavaProcessSpec(name, cluster.javaExecutable(), flags, classpath, mainClass,
                args, Map.of(), workDir, log), TIMEOUT_SECONDS);
        if (cds != null) {
            cds.finish(exit == 0);
        }
        if (exit != 0) {
            throw new ClusterException(what + " failed (exit " + exit + "); last lines of " + log + ":\n"
                    + LogTail.of(log, 30));
        }
    }
}
