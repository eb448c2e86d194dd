package io.github.batchlayer.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that wraps a forked JVM in {@link ParentWatchdog}: its main becomes the watchdog, whose first
 * argument names the owner (a PID, or {@code state:<pid>:<file>}) and whose second is the real main, and the
 * watchdog's jar joins the classpath. Every fork (service daemons, Spark drivers) goes through {@link #wrap}.
 *
 * @param ownerArgument the watchdog's first argument
 */
public record OwnerWatchdog(String ownerArgument) {

    /** Stop when process {@code pid} (the Maven JVM that forked it) is gone. */
    public static OwnerWatchdog process(long pid) {
        return new OwnerWatchdog(Long.toString(pid));
    }

    /** Stop when the JVM running this code is gone: a driver must not outlive the build that started it. */
    public static OwnerWatchdog thisJvm() {
        return process(ProcessHandle.current().pid());
    }

    /**
     * Stop once {@code stateFile}, having existed, is gone: a cluster kept running across builds; before the file
     * exists, stop when this JVM (the one starting the cluster, which writes the file) is gone.
     */
    public static OwnerWatchdog stateFile(Path stateFile) {
        return new OwnerWatchdog(ParentWatchdog.STATE_PREFIX + ProcessHandle.current().pid() + ":"
                + stateFile.toAbsolutePath());
    }

    /**
     * The classpath a wrapped JVM runs with: {@code classpath} and the watchdog's jar. A class-data archive that
     * such a JVM records holds that jar too, and the JVM refuses the archive once the jar changes, so the
     * archive's identity is this whole classpath.
     */
    public static List<Path> classpathOf(List<Path> classpath) {
        List<Path> wrapped = new ArrayList<>(classpath);
        wrapped.add(ParentWatchdog.location());
        return wrapped;
    }

    /** {@code spec} run under the watchdog, everything else as it was. */
    public JavaProcessSpec wrap(JavaProcessSpec spec) {
        List<Path> classpath = classpathOf(spec.classpath());
        List<String> args = new ArrayList<>();
        args.add(ownerArgument);
        args.add(spec.mainClass());
        args.addAll(spec.args());
        return new JavaProcessSpec(spec.name(), spec.javaExecutable(), spec.jvmArgs(), classpath,
                ParentWatchdog.class.getName(), args, spec.environment(), spec.workDir(), spec.logFile());
    }
}
