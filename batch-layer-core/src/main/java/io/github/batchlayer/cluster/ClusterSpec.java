package io.github.batchlayer.cluster;

import io.github.batchlayer.log.BuildLog;
import io.github.batchlayer.process.ClasspathResolver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Everything a launcher needs to bring a cluster up.
 *
 * @param workDir       {@code target/batch-layer}: data, logs and the state file go below it
 * @param runId         unique id of this start
 * @param versions      engine versions
 * @param ports         ports to use (0 = pick a free one)
 * @param readyTimeout  how long each service may take to answer
 * @param resolver      turns Maven coordinates into jars
 * @param javaExecutable the {@code java} for forked JVMs
 * @param parentPid     when set, forked services stop themselves once this process is gone (see
 *                      {@link io.github.batchlayer.process.ParentWatchdog}); null keeps them running
 * @param brokerConfig  extra Kafka broker properties
 * @param external      endpoints given by the user (external launcher), else null
 * @param log           where progress goes
 * @param launcherOptions options only one launcher understands (e.g. {@code docker.baseImage}); never null
 * @param spark         how the embedded launcher provides Spark ({@code local[*]} or a standalone master + worker)
 */
public record ClusterSpec(Path workDir, String runId, EngineVersions versions, ClusterPorts ports,
                          Duration readyTimeout, ClasspathResolver resolver, Path javaExecutable, Long parentPid,
                          Map<String, String> brokerConfig, ClusterEndpoints external, BuildLog log,
                          Map<String, String> launcherOptions, SparkStandaloneSettings spark) {

    public ClusterSpec {
        launcherOptions = launcherOptions == null ? Map.of() : Map.copyOf(launcherOptions);
        spark = spark == null ? SparkStandaloneSettings.local() : spark;
    }

    /** Without launcher-specific options, Spark {@code local[*]} in the driver (the default). */
    public ClusterSpec(Path workDir, String runId, EngineVersions versions, ClusterPorts ports, Duration readyTimeout,
                       ClasspathResolver resolver, Path javaExecutable, Long parentPid,
                       Map<String, String> brokerConfig, ClusterEndpoints external, BuildLog log) {
        this(workDir, runId, versions, ports, readyTimeout, resolver, javaExecutable, parentPid, brokerConfig,
                external, log, Map.of(), SparkStandaloneSettings.local());
    }
}
