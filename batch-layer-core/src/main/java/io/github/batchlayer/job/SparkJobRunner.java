package io.github.batchlayer.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.batchlayer.log.BuildLog;
import io.github.batchlayer.process.ForkedJvm;
import io.github.batchlayer.process.JavaProcessSpec;
import io.github.batchlayer.process.LogTail;
import io.github.batchlayer.process.ParentWatchdog;

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
 * Runs one command of the batch job ({@code BatchLayerJob ingest|summarize ...}) as the driver in a forked JVM
 * with Spark's jars resolved from Maven Central: Spark never loads in Maven's JVM. The job is an ordinary Spark
 * application, so the master decides where executors run ({@code local[*]} in the driver JVM, or a real
 * cluster). The driver logs to {@code logs/spark-<command>.log}; the job reports through a JSON result file.
 */
public final class SparkJobRunner {

    public static final String MAIN_CLASS = "io.github.batchlayer.job.spark.BatchLayerJob";
    private static final ObjectMapper JSON = new ObjectMapper();

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
        String suffix = "_" + scalaBinary + ":" + sparkVersion;
        return List.of("org.apache.spark:spark-sql" + suffix, "org.apache.spark:spark-sql-kafka-0-10" + suffix);
    }

    /**
     * Runs the command and returns its result document.
     *
     * @param command  ingest or summarize
     * @param args     the command's options ({@code --topic}, ...); {@code --result-file} is added here
     */
    public JsonNode run(String command, List<String> args) {
        List<Path> classpath = new ArrayList<>(spec.resolver().resolve(sparkCoordinates()));
        classpath.add(spec.jobJar());
        classpath.add(ParentWatchdog.location());
        Path logs = spec.workDir().resolve("logs").toAbsolutePath();
        Path logFile = logs.resolve("spark-" + command + ".log");
        Path resultFile = spec.workDir().resolve("results").resolve(command + ".json").toAbsolutePath();
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
        List<String> programArgs = new ArrayList<>();
        // the driver stops itself if Maven dies (kill -9 runs no shutdown hook)
        programArgs.add(Long.toString(ProcessHandle.current().pid()));
        programArgs.add(MAIN_CLASS);
        programArgs.add(command);
        programArgs.addAll(args);
        programArgs.add("--result-file");
        programArgs.add(resultFile.toString());

        JavaProcessSpec process = new JavaProcessSpec("spark-" + command, spec.javaExecutable(),
                jvmArgs(log4j), classpath, ParentWatchdog.class.getName(), programArgs,
                Map.of("SPARK_LOCAL_IP", "127.0.0.1"), spec.workDir().resolve("spark").toAbsolutePath(), logFile);
        log.info(String.format("%s: Spark %s driver (master %s, %d jars), log %s", command, spec.sparkVersion(),
                spec.master(), classpath.size(), logFile));
        int exit = ForkedJvm.run(process, spec.timeout().toSeconds());
        if (exit != 0) {
            throw new JobFailedException(command + " failed (exit " + exit + "); last lines of " + logFile + ":\n"
                    + LogTail.of(logFile, 25), exit);
        }
        try {
            return JSON.readTree(resultFile.toFile());
        } catch (IOException e) {
            throw new JobFailedException(command + " ended without a result file " + resultFile + "; see " + logFile,
                    exit);
        }
    }

    private List<String> jvmArgs(Path log4j) {
        List<String> args = new ArrayList<>();
        args.add("-Xmx" + spec.driverMemory());
        args.addAll(SparkJvmFlags.JAVA_17);
        args.add("-Dlog4j2.configurationFile=" + log4j.toUri());
        Map<String, String> conf = new TreeMap<>();
        conf.put("spark.master", spec.master());
        conf.put("spark.app.name", "batch-layer");
        // our network rule: the driver binds to and advertises loopback unless the user says otherwise
        conf.put("spark.driver.host", "127.0.0.1");
        conf.put("spark.driver.bindAddress", "127.0.0.1");
        conf.put("spark.ui.enabled", "false");
        conf.put("spark.sql.shuffle.partitions", "8");
        conf.put("spark.sql.session.timeZone", "UTC");
        if (spec.hdfsUri() != null) {
            conf.put("spark.hadoop.fs.defaultFS", spec.hdfsUri());
        }
        if (!spec.master().startsWith("local")) {
            // Client mode against a real master (docker launcher, external cluster): the driver stays here, the
            // executors run elsewhere and only get the job's classes if the driver serves them the jar. Spark's
            // own jars (and the Kafka source) must already be on the executors' classpath.
            conf.put("spark.jars", spec.jobJar().toAbsolutePath().toUri().toString());
        }
        conf.putAll(spec.sparkConf());
        conf.forEach((k, v) -> args.add("-D" + k + "=" + v));
        args.addAll(spec.extraJvmArgs());
        return args;
    }

    private static String sparkLog4j() {
        return String.join("\n",
                "rootLogger.level = warn",
                "rootLogger.appenderRef.stdout.ref = console",
                "appender.console.type = Console",
                "appender.console.name = console",
                "appender.console.target = SYSTEM_OUT",
                "appender.console.layout.type = PatternLayout",
                "appender.console.layout.pattern = %d{ISO8601} %-5p [%c{1}] %m%n",
                "logger.job.name = io.github.batchlayer",
                "logger.job.level = info",
                "");
    }
}
