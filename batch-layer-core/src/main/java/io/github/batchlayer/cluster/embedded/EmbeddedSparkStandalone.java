package io.github.batchlayer.cluster.embedded;

import io.github.batchlayer.cluster.ClusterSettings;
import io.github.batchlayer.cluster.config.Log4jConfigs;
import io.github.batchlayer.cluster.config.SparkStandaloneConfig;
import io.github.batchlayer.job.SparkArtifacts;
import io.github.batchlayer.job.SparkJvmFlags;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Spark standalone cluster: Spark's own {@code Master} and one {@code Worker}, each in a JVM forked from
 * Maven-resolved Spark jars, bound to 127.0.0.1. With it the job runs on executors (JVMs the worker launches),
 * not inside the driver, so shipping the job's jars and version compatibility are exercised as on a real cluster.
 *
 * <p>The worker builds each executor's classpath from {@code $SPARK_HOME/jars/*}, like a Spark distribution. We
 * make a SPARK_HOME whose {@code jars/} holds links to the resolved Spark jars (spark-sql and its dependencies,
 * deliberately without the Kafka source: the driver must ship that one through {@code spark.jars}).
 */
record EmbeddedSparkStandalone(ClusterSettings cluster, SparkStandaloneConfig config) {

    private Path home() {
        return cluster.workDir().resolve("spark-home").toAbsolutePath();
    }

    List<String> coordinates() {
        return List.of(SparkArtifacts.sql(cluster.versions().scalaBinary(), cluster.versions().spark()));
    }

    /** Lays out SPARK_HOME: {@code jars/} (links to the resolved jars), {@code conf/} with a log4j2 config. */
    void prepare(List<Path> jars) {
        try {
            Path jarsDir = home().resolve("jars");
            Files.createDirectories(jarsDir);
            Files.createDirectories(home().resolve("conf"));
            for (Path jar : jars) {
                Path link = jarsDir.resolve(jar.getFileName());
                if (!Files.exists(link)) {
                    Files.createSymbolicLink(link, jar.toAbsolutePath());
                }
            }
            Files.writeString(home().resolve("conf").resolve("log4j2.properties"), Log4jConfigs.log4j2Console(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out SPARK_HOME " + home(), e);
        }
    }

    ForkedService startMaster(List<Path> jars) {
        return ForkedService.of(cluster, "spark-master", jvmArgs("512m"), jars,
                "org.apache.spark.deploy.master.Master", config.masterArgs(), environment()).start();
    }

    ForkedService startWorker(List<Path> jars) {
        Path work = cluster.workDir().resolve("spark-worker").resolve("work").toAbsolutePath();
        return ForkedService.of(cluster, "spark-worker", jvmArgs("512m"), jars,
                "org.apache.spark.deploy.worker.Worker", config.workerArgs(work), environment()).start();
    }

    private Map<String, String> environment() {
        // SPARK_HOME: where the worker finds jars/ for executors; SPARK_LOCAL_IP: executors bind to loopback too
        return Map.of("SPARK_HOME", home().toString(), "SPARK_LOCAL_IP", "127.0.0.1",
                "SPARK_SCALA_VERSION", cluster.versions().scalaBinary());
    }

    private List<String> jvmArgs(String maxHeap) {
        List<String> args = new ArrayList<>(List.of("-Xms64m", "-Xmx" + maxHeap, "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + home().resolve("conf").resolve("log4j2.properties"),
                // no REST submission server: nothing of ours submits through it, and it is one port fewer
                "-Dspark.master.rest.enabled=false"));
        args.addAll(SparkJvmFlags.JAVA_17);
        return args;
    }
}
