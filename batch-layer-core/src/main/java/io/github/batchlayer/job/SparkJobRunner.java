package io.github.batchlayer.job;

import io.github.batchlayer.cluster.config.Log4jConfigs;
import io.github.batchlayer.job.contract.DriverContract;
import io.github.batchlayer.job.contract.IngestArgs;
import io.github.batchlayer.job.contract.JobArguments;
import io.github.batchlayer.job.contract.JobCommand;
import io.github.batchlayer.job.contract.JobOutcome;
import io.github.batchlayer.job.contract.ResultCodec;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs one command of the batch job ({@code BatchLayerJob ingest|summarize|probe ...}) as the driver in a forked JVM
 * with Spark's jars resolved from Maven Central: Spark never loads in Maven's JVM. The job is an ordinary Spark
 * application, so the master decides where executors run ({@code local[*]} in the driver JVM, or a real
 * cluster). The driver logs to {@code logs/spark-<command>.log}; the job reports through its result file
 * ({@link ResultFiles}, {@link ResultCodec}). What the driver is configured with is {@link SparkDriverConf}'s.
 */
public final class SparkJobRunner {

    private final SparkJobSpec spec;
    private final BuildLog log;

    public SparkJobRunner(SparkJobSpec spec, BuildLog log) {
        this.spec = spec;
        this.log = log;
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
        List<Path> classpath = new ArrayList<>();
        if (spec.hadoopConfDir() != null) {
            // Hadoop's Configuration loads core-site.xml and hdfs-site.xml from the classpath
            classpath.add(spec.hadoopConfDir().toAbsolutePath());
        }
        classpath.addAll(spec.resolver().resolve(sparkCoordinates()));
        classpath.add(spec.jobJar());
        Path logs = spec.workDir().resolve("logs").toAbsolutePath();
        Path logFile = logs.resolve("spark-" + command + ".log");
        Path resultFile = ResultFiles.of(spec.workDir(), jobCommand).toAbsolutePath();
        Path log4j = logs.resolve("spark-log4j2.properties");
        try {
            Files.createDirectories(logs);
            Files.createDirectories(resultFile.getParent());
            Files.deleteIfExists(resultFile);
            Files.deleteIfExists(logFile);
            Files.writeString(log4j, sparkLog4j(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JobArguments<R> line = args.with(jobCommand.resultFile, resultFile.toString());
        Path secrets = spec.workDir().resolve("secrets").toAbsolutePath();
        if (!kafkaProperties.isEmpty()) {
            line = line.with(IngestArgs.KAFKA_PROPERTIES_FILE, PrivateFile.writeProperties(
                    secrets.resolve("kafka-" + command + ".properties"), kafkaProperties).toString());
        }
        Map<String, String> environment = new TreeMap<>();
        environment.put("SPARK_LOCAL_IP", "127.0.0.1");
        if (spec.hadoopConfDir() != null) {
            environment.put("HADOOP_CONF_DIR", spec.hadoopConfDir().toAbsolutePath().toString());
        }

        List<String> jvmArgs = jvmArgs(log4j, secrets.resolve("spark-" + command + ".properties"));
        ClassDataSharing cds = ClassDataSharing.plan(spec.classDataCache(), spec.javaExecutable(), classpath);
        if (cds != null) {
            jvmArgs.addAll(0, cds.jvmArgs());
        }
        // the driver stops itself if Maven dies (kill -9 runs no shutdown hook)
        JavaProcessSpec process = OwnerWatchdog.thisJvm().wrap(new JavaProcessSpec("spark-" + command,
                spec.javaExecutable(), jvmArgs, classpath, DriverContract.MAIN_CLASS, line.toCommandLine(), environment,
                spec.workDir().resolve("spark").toAbsolutePath(), logFile));
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
            deleteQuietly(secrets.resolve("kafka-" + command + ".properties"));
            deleteQuietly(secrets.resolve("spark-" + command + ".properties"));
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
     * Why a driver that exited non-zero failed. A known refusal (another writer, a changed topic) is its message
     * alone: the log adds nothing to it. Another error the job wrote leads a short log tail; without one, the tail
     * is all there is.
     */
    private static JobFailedException failure(String command, int exit, Path logFile, JobOutcome<?> error) {
        if (error != null && error.refused()) {
            return new JobFailedException(command + " refused: " + SensitiveKeys.maskLine(error.error())
                    + " (driver log " + logFile + ")", exit);
        }
        return new JobFailedException(command + " failed (exit " + exit + ")"
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

    private List<String> jvmArgs(Path log4j, Path secretConfFile) {
        List<String> args = new ArrayList<>();
        args.add("-Xmx" + spec.driverMemory());
        args.addAll(SparkJvmFlags.JAVA_17);
        args.add("-Dlog4j2.configurationFile=" + log4j.toUri());
        SparkDriverConf conf = SparkDriverConf.of(spec);
        if (!conf.secret().isEmpty()) {
            args.add("-D" + DriverContract.SECRET_CONF_FILE + "="
                    + PrivateFile.writeProperties(secretConfFile, conf.secret()));
        }
        conf.visible().forEach((k, v) -> args.add("-D" + k + "=" + v));
        args.addAll(spec.extraJvmArgs());
        return args;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover is owner-only and rewritten by the next run
        }
    }

    /** Spark at warn (its info lines drown the job's), the job's own classes at info. */
    private static String sparkLog4j() {
        return Log4jConfigs.log4j2Console("warn", Map.of("io.github.batchlayer", "info"));
    }
}
