package io.github.batchlayer.cluster.docker;

import com.github.dockerjava.api.DockerClient;
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
 */
public final class DockerEngine {

    /** The newest API version docker-java 3.7 models; engines newer than that accept it. */
    static final RemoteApiVersion PREFERRED = RemoteApiVersion.VERSION_1_44;

    private DockerEngine() {
    }

    public static DockerClient connect() {
        DockerClientConfig probeConfig = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withApiVersion(RemoteApiVersion.UNKNOWN_VERSION).build();
        String where = probeConfig.getDockerHost().toString();
        RemoteApiVersion version;
        try (DockerClient probe = client(probeConfig)) {
            String engineApi = probe.versionCmd().exec().getApiVersion();
            version = negotiate(engineApi);
        } catch (IOException | RuntimeException e) {
            throw new DockerUnavailableException("no Docker engine at " + where + " (" + rootMessage(e)
                    + "); use launcher=embedded or start Docker (DOCKER_HOST selects another engine)", e);
        }
        DockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withApiVersion(version).build();
        return client(config);
    }

    /** The version to talk: the engine's when older than ours, else ours. */
    static RemoteApiVersion negotiate(String engineApi) {
        RemoteApiVersion engine = RemoteApiVersion.parseConfig(engineApi);
        return engine.isGreaterOrEqual(PREFERRED) ? PREFERRED : engine;
    }

    private static DockerClient client(DockerClientConfig config) {
        ApacheDockerHttpClient http = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .connectionTimeout(Duration.ofSeconds(5))
                // image builds stream for minutes; container log fetches can be long too
                .responseTimeout(Duration.ofMinutes(30))
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
