package io.github.batchlayer.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Starts a {@link JavaProcessSpec} as a separate JVM. The JVM options, classpath and arguments are written to a
 * JDK argument file ({@code java @file}) next to the log: classpaths of a few hundred jars would otherwise hit
 * the kernel's per-argument length limit, and the file documents exactly what ran.
 */
public final class ForkedJvm {

    /** The system property every forked JVM carries, naming its service; {@link ProcessStopper} checks it. */
    public static final String SERVICE_MARKER = "batchlayer.service";

    private ForkedJvm() {
    }

    /** Starts the JVM and returns at once; output goes to the spec's log file. */
    public static Process start(JavaProcessSpec spec) {
        try {
            Files.createDirectories(spec.workDir());
            Files.createDirectories(spec.logFile().toAbsolutePath().getParent());
            Path argFile = argFile(spec);
            Files.write(argFile, argumentLines(spec), StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder(spec.javaExecutable().toString(), "@" + argFile)
                    .directory(spec.workDir().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(spec.logFile().toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(spec.environment());
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + spec.name() + " (" + spec.mainClass() + "): "
                    + e.getMessage(), e);
        }
    }

    /**
     * Runs the JVM to completion (for one-shot tools such as storage formatting) and returns its exit code;
     * a JVM still running after the timeout is killed and reported as a failure.
     */
    public static int run(JavaProcessSpec spec, long timeoutSeconds) {
        Process process = start(spec);
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                ProcessStopper.stopTree(process.toHandle(), 5);
                throw new IllegalStateException(spec.name() + " did not finish within " + timeoutSeconds
                        + " s; see " + spec.logFile());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            ProcessStopper.stopTree(process.toHandle(), 5);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + spec.name(), e);
        }
    }

    /** Where the JVM's argument file goes; its absolute path identifies the running JVM as ours. */
    public static Path argFile(JavaProcessSpec spec) {
        return spec.logFile().toAbsolutePath().resolveSibling(spec.name() + ".args");
    }

    static List<String> argumentLines(JavaProcessSpec spec) {
        List<String> lines = new ArrayList<>();
        lines.add(quote("-D" + SERVICE_MARKER + "=" + spec.name()));
        spec.jvmArgs().forEach(a -> lines.add(quote(a)));
        lines.add("-cp");
        lines.add(quote(spec.classpath().stream().map(p -> p.toAbsolutePath().toString())
                .collect(Collectors.joining(java.io.File.pathSeparator))));
        lines.add(spec.mainClass());
        spec.args().forEach(a -> lines.add(quote(a)));
        return lines;
    }

    /** Quoting for JDK argument files: double quotes, with backslashes and quotes escaped. */
    private static String quote(String arg) {
        return "\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
