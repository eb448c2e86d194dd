package io.github.batchlayer.cluster.docker;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The labels on everything the docker launcher creates. The project label (a hash of the work directory) lets a
 * new cluster-up sweep what a killed build of the same project left behind without touching another project's
 * cluster on the same engine; the run label names one start; the log label tells cluster-down (possibly a later
 * Maven invocation) where to save the container's output before removing it.
 */
public final class ClusterLabels {

    public static final String PROJECT = "io.github.batchlayer.project";
    public static final String RUN = "io.github.batchlayer.run";
    public static final String SERVICE = "io.github.batchlayer.service";
    public static final String LOG_FILE = "io.github.batchlayer.log";
    /** On images: the content hash of the build inputs, also the image's tag. */
    public static final String INPUTS = "io.github.batchlayer.inputs";

    private ClusterLabels() {
    }

    /** A short, stable id of a work directory: the same project directory always gets the same one. */
    public static String projectId(Path workDir) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    workDir.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, String> forContainer(String projectId, String runId, String service, Path logFile,
                                                   Map<String, String> fromCompose) {
        Map<String, String> labels = new HashMap<>(fromCompose);
        labels.put(PROJECT, projectId);
        labels.put(RUN, runId);
        labels.put(SERVICE, service);
        labels.put(LOG_FILE, logFile.toAbsolutePath().toString());
        return labels;
    }

    /** A container name that is unique per project and service, readable in {@code docker ps}. */
    public static String containerName(String projectId, String service) {
        return "batch-layer-" + projectId + "-" + service;
    }
}
