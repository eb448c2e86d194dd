package io.github.batchlayer.cluster;

import java.nio.file.Path;

/**
 * The docker launcher's own settings.
 *
 * @param baseImage   JRE base image the cluster images are built on (a build argument); default
 *                    {@value #DEFAULT_BASE_IMAGE}
 * @param composeFile a user's compose file, or null for the one bundled with the plugin
 */
public record DockerSettings(String baseImage, Path composeFile) {

    /** A public JRE image, for users whose engine reaches a registry; CI builds its own (cluster/build-base-image.sh). */
    public static final String DEFAULT_BASE_IMAGE = "eclipse-temurin:17-jre";

    public DockerSettings {
        baseImage = baseImage == null || baseImage.isBlank() ? DEFAULT_BASE_IMAGE : baseImage.trim();
    }
}
