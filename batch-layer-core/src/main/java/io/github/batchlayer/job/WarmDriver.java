package io.github.batchlayer.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.batchlayer.job.contract.DriverContract;
import io.github.batchlayer.job.contract.WarmDriverProtocol;
import io.github.batchlayer.log.BuildLog;
import io.github.batchlayer.process.ClassDataSharing;
import io.github.batchlayer.process.ForkedJvm;
import io.github.batchlayer.process.JavaProcessSpec;
import io.github.batchlayer.process.JitFlags;
import io.github.batchlayer.process.OwnerWatchdog;
import io.github.batchlayer.process.ProcessStopper;
import io.github.batchlayer.security.PrivateFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cluster's one warm Spark driver, as Maven's side sees it: started in the background ({@link #launch}),
 * given its cluster's settings once they are known ({@link Starting#init}), found by later goals and later
 * {@code mvn} runs through {@code spark-driver/driver.json} in the work directory ({@link #find}), stopped by
 * {@code cluster-down} ({@link #stop}). The driver itself is {@code WarmDriver} of the job module; the goals talk to
 * it through {@link WarmDriverClient}. It is a forked JVM like the others: wrapped in the owner watchdog, logging to
 * {@code logs/spark-driver.log}, stopped by PID only while the PID still runs its argument file.
 */
public final class WarmDriver {
    static final String NAME = "spark-driver";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** The drivers this JVM started: only a parent learns a child's exit code (a killed job's 137). */
    private static final Map<Long, Process> STARTED = new ConcurrentHashMap<>();
    private static final Duration ENDPOINT_WAIT = Duration.ofSeconds(90);

    private WarmDriver() {
    }

    /**
     * What {@code driver.json} records (owner-only; the token stays in the driver's endpoint file).
     *
     * @param owner the watchdog's owner argument, so a restarted driver has the same owner
     * @param classData the class-data sharing archive the driver records as it stops, or null (it maps one, or
     *                  has none)
     */
    public record Record(long pid, String argFile, String logFile, String endpointFile, String owner,
                         DriverFingerprint fingerprint, ClassDataSharing.Recording classData) {

        public boolean alive() {
            return ProcessStopper.isAlive(pid, argFile);
        }

        WarmDriverProtocol.Endpoint endpoint() {
            return WarmDriverProtocol.readEndpoint(Path.of(endpointFile));
        }
    }

    static Path dir(Path workDir) {
        return workDir.resolve(NAME).toAbsolutePath();
    }

    static Path recordFile(Path workDir) {
        return dir(workDir).resolve("driver.json");
    }

    public static Optional<Record> find(Path workDir) {
        Path file = recordFile(workDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Record.class));
        } catch (IOException e) {
            return Optional.empty();    // damaged: no warm driver to use; cluster-down's sweep is by PID anyway
        }
    }

    /**
     * Starts the driver JVM; its SparkSession waits for {@link Starting#init}. Visible {@code spark.*} settings
     * are not on its command line (they come with INIT); secret ones are in an owner-only file the driver deletes
     * once its session has them.
     */
    public static Starting launch(SparkJobSpec spec, OwnerWatchdog owner, BuildLog log) {
        Path workDir = spec.workDir();
        Path logFile = DriverJvm.logs(spec).resolve(NAME + ".log");
        Path endpointFile = dir(workDir).resolve("endpoint.json");
        try {
            Files.createDirectories(dir(workDir));
            Files.deleteIfExists(recordFile(workDir));
            Files.deleteIfExists(endpointFile);
            // the log is appended to, as the services' are: a restarted driver's keeps how the last one ended
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> classpath = DriverJvm.classpath(spec);
        List<String> jvmArgs = new java.util.ArrayList<>(DriverJvm.jvmArgs(spec, DriverJvm.writeLog4j(spec),
                DriverJvm.secrets(spec).resolve(NAME + ".properties"), false, false));
        // first, so that a -XX:TieredStopAtLevel among the user's jobJvmArgs wins (the JVM takes the last one)
        jvmArgs.add(0, JitFlags.C1_ONLY);
        // an OOM anywhere leaves a JVM nobody should trust with the next job: end it, the next goal restarts one
        jvmArgs.add("-XX:+ExitOnOutOfMemoryError");
        jvmArgs.add("-D" + DriverContract.WARM_ENDPOINT_FILE + "=" + endpointFile);
        ClassDataSharing cds = ClassDataSharing.plan(spec.classDataCache(), spec.javaExecutable(),
                OwnerWatchdog.classpathOf(classpath));
        if (cds != null) {
            // without an archive yet, it records one when it stops (SIGTERM dumps it too); stopProcess keeps it
            jvmArgs.addAll(0, cds.jvmArgs());
        }
        JavaProcessSpec process = owner.wrap(new JavaProcessSpec(NAME, spec.javaExecutable(), jvmArgs, classpath,
                DriverContract.WARM_MAIN_CLASS, List.of(), DriverJvm.environment(spec),
                workDir.resolve("spark").toAbsolutePath(), logFile));
        Process started = ForkedJvm.start(process);
        STARTED.put(started.pid(), started);
        log.info("warm Spark driver starting in the background (pid " + started.pid() + ", Spark "
                + spec.sparkVersion() + "), log " + logFile + (cds != null && cds.recording()
                ? "; it records its classes as it stops, for faster starts (once per JDK and Spark version)" : ""));
        return new Starting(started, ForkedJvm.argFile(process), logFile, endpointFile, owner.ownerArgument(),
                cds != null && cds.recording() ? cds.pendingRecording() : null);
    }

    /** A driver JVM started, not yet told its cluster's settings. */
    public static final class Starting {
        private final Process process;
        private final Path argFile;
        private final Path logFile;
        private final Path endpointFile;
        private final String owner;
        private final ClassDataSharing.Recording classData;

        private Starting(Process process, Path argFile, Path logFile, Path endpointFile, String owner,
                         ClassDataSharing.Recording classData) {
            this.process = process;
            this.argFile = argFile;
            this.logFile = logFile;
            this.endpointFile = endpointFile;
            this.owner = owner;
            this.classData = classData;
        }

        public long pid() {
            return process.pid();
        }

        /**
         * Sends the settings known before the cluster is up (the embedded cluster's master), so the SparkSession
         * starts while the services do; {@link #init} later adds the rest. Waits until the driver listens.
         */
        public void early(SparkJobSpec spec) {
            awaitEndpoint();
            WarmDriverClient.init(record(spec), SparkDriverConf.of(spec).visible());
        }

        /**
         * Waits until the driver listens, sends it the settings of {@code spec} (the cluster's endpoints now in
         * it; the SparkSession starts in the background, unless {@link #early} started it) and records it for the
         * goals.
         */
        public Record init(SparkJobSpec spec) {
            awaitEndpoint();
            Record record = record(spec);
            WarmDriverClient.init(record, SparkDriverConf.of(spec).visible());
            write(spec.workDir(), record);
            return record;
        }

        private Record record(SparkJobSpec spec) {
            return new Record(process.pid(), argFile.toString(), logFile.toString(), endpointFile.toString(), owner,
                    DriverFingerprint.of(spec), classData);
        }

        private void awaitEndpoint() {
            long deadline = System.nanoTime() + ENDPOINT_WAIT.toNanos();
            while (!Files.isRegularFile(endpointFile)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the warm driver ended (exit " + process.exitValue()
                            + ") before it listened; see " + logFile);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the warm driver did not listen within "
                            + ENDPOINT_WAIT.toSeconds() + " s; see " + logFile);
                }
                sleep(100);
            }
        }

        /** Stops the JVM (cluster-up failed, or the driver could not be set up). */
        public void abandon() {
            ProcessStopper.stopTree(process.toHandle(), 10);
            DriverJvm.deleteQuietly(endpointFile);
        }
    }

    /** Stops the work directory's warm driver, if one runs, and forgets it. Idempotent. */
    public static void stop(Path workDir, BuildLog log) {
        find(workDir).ifPresent(record -> stopProcess(record, log));
        DriverJvm.deleteQuietly(recordFile(workDir));
        DriverJvm.deleteQuietly(dir(workDir).resolve("endpoint.json"));
    }

    /** Stops the driver's JVM but keeps its record: the next goal with its settings starts a new one. */
    static void stopProcess(Record record, BuildLog log) {
        long started = System.nanoTime();
        Optional<ProcessHandle> process = ProcessStopper.ours(record.pid(), record.argFile());
        if (process.isPresent()) {
            // dumping a first class-data archive (~200 MB) takes seconds; a JVM killed meanwhile leaves half of one
            boolean recording = record.classData() != null;
            boolean asAsked = ProcessStopper.stopTree(process.get(), recording ? 90 : 20);
            log.info(String.format("stopped %s (pid %d) in %.1f s%s", NAME, record.pid(),
                    (System.nanoTime() - started) / 1e9, recording && asAsked ? ", its classes recorded" : ""));
            if (recording) {
                record.classData().finish(asAsked);
            }
        }
        STARTED.remove(record.pid());
    }

    /** The exit code of a driver this JVM started and that has ended; -1 when this JVM cannot know it. */
    static int exitCode(long pid, Duration wait) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isPresent()) {
            try {
                handle.get().onExit().get(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                // still running or not ours to wait for: the code stays unknown
            }
        }
        Process process = STARTED.get(pid);
        return process != null && !process.isAlive() ? process.exitValue() : -1;
    }

    /** Owner-only, and moved into place: a goal never reads half a record. */
    private static void write(Path workDir, Record record) {
        Path file = recordFile(workDir);
        try {
            Path tmp = PrivateFile.write(file.resolveSibling("driver.json.tmp"), JSON.writeValueAsString(record));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the warm driver", e);
        }
    }
}
