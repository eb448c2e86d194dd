package io.github.batchlayer.job;

import io.github.batchlayer.job.contract.DriverContract;
import io.github.batchlayer.job.contract.IngestArgs;
import io.github.batchlayer.job.contract.JobArguments;
import io.github.batchlayer.job.contract.JobCommand;
import io.github.batchlayer.job.contract.JobOutcome;
import io.github.batchlayer.job.contract.ResultCodec;
import io.github.batchlayer.job.contract.WarmDriverProtocol;
import io.github.batchlayer.log.BuildLog;
import io.github.batchlayer.process.ClassDataSharing;
import io.github.batchlayer.process.ForkedJvm;
import io.github.batchlayer.process.JavaProcessSpec;
import io.github.batchlayer.process.LogTail;
import io.github.batchlayer.process.OwnerWatchdog;
import io.github.batchlayer.security.PrivateFile;
import io.github.batchlayer.security.SensitiveKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one command of the batch job ({@code BatchLayerJob ingest|summarize|probe ...}) as the driver in a forked JVM
 * with Spark's jars resolved from Maven Central: Spark never loads in Maven's JVM. The job is an ordinary Spark
 * application, so the master decides where executors run ({@code local[*]} in the driver JVM, or a real
 * cluster). The driver logs to {@code logs/spark-<command>.log}; the job reports through its result file
 * ({@link ResultFiles}, {@link ResultCodec}). What the driver is configured with is {@link SparkDriverConf}'s.
 * With {@link Options#warmDriver()} the command runs on the cluster's warm driver ({@link WarmDriver}) when its
 * settings are the goal's ({@link DriverChoice}), with the same log, result file and failure messages.
 */
public final class SparkJobRunner {
    private static final String NAME_PREFIX = "spark-";

    private final SparkJobSpec spec;
    private final BuildLog log;
    private final Options options;

    /**
     * How a goal's job finds its driver.
     *
     * @param warmDriver run on the cluster's warm driver when there is one with the same settings
     * @param showLogs   stream the job's driver log into the build output while it runs
     * @param warmDriverMaxRecords the most input records a job runs with on a local-mode warm driver (0: any); a
     *                   larger one is handed back and runs on a fresh driver, which has the full JIT
     *                   ({@link io.github.batchlayer.process.JitFlags})
     */
    public record Options(boolean warmDriver, boolean showLogs, long warmDriverMaxRecords) {
        public static final Options FRESH = new Options(false, false, 0);
    }

    public SparkJobRunner(SparkJobSpec spec, BuildLog log) {
        this(spec, log, Options.FRESH);
    }

    public SparkJobRunner(SparkJobSpec spec, BuildLog log, Options options) {
        this.spec = spec;
        this.log = log;
        this.options = options;
    }

    public List<String> sparkCoordinates() {
        return sparkCoordinates(spec.scalaBinary(), spec.sparkVersion());
    }

    /** What the driver needs, and what executors need too (the docker launcher's Spark image holds the same). */
    public static List<String> sparkCoordinates(String scalaBinary, String sparkVersion) {
        return SparkArtifacts.driver(scalaBinary, sparkVersion);
    }

    /** Runs the command and returns its result; {@link JobFailedException} when it failed. */
    public <R> R run(JobArguments<R> args) {
        return run(args, Map.of());
    }

    /**
     * As {@link #run(JobArguments)}, with Kafka client properties for the job. They go to the driver in a file
     * only the user can read ({@code --kafka-properties-file}), never on its command line: they often hold a
     * JAAS config or a truststore password.
     */
    public <R> R run(JobArguments<R> args, Map<String, String> kafkaProperties) {
        JobCommand<R> jobCommand = args.command();
        String command = jobCommand.name();
        Path logFile = DriverJvm.logs(spec).resolve(NAME_PREFIX + command + ".log");
        Path resultFile = ResultFiles.of(spec.workDir(), jobCommand).toAbsolutePath();
        try {
            Files.createDirectories(logFile.getParent());
            Files.createDirectories(resultFile.getParent());
            Files.deleteIfExists(resultFile);
            Files.deleteIfExists(logFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JobArguments<R> line = args.with(jobCommand.resultFile, resultFile.toString());
        Path kafkaFile = DriverJvm.secrets(spec).resolve("kafka-" + command + ".properties");
        if (!kafkaProperties.isEmpty()) {
            line = line.with(IngestArgs.KAFKA_PROPERTIES_FILE,
                    PrivateFile.writeProperties(kafkaFile, kafkaProperties).toString());
        }
        int exit;
        try (DriverLogRelay relay = DriverLogRelay.follow(logFile, NAME_PREFIX + command, log, options.showLogs())) {
            Integer warm = options.warmDriver() ? runOnWarmDriver(command, line, logFile) : null;
            exit = warm != null ? warm : runOnFreshDriver(command, line, logFile);
        } finally {
            // the driver read them when the command started; they need not outlive the run on disk
            DriverJvm.deleteQuietly(kafkaFile);
        }
        if (exit != 0) {
            throw failure(command, exit, logFile, jobError(resultFile, jobCommand));
        }
        if (!Files.isRegularFile(resultFile)) {
            throw new JobFailedException(command + " ended without a result file " + resultFile + "; see " + logFile,
                    exit);
        }
        JobOutcome<R> outcome;
        try {
            outcome = ResultCodec.read(resultFile, jobCommand);
        } catch (UncheckedIOException e) {
            throw new JobFailedException(e.getCause().getMessage() + "; see " + logFile, exit);
        }
        if (outcome.failed()) {
            throw new JobFailedException(command + " failed: " + SensitiveKeys.maskLine(outcome.error()) + "; see "
                    + logFile, exit);
        }
        return outcome.result();
    }

    /**
     * The job on the cluster's warm driver: its exit code, as a fresh driver's would be, or null when it must run
     * on a fresh driver instead (said in one line when the user did not ask for that). A warm driver that died is
     * replaced first, so this goal and the ones after it find a healthy one.
     */
    private Integer runOnWarmDriver(String command, JobArguments<?> line, Path logFile) {
        Optional<WarmDriver.Record> found = WarmDriver.find(spec.workDir());
        DriverChoice choice = DriverChoice.decide(true, found, found.map(WarmDriver.Record::alive).orElse(false),
                DriverFingerprint.of(spec));
        if (choice.kind() == DriverChoice.Kind.FRESH) {
            if (choice.reason() != null) {
                log.info(command + ": a fresh driver, not the warm one: " + choice.reason());
                if (spec.remoteExecutors() && found.get().alive()) {
                    // a standalone master gives the warm application the worker's cores: the fresh one would wait
                    log.info(command + ": stopping the warm driver, which holds the executors the fresh one needs;"
                            + " a later goal with its settings starts it again");
                    WarmDriver.stopProcess(found.get(), log);
                }
            }
            return null;
        }
        WarmDriver.Record driver = found.get();
        if (choice.kind() == DriverChoice.Kind.RESTART) {
            log.info(command + ": " + choice.reason() + "; starting a new warm driver for this goal and the next");
            try {
                driver = WarmDriver.launch(spec, new OwnerWatchdog(driver.owner()), log).init(spec);
            } catch (RuntimeException e) {
                log.warn(command + ": a fresh driver, the warm one could not be restarted: " + e.getMessage());
                return null;
            }
        }
        log.info(String.format("%s: Spark %s driver (master %s, the warm one: pid %d), log %s", command,
                spec.sparkVersion(), spec.master(), driver.pid(), logFile));
        WarmDriverProtocol.Response response;
        try {
            // remote executors run on the cluster's own JVMs: the warm driver's JIT only plans there
            response = WarmDriverClient.run(driver, line.toCommandLine(), logFile.toString(),
                    DriverJvm.testHooks(spec.extraJvmArgs()), spec.remoteExecutors() ? 0
                            : options.warmDriverMaxRecords(), spec.timeout());
        } catch (WarmDriverClient.DriverDiedException e) {
            int exit = WarmDriver.exitCode(driver.pid(), java.time.Duration.ofSeconds(20));
            log.warn(command + ": the warm driver (pid " + driver.pid() + ") ended during the job (" + e.getMessage()
                    + "); the next goal starts a new one");
            return exit == 0 ? -1 : exit;
        } catch (UncheckedIOException e) {
            // its endpoint is unreadable or nobody listens there: the job never started
            log.info(command + ": a fresh driver, not the warm one: " + e.getMessage());
            return null;
        } catch (java.net.SocketTimeoutException e) {
            WarmDriver.stopProcess(driver, log);
            throw new IllegalStateException(NAME_PREFIX + command + " did not finish within "
                    + spec.timeout().toSeconds() + " s; the warm driver was stopped; see " + logFile);
        }
        if (response.status() == WarmDriverProtocol.Status.HANDED_BACK) {
            log.info(command + ": a fresh driver, not the warm one: " + response.reason() + " (warmDriverMaxRecords="
                    + options.warmDriverMaxRecords() + ")");
            return null;
        }
        if (response.status() != WarmDriverProtocol.Status.DONE) {
            log.info(command + ": a fresh driver, not the warm one: " + response.reason());
            return null;
        }
        return response.exitCode();
    }

    /** The job in a driver JVM of its own, started for it and gone after it (the behaviour without a warm one). */
    private int runOnFreshDriver(String command, JobArguments<?> line, Path logFile) {
        List<Path> classpath = DriverJvm.classpath(spec);
        Path secretConf = DriverJvm.secrets(spec).resolve(NAME_PREFIX + command + ".properties");
        List<String> jvmArgs = new ArrayList<>(DriverJvm.jvmArgs(spec, DriverJvm.writeLog4j(spec), secretConf, true,
                true));
        ClassDataSharing cds = ClassDataSharing.plan(spec.classDataCache(), spec.javaExecutable(),
                OwnerWatchdog.classpathOf(classpath));
        if (cds != null) {
            jvmArgs.addAll(0, cds.jvmArgs());
        }
        // the driver stops itself if Maven dies (kill -9 runs no shutdown hook)
        JavaProcessSpec process = OwnerWatchdog.thisJvm().wrap(new JavaProcessSpec(NAME_PREFIX + command,
                spec.javaExecutable(), jvmArgs, classpath, DriverContract.MAIN_CLASS, line.toCommandLine(),
                DriverJvm.environment(spec), spec.workDir().resolve("spark").toAbsolutePath(), logFile));
        log.info(String.format("%s: Spark %s driver (master %s, %d jars), log %s", command, spec.sparkVersion(),
                spec.master(), process.classpath().size(), logFile));
        if (cds != null && cds.recording()) {
            log.info(command + ": recording the driver's classes for faster starts (once per JDK and Spark version,"
                    + " in " + spec.classDataCache() + ")");
        }
        int exit = -1;
        try {
            exit = ForkedJvm.run(process, spec.timeout().toSeconds());
        } finally {
            if (cds != null) {
                cds.finish(exit == 0);
            }
            // the driver read its secrets at start; they need not outlive the run on disk
            DriverJvm.deleteQuietly(secretConf);
        }
        return exit;
    }

    /**
     * Why a driver that exited non-zero failed. A known refusal (another writer, a changed topic) is its message
     * alone: the log adds nothing to it. Another error the job wrote leads a short log tail; without one, the tail
     * is all there is.
     */
    private static JobFailedException failure(String command, int exit, Path logFile, JobOutcome<?> error) {
        if (error != null && error.refused()) {
            return new JobFailedException(command + " refused: " + SensitiveKeys.maskLine(error.error())
                    + " (driver log " + logFile + ")", exit);
        }
        return new JobFailedException(command + " failed (" + (exit == -1 ? "the warm driver ended, exit code unknown"
                : "exit " + exit) + ")"
                + (error == null ? "" : ": " + SensitiveKeys.maskLine(error.error())) + "; last lines of " + logFile
                + ":\n" + SensitiveKeys.maskLine(LogTail.of(logFile, error == null ? 25 : 10)), exit);
    }

    /** The error a failed job wrote into its result file (it does when Spark started), or null. */
    private static JobOutcome<?> jobError(Path resultFile, JobCommand<?> command) {
        if (!Files.isRegularFile(resultFile)) {
            return null; // the driver died before writing one; the log tail tells
        }
        try {
            JobOutcome<?> outcome = ResultCodec.read(resultFile, command);
            return outcome.failed() ? outcome : null;
        } catch (UncheckedIOException e) {
            return null;
        }
    }
}
