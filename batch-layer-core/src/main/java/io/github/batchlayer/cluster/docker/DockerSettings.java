package io.github.batchlayer.cluster.docker;

import java.nio.file.Path;
import java.util.Map;

/**
 * The docker launcher's own options, read from {@link io.github.batchlayer.cluster.ClusterSpec#launcherOptions()}.
 *
 * @param baseImage        JRE base image the cluster images are built on (a build argument)
 * @param composeFile      a user's compose file, or null for the one bundled with the plugin
 * @param sparkMasterPort  Spark master RPC port (0 = a free one)
 * @param sparkMasterUiPort Spark master web UI port, whose {@code /json} is the readiness probe (0 = a free one)
 * @param sparkWorkerUiPort Spark worker web UI port (0 = a free one)
 */
public record DockerSettings(String baseImage, Path composeFile, int sparkMasterPort, int sparkMasterUiPort,
                             int sparkWorkerUiPort) {

    /** A public JRE image, for users whose engine reaches a registry; CI builds its own (cluster/build-base-image.sh). */
    public static final String DEFAULT_BASE_IMAGE = "eclipse-temurin:17-jre";

    public static final String BASE_IMAGE = "docker.baseImage";
    public static final String COMPOSE_FILE = "docker.composeFile";
    public static final String SPARK_MASTER_PORT = "sparkMasterPort";
    public static final String SPARK_MASTER_UI_PORT = "sparkMasterUiPort";
    public static final String SPARK_WORKER_UI_PORT = "sparkWorkerUiPort";

    public static DockerSettings from(Map<String, String> options) {
        String base = options.get(BASE_IMAGE);
        String compose = options.get(COMPOSE_FILE);
        return new DockerSettings(blank(base) ? DEFAULT_BASE_IMAGE : base.trim(),
                blank(compose) ? null : Path.of(compose.trim()), port(options, SPARK_MASTER_PORT),
                port(options, SPARK_MASTER_UI_PORT), port(options, SPARK_WORKER_UI_PORT));
    }

    private static int port(Map<String, String> options, String key) {
        String value = options.get(key);
        return blank(value) ? 0 : Integer.parseInt(value.trim());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
