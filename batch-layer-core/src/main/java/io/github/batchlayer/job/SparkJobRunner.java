package io.github.batchlayer.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.batchlayer.cluster.config.Log4jConfigs;
import io.github.batchlayer.log.BuildLog;
import io.github.batchlayer.process.ClassDataSharing;
import io.github.batchlayer.process.ForkedJvm;
import io.github.batchlayer.process.JavaProcessSpec;
import io.github.batchlayer.process.LogTail;
import io.github.batchlayer.process.ParentWatchdog;
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
 * Runs one command of the batch job ({@code BatchLayerJob ingest|summarize ...}) as the driver in a forked JVM
 * with Spark's jars resolved from Maven Central: Spark never loads in Maven's JVM. The job is an ordinary Spark
 * application, so the master decides where executors run ({@code local[*]} in the driver JVM, or a real
 * cluster). The driver logs to {@code logs/spark-<command>.log}; the job reports through a JSON result file.
 */
public final class SparkJobRunner {

    public static final String MAIN_CLASS = "io.github.batchlayer.job.spark.BatchLayerJob";
    /** System property naming the owner-only file of secret {@code spark.*} settings (read by the job). */
    public static final String SECRET_CONF_PROPERTY = "batchlayer.sparkConfFile";
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
        return List.of(SparkArtifacts.sql(scalaBinary, sparkVersion),
                SparkArtifacts.kafkaSource(scalaBinary, sparkVersion));
    }

    /**
     * Runs the command and returns its result document.
     *
     * @param command  ingest or summarize
     * @param args     the command's options ({@code --topic}, ...); {@code --result-file} is added here
     */
    public JsonNode run(String command, List<String> args) {
        return run(command, args, Map.of());
    }

    /**
     * As {@link #run(String, List)}, with Kafka client properties for the job. They go to the driver in a file
     * only the user can read ({@code --kafka-properties-file}), never on its command line: they often hold a
     * JAAS config or a truststore password.
     */
    public JsonNode run(String command, List<String> args, Map<String, String> kafkaProperties) {
        List<Path> classpath = new ArrayList<>();
        if (spec.hadoopConfDir() != null) {
            // Hadoop's Configuration loads core-site.xml and hdfs-site.xml from the classpath
            classpath.add(spec.hadoopConfDir().toAbsolutePath());
        }
        classpath.addAll(spec.resolver().resolve(sparkCoordinates()));
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
        Path secrets = spec.workDir().resolve("secrets").toAbsolutePath();
        if (!kafkaProperties.isEmpty()) {
            programArgs.add("--kafka-properties-file");
            programArgs.add(PrivateFile.writeProperties(secrets.resolve("kafka-" + command + ".properties"),
                    kafkaProperties).toString());
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
        JavaProcessSpec process = new JavaProcessSpec("spark-" + command, spec.javaExecutable(), jvmArgs, classpath,
                ParentWatchdog.class.getName(), programArgs, environment,
                spec.workDir().resolve("spark").toAbsolutePath(), logFile);
        log.info(String.format("%s: Spark %s driver (master %s, %d jars), log %s", command, spec.sparkVersion(),
                spec.master(), classpath.size(), logFile));
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
            throw new JobFailedException(command + " failed (exit " + exit + ")" + jobError(resultFile)
                    + "; last lines of " + logFile + ":\n" + SensitiveKeys.maskLine(LogTail.of(logFile, 25)), exit);
        }
        try {
            return JSON.readTree(resultFile.toFile());
        } catch (IOException e) {
            throw new JobFailedException(command + " ended without a result file " + resultFile + "; see " + logFile,
                    exit);
        }
    }

    /** The error a failed job wrote into its result file (it does when Spark started), to lead the message. */
    private static String jobError(Path resultFile) {
        try {
            String error = JSON.readTree(resultFile.toFile()).path("error").asText("");
            return error.isEmpty() ? "" : ": " + SensitiveKeys.maskLine(error);
        } catch (IOException e) {
            return ""; // no result file: the driver died before writing one; the log tail tells
        }
    }

    private List<String> jvmArgs(Path log4j, Path secretConfFile) {
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
        // Spark's UI, event logs and plan strings redact matching keys/options: our one list of credential keys
        // (Kafka's SASL secret rides in the kafka.sasl.jaas.config option of the Kafka source), plus Spark's url
        conf.put("spark.redaction.regex", SensitiveKeys.regex());
        conf.put("spark.sql.redaction.options.regex", SensitiveKeys.regex() + "|url");
        if (spec.hdfsUri() != null) {
            conf.put("spark.hadoop.fs.defaultFS", spec.hdfsUri());
        }
        if (spec.remoteExecutors()) {
            // executors run elsewhere: ship the job jar and the Kafka source, never Spark's own jars
            List<String> everything = sparkCoordinates();
            String shipped = ShippedJars.confValue(ShippedJars.of(spec.resolver(), everything.subList(0, 1),
                    everything, spec.jobJar()));
            String userJars = spec.sparkConf().get("spark.jars");
            conf.put("spark.jars", userJars == null || userJars.isBlank() ? shipped : shipped + "," + userJars);
        }
        spec.sparkConf().forEach((k, v) -> {
            if (!"spark.jars".equals(k)) {
                conf.put(k, v);
            }
        });
        // secrets (spark.authenticate.secret, spark.hadoop.*.password ...) go through an owner-only file that
        // the job applies to its SparkSession; everything else stays visible on the command line
        Map<String, String> secrets = SensitiveKeys.secretsOf(conf);
        if (!secrets.isEmpty()) {
            args.add("-D" + SECRET_CONF_PROPERTY + "=" + PrivateFile.writeProperties(secretConfFile, secrets));
        }
        SensitiveKeys.nonSecretsOf(conf).forEach((k, v) -> args.add("-D" + k + "=" + v));
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
