package io.github.batchlayer.job;

import io.github.batchlayer.process.ClasspathResolver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How to run the batch job's driver.
 *
 * @param sparkVersion  Spark version whose jars are resolved for the driver JVM
 * @param scalaBinary   Scala binary version of those jars (2.13)
 * @param jobJar        the batch-layer-spark-job jar
 * @param master        Spark master URL ({@code local[*]}, {@code spark://host:7077} ...)
 * @param hdfsUri       default file system for the job
 * @param driverMemory  driver heap, e.g. {@code 1g}
 * @param sparkConf     extra {@code spark.*} configuration
 * @param extraJvmArgs  extra driver JVM flags
 * @param resolver      resolves Spark's jars
 * @param javaExecutable java for the driver
 * @param workDir       target/batch-layer: logs and results go below it
 * @param timeout       how long the job may run
 * @param hadoopConfDir a Hadoop configuration directory (core-site.xml, hdfs-site.xml ...) for the driver, or null
 */
public record SparkJobSpec(String sparkVersion, String scalaBinary, Path jobJar, String master, String hdfsUri,
                           String driverMemory, Map<String, String> sparkConf, List<String> extraJvmArgs,
                           ClasspathResolver resolver, Path javaExecutable, Path workDir, Duration timeout,
                           Path hadoopConfDir, Path classDataCache) {

    public SparkJobSpec(String sparkVersion, String scalaBinary, Path jobJar, String master, String hdfsUri,
                        String driverMemory, Map<String, String> sparkConf, List<String> extraJvmArgs,
                        ClasspathResolver resolver, Path javaExecutable, Path workDir, Duration timeout,
                        Path hadoopConfDir) {
        this(sparkVersion, scalaBinary, jobJar, master, hdfsUri, driverMemory, sparkConf, extraJvmArgs, resolver,
                javaExecutable, workDir, timeout, hadoopConfDir, null);
    }

    public SparkJobSpec(String sparkVersion, String scalaBinary, Path jobJar, String master, String hdfsUri,
                        String driverMemory, Map<String, String> sparkConf, List<String> extraJvmArgs,
                        ClasspathResolver resolver, Path javaExecutable, Path workDir, Duration timeout) {
        this(sparkVersion, scalaBinary, jobJar, master, hdfsUri, driverMemory, sparkConf, extraJvmArgs, resolver,
                javaExecutable, workDir, timeout, null);
    }

    /** This spec with another timeout (a probe must not wait as long as a real job). */
    public SparkJobSpec withTimeout(Duration other) {
        return new SparkJobSpec(sparkVersion, scalaBinary, jobJar, master, hdfsUri, driverMemory, sparkConf,
                extraJvmArgs, resolver, javaExecutable, workDir, other, hadoopConfDir, classDataCache);
    }

    /** This spec with the driver's class-data sharing archives kept in {@code dir} (null: none). */
    public SparkJobSpec withClassDataCache(Path dir) {
        return new SparkJobSpec(sparkVersion, scalaBinary, jobJar, master, hdfsUri, driverMemory, sparkConf,
                extraJvmArgs, resolver, javaExecutable, workDir, timeout, hadoopConfDir, dir);
    }

    /** True when executors run outside the driver JVM, so they need the job's jars shipped. */
    public boolean remoteExecutors() {
        return master != null && !master.startsWith("local");
    }
}
