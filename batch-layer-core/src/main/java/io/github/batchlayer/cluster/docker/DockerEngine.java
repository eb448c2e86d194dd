package io.github.batchlayer.cluster.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.core.RemoteApiVersion;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;

import io.github.batchlayer.cluster.ClusterException;

import java.io.IOException;
import java.time.Duration;

/**
 * Connects to the Docker engine the way the docker CLI would find it: {@code DOCKER_HOST} (unix socket, or TCP
 * with {@code DOCKER_TLS_VERIFY}/{@code DOCKER_CERT_PATH}), else docker-java's default unix socket.
 * <p>
 * The API version is negotiated, never left implicit: Docker 29 refuses requests below API 1.44, while Debian 12's
 * engine (20.10) stops at 1.41. So we ask the engine for its version without a version prefix, then talk
 * {@code min(engine, PREFERRED)} explicitly.
 * <p>
 * The same probe reads the engine's {@code /info}: an engine whose host network is not this machine's (Docker
 * Desktop, a VM, rootless, another machine or container, see {@link HostNetworkFit}) is refused at once, since the
 * containers' 127.0.0.1 would not be Maven's. The probe's short timeout makes an address that answers nothing
 * fail within seconds too.
 */
public final class DockerEngine {

    /** The newest API version docker-java 3.7 models; engines newer than that accept it. */
    static final RemoteApiVersion PREFERRED = RemoteApiVersion.VERSION_1_44;

    /** An engine answers /version and /info at once; a TCP address that accepts and never answers must not hang. */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

    private DockerEngine() {
    }

    public static DockerClient connect() {
        DockerClientConfig probeConfig = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withApiVersion(RemoteApiVersion.UNKNOWN_VERSION).build();
        String host = probeConfig.getDockerHost().toString();
        String source = addressSource();
        RemoteApiVersion version;
        Info info;
        try (DockerClient probe = client(probeConfig, PROBE_TIMEOUT)) {
            version = negotiate(probe.versionCmd().exec().getApiVersion());
            info = probe.infoCmd().exec();
        } catch (IOException | RuntimeException e) {
            throw new DockerUnavailableException("no Docker engine at " + host + " (" + source + "; " + rootMessage(e)
                    + "); use launcher=embedded or start Docker (DOCKER_HOST selects another engine)", e);
        }
        HostNetworkFit.problem(HostNetworkFit.Engine.of(info), HostNetworkFit.Here.detect()).ifPresent(problem -> {
            throw new UnsuitableDockerEngineException(problem + "; the docker launcher needs host networking on a"
                    + " Linux engine that shares this machine's network (engine at " + host + ", " + source + ")");
        });
        DockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withApiVersion(version).build();
        // image builds stream for minutes; container log fetches can be long too
        return client(config, Duration.ofMinutes(30));
    }

    /** Where docker-java took the engine's address from (its system property wins over the environment). */
    private static String addressSource() {
        if (System.getProperty(DefaultDockerClientConfig.DOCKER_HOST) != null) {
            return "from -DDOCKER_HOST";
        }
        String host = System.getenv(DefaultDockerClientConfig.DOCKER_HOST);
        return host != null && !host.isBlank() ? "from DOCKER_HOST" : "DOCKER_HOST is unset";
    }

    /** The version to talk: the engine's when older than ours, else ours. */
    static RemoteApiVersion negotiate(String engineApi) {
        RemoteApiVersion engine = RemoteApiVersion.parseConfig(engineApi);
        return engine.isGreaterOrEqual(PREFERRED) ? PREFERRED : engine;
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

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
