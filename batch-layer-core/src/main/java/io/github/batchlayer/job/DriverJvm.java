package io.github.batchlayer.job;

import io.github.batchlayer.cluster.config.Log4jConfigs;
import io.github.batchlayer.job.contract.DriverContract;
import io.github.batchlayer.security.PrivateFile;

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
 * What a driver JVM of {@code spec} is made of, a fresh one per goal or the warm one: its classpath, environment
 * and flags. Visible {@code spark.*} settings go on a fresh driver's command line as {@code -D}; the warm driver
 * gets them with its INIT, once the cluster's endpoints are known. Secret settings go through an owner-only file
 * either way.
 */
final class DriverJvm {

    private DriverJvm() {
    }

    static List<Path> classpath(SparkJobSpec spec) {
        List<Path> classpath = new ArrayList<>();
        if (spec.hadoopConfDir() != null) {
            // Hadoop's Configuration loads core-site.xml and hdfs-site.xml from the classpath
            classpath.add(spec.hadoopConfDir().toAbsolutePath());
        }
        classpath.addAll(spec.resolver().resolve(SparkArtifacts.driver(spec.scalaBinary(), spec.sparkVersion())));
        classpath.add(spec.jobJar());
        return classpath;
    }

    static Map<String, String> environment(SparkJobSpec spec) {
        Map<String, String> environment = new TreeMap<>();
        environment.put("SPARK_LOCAL_IP", "127.0.0.1");
        if (spec.hadoopConfDir() != null) {
            environment.put("HADOOP_CONF_DIR", spec.hadoopConfDir().toAbsolutePath().toString());
        }
        return environment;
    }

    static Path logs(SparkJobSpec spec) {
        return spec.workDir().resolve("logs").toAbsolutePath();
    }

    static Path secrets(SparkJobSpec spec) {
        return spec.workDir().resolve("secrets").toAbsolutePath();
    }

    /** Spark at warn (its info lines drown the job's), the job's own classes at info. */
    static Path writeLog4j(SparkJobSpec spec) {
        Path log4j = logs(spec).resolve("spark-log4j2.properties");
        try {
            Files.createDirectories(log4j.getParent());
            Files.writeString(log4j, Log4jConfigs.log4j2Console("warn", Map.of("io.github.batchlayer", "info")),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return log4j;
    }

    /**
     * @param visibleConf put the visible {@code spark.*} settings on the command line (a fresh driver)
     * @param withTestHooks keep {@code -Dbatchlayer.test.*} among the user's flags (the warm driver gets them per run)
     */
    static List<String> jvmArgs(SparkJobSpec spec, Path log4j, Path secretConfFile, boolean visibleConf,
                                boolean withTestHooks) {
        List<String> args = new ArrayList<>();
        args.add("-Xmx" + spec.driverMemory());
        args.addAll(SparkJvmFlags.JAVA_17);
        args.add("-Dlog4j2.configurationFile=" + log4j.toUri());
        SparkDriverConf conf = SparkDriverConf.of(spec);
        if (!conf.secret().isEmpty()) {
            args.add("-D" + DriverContract.SECRET_CONF_FILE + "="
                    + PrivateFile.writeProperties(secretConfFile, conf.secret()));
        }
        if (visibleConf) {
            conf.visible().forEach((k, v) -> args.add("-D" + k + "=" + v));
        }
        args.addAll(withTestHooks ? spec.extraJvmArgs() : withoutTestHooks(spec.extraJvmArgs()));
        return args;
    }

    /** The user's driver flags that are not a run's test hook: what a warm driver must have been started with. */
    static List<String> withoutTestHooks(List<String> jvmArgs) {
        return jvmArgs.stream().filter(a -> !a.startsWith("-D" + DriverContract.TEST_PROPERTY_PREFIX)).toList();
    }

    /** The run's test hooks ({@code -Dbatchlayer.test.name=value}), for the warm driver's RUN request. */
    static Map<String, String> testHooks(List<String> jvmArgs) {
        Map<String, String> hooks = new TreeMap<>();
        String prefix = "-D" + DriverContract.TEST_PROPERTY_PREFIX;
        for (String arg : jvmArgs) {
            if (arg.startsWith(prefix)) {
                int eq = arg.indexOf('=');
                hooks.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
            }
        }
        return hooks;
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover is owner-only and rewritten by the next run
        }
    }
}
