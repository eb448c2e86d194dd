package io.github.batchlayer.cluster;

import io.github.batchlayer.log.BuildLog;
import io.github.batchlayer.process.ClasspathResolver;
import io.github.batchlayer.process.JavaProcessSpec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything a launcher needs to bring a cluster up: the settings every launcher reads, those of a local cluster
 * (ports, broker properties, the Spark worker's resources: embedded and docker), and each launcher's own
 * ({@link #embedded()}, {@link #docker()}, {@link #external()}). Built with {@link #builder(Path)}, whose setters
 * say their defaults (see there for each part), so a test needs only
 * {@code ClusterSettings.builder(dir).resolver(r).build()}.
 */
public record ClusterSettings(Path workDir, String runId, EngineVersions versions, Duration readyTimeout,
                              ClasspathResolver resolver, Path javaExecutable, Long parentPid, BuildLog log,
                              ClusterPorts ports, Map<String, String> brokerConfig, SparkWorker sparkWorker,
                              EmbeddedSettings embedded, DockerSettings docker, ExternalSettings external) {

    /**
     * What a Spark standalone worker offers its executors (embedded standalone and docker).
     *
     * @param cores  cores, e.g. 2
     * @param memory memory, e.g. {@code 2g}
     */
    public record SparkWorker(int cores, String memory) {
    }

    public ClusterSettings {
        brokerConfig = Map.copyOf(brokerConfig);
    }

    /** @param workDir {@code target/batch-layer}: data, logs and the state file go below it */
    public static Builder builder(Path workDir) {
        return new Builder(workDir);
    }

    /** Turns Maven coordinates into jars; the embedded and docker launchers fail without one. */
    @Override
    public ClasspathResolver resolver() {
        if (resolver == null) {
            throw new ClusterException("no classpath resolver: the embedded and docker launchers resolve the engines' "
                    + "jars through one (ClusterSettings.Builder.resolver)");
        }
        return resolver;
    }

    /** Builds {@link ClusterSettings}; every setter names its default. */
    public static final class Builder {
        private final Path workDir;
        private String runId = UUID.randomUUID().toString();
        private EngineVersions versions = EngineVersions.defaults();
        private Duration readyTimeout = Duration.ofSeconds(120);
        private ClasspathResolver resolver;
        private Path javaExecutable = JavaProcessSpec.currentJava();
        private Long parentPid = ProcessHandle.current().pid();
        private BuildLog log = BuildLog.console();
        private int kafkaPort;
        private int kafkaControllerPort;
        private int namenodePort;
        private int namenodeHttpPort;
        private int sparkMasterPort;
        private int sparkMasterUiPort;
        private int sparkWorkerPort;
        private int sparkWorkerUiPort;
        private Map<String, String> brokerConfig = Map.of();
        private int sparkWorkerCores = 2;
        private String sparkWorkerMemory = "2g";
        private EmbeddedSettings.SparkMode sparkMode = EmbeddedSettings.SparkMode.LOCAL;
        private Path classDataCache;
        private String dockerBaseImage = DockerSettings.DEFAULT_BASE_IMAGE;
        private Path dockerComposeFile;
        private ClusterEndpoints externalEndpoints;
        private Map<String, String> kafkaClientProperties = Map.of();
        private DriverProbe driverProbe;
        private String probePath = "/tmp/raw_assessments";
        private Duration probeTimeout = Duration.ofSeconds(180);

        private Builder(Path workDir) {
            this.workDir = Objects.requireNonNull(workDir, "workDir");
        }

        /** Unique id of this start, used in labels and markers. Default: a random UUID. */
        public Builder runId(String runId) {
            this.runId = runId;
            return this;
        }

        /** Engine versions. Default: the plugin's ({@link EngineVersions#defaults()}). */
        public Builder versions(EngineVersions versions) {
            this.versions = versions;
            return this;
        }

        /** How long each service may take to answer. Default: 120 s. */
        public Builder readyTimeout(Duration readyTimeout) {
            this.readyTimeout = readyTimeout;
            return this;
        }

        /** Turns Maven coordinates into jars. Default: none (the external launcher needs none). */
        public Builder resolver(ClasspathResolver resolver) {
            this.resolver = resolver;
            return this;
        }

        /** The {@code java} for forked JVMs. Default: this JVM's. */
        public Builder javaExecutable(Path javaExecutable) {
            this.javaExecutable = javaExecutable;
            return this;
        }

        /**
         * Forked services stop themselves once this process is gone. Default: this JVM's PID; null keeps them
         * running until {@code cluster-down} removes the state file.
         */
        public Builder parentPid(Long parentPid) {
            this.parentPid = parentPid;
            return this;
        }

        /** Where progress goes. Default: the console. */
        public Builder log(BuildLog log) {
            this.log = log;
            return this;
        }

        /** Kafka's listener port. Default: 0, a free one. */
        public Builder kafkaPort(int port) {
            this.kafkaPort = port;
            return this;
        }

        /** Kafka's controller port. Default: 0, a free one. */
        public Builder kafkaControllerPort(int port) {
            this.kafkaControllerPort = port;
            return this;
        }

        /** The NameNode's RPC port. Default: 0, a free one. */
        public Builder namenodePort(int port) {
            this.namenodePort = port;
            return this;
        }

        /** The NameNode's HTTP (WebHDFS) port. Default: 0, a free one. */
        public Builder namenodeHttpPort(int port) {
            this.namenodeHttpPort = port;
            return this;
        }

        /** A Spark standalone master's RPC port (embedded standalone, docker). Default: 0, a free one. */
        public Builder sparkMasterPort(int port) {
            this.sparkMasterPort = port;
            return this;
        }

        /** The master's web UI port (embedded standalone, docker). Default: 0, a free one. */
        public Builder sparkMasterUiPort(int port) {
            this.sparkMasterUiPort = port;
            return this;
        }

        /** The worker's RPC port (embedded standalone). Default: 0, a free one. */
        public Builder sparkWorkerPort(int port) {
            this.sparkWorkerPort = port;
            return this;
        }

        /** The worker's web UI port (embedded standalone, docker). Default: 0, a free one. */
        public Builder sparkWorkerUiPort(int port) {
            this.sparkWorkerUiPort = port;
            return this;
        }

        /** Extra Kafka broker properties; they win over ours. Default: none. */
        public Builder brokerConfig(Map<String, String> brokerConfig) {
            this.brokerConfig = brokerConfig == null ? Map.of() : brokerConfig;
            return this;
        }

        /** Cores the Spark worker offers executors (embedded standalone, docker). Default: 2; 0 or less is 2. */
        public Builder sparkWorkerCores(int cores) {
            this.sparkWorkerCores = cores <= 0 ? 2 : cores;
            return this;
        }

        /** Memory the Spark worker offers executors (embedded standalone, docker). Default: {@code 2g}. */
        public Builder sparkWorkerMemory(String memory) {
            this.sparkWorkerMemory = memory == null || memory.isBlank() ? "2g" : memory;
            return this;
        }

        /** embedded: {@code local[*]} in the driver, or a standalone master and worker. Default: local. */
        public Builder sparkMode(EmbeddedSettings.SparkMode mode) {
            this.sparkMode = mode;
            return this;
        }

        /**
         * embedded: where the Kafka and HDFS JVMs' class-data sharing archives go (the storage formatting records
         * them, the daemons map them and start sooner). Default: none.
         */
        public Builder classDataCache(Path cacheDir) {
            this.classDataCache = cacheDir;
            return this;
        }

        /** docker: the JRE base image of the cluster images. Default: {@value DockerSettings#DEFAULT_BASE_IMAGE}. */
        public Builder dockerBaseImage(String image) {
            this.dockerBaseImage = image;
            return this;
        }

        /** docker: a compose file of the user's. Default: none, the one bundled with the plugin. */
        public Builder dockerComposeFile(Path composeFile) {
            this.dockerComposeFile = composeFile;
            return this;
        }

        /** external: the endpoints to check and use. Default: none (the external launcher then says what is missing). */
        public Builder externalEndpoints(ClusterEndpoints endpoints) {
            this.externalEndpoints = endpoints;
            return this;
        }

        /** external: Kafka client properties (security) for the Kafka probe. Default: none. */
        public Builder kafkaClientProperties(Map<String, String> properties) {
            this.kafkaClientProperties = properties;
            return this;
        }

        /** external: the check run in a forked driver. Default: none, skipped. */
        public Builder driverProbe(DriverProbe probe) {
            this.driverProbe = probe;
            return this;
        }

        /** external: the landing path the driver probe writes under. Default: {@code /tmp/raw_assessments}. */
        public Builder probePath(String path) {
            this.probePath = path;
            return this;
        }

        /** external: how long the driver probe may take. Default: 180 s. */
        public Builder probeTimeout(Duration timeout) {
            this.probeTimeout = timeout;
            return this;
        }

        public ClusterSettings build() {
            return new ClusterSettings(workDir, runId, versions, readyTimeout, resolver, javaExecutable, parentPid, log,
                    new ClusterPorts(kafkaPort, kafkaControllerPort, namenodePort, namenodeHttpPort, sparkMasterPort,
                            sparkMasterUiPort, sparkWorkerPort, sparkWorkerUiPort),
                    brokerConfig, new SparkWorker(sparkWorkerCores, sparkWorkerMemory),
                    new EmbeddedSettings(sparkMode, classDataCache),
                    new DockerSettings(dockerBaseImage, dockerComposeFile),
                    new ExternalSettings(externalEndpoints, kafkaClientProperties, driverProbe, probePath,
                            probeTimeout));
        }
    }
}
