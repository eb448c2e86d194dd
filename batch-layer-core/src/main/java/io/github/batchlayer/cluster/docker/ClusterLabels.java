package io.github.batchlayer.cluster.docker;

import io.github.batchlayer.cluster.docker.reaper.Reaper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The labels on everything the docker launcher creates. The run label names one start: the run's reaper watches
 * it, and cluster-down removes by it. The project label (a hash of the work directory's path) groups the runs
 * started from one path, so a new cluster-up can find what a killed build there left; it is not proof of
 * ownership, since two checkouts at the same path (CI agents in containers sharing the host's engine) share it,
 * so only runs whose reaper is gone are removed by it. The log label tells cluster-down (possibly a later Maven
 * invocation) where to save the container's output before removing it.
 */
public final class ClusterLabels {

    public static final String PROJECT = "io.github.batchlayer.project";
    public static final String RUN = "io.github.batchlayer.run";
    public static final String SERVICE = Reaper.SERVICE_LABEL;
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

    /**
     * A container name readable in {@code docker ps}: project, the run's first 8 characters and the service. The
     * run makes it unique: two checkouts at the same path share the project, never a run.
     */
    public static String containerName(String projectId, String runId, String service) {
        String run = runId.replaceAll("[^A-Za-z0-9]", "");
        return "batch-layer-" + projectId + "-" + run.substring(0, Math.min(8, run.length())) + "-" + service;
    }
}
