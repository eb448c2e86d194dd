package io.github.batchlayer.cluster.docker.reaper;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.core.RemoteApiVersion;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;

import java.io.IOException;
import java.time.Duration;

/**
 * Connects to the Docker engine the way the docker CLI would find it: {@code DOCKER_HOST} (unix socket, or TCP
 * with {@code DOCKER_TLS_VERIFY}/{@code DOCKER_CERT_PATH}), else docker-java's default unix socket. Used by the
 * launcher in Maven's JVM and by the reaper in its container, so it needs nothing but docker-java.
 * <p>
 * The API version is negotiated, never left implicit: Docker 29 refuses requests below API 1.44, while Debian 12's
 * engine (20.10) stops at 1.41. So we ask the engine for its version without a version prefix, then talk
 * {@code min(engine, PREFERRED)} explicitly. The probe has a short timeout: an address that accepts and never
 * answers must fail within seconds, not hang.
 */
public final class EngineClients {

    /** The newest API version docker-java 3.7 models; engines newer than that accept it. */
    static final RemoteApiVersion PREFERRED = RemoteApiVersion.VERSION_1_44;

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);
    /** Image builds stream for minutes; container log fetches can be long too. */
    private static final Duration WORK_TIMEOUT = Duration.ofMinutes(30);

    private EngineClients() {
    }

    /**
     * What the engine said to the probe: the API version to talk and its {@code /info}.
     *
     * @param version the negotiated API version
     * @param info    the engine's description of itself
     */
    public record Probe(RemoteApiVersion version, Info info) {
    }

    /** Where {@link #connect()} looks for the engine, for messages. */
    public static String where() {
        return defaults(RemoteApiVersion.UNKNOWN_VERSION).getDockerHost().toString();
    }

    /** @throws IOException (or a runtime exception of docker-java) when no engine answers there */
    public static DockerClient connect() throws IOException {
        return connect(probe());
    }

    /** A client for long work, talking the version the probe negotiated. */
    public static DockerClient connect(Probe probe) {
        return client(defaults(probe.version()), WORK_TIMEOUT);
    }

    /** @throws IOException (or a runtime exception of docker-java) when no engine answers there */
    public static Probe probe() throws IOException {
        try (DockerClient probe = client(defaults(RemoteApiVersion.UNKNOWN_VERSION), PROBE_TIMEOUT)) {
            return new Probe(negotiate(probe.versionCmd().exec().getApiVersion()), probe.infoCmd().exec());
        }
    }

    /** The version to talk: the engine's when older than ours, else ours. */
    public static RemoteApiVersion negotiate(String engineApi) {
        RemoteApiVersion engine = RemoteApiVersion.parseConfig(engineApi);
        return engine.isGreaterOrEqual(PREFERRED) ? PREFERRED : engine;
    }

    private static DockerClientConfig defaults(RemoteApiVersion version) {
        return DefaultDockerClientConfig.createDefaultConfigBuilder().withApiVersion(version).build();
    }

    private static DockerClient client(DockerClientConfig config, Duration responseTimeout) {
        ApacheDockerHttpClient http = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .connectionTimeout(Duration.ofSeconds(5))
                .responseTimeout(responseTimeout)
                .maxConnections(32)
                .build();
        return DockerClientImpl.getInstance(config, http);
    }
}
