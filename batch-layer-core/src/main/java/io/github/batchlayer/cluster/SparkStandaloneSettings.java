package io.github.batchlayer.cluster;

import java.util.Locale;

/**
 * How the embedded launcher provides Spark. {@code local}: no Spark service, the job runs {@code local[*]} inside
 * its driver JVM. {@code standalone}: a Spark standalone master and one worker, each in its own JVM, so the job
 * runs on real executors (separate JVMs that fetch the job's jars), as it would on a cluster.
 *
 * @param mode          {@code local} or {@code standalone}
 * @param masterPort    master RPC port (0 = a free one)
 * @param masterUiPort  master web UI port (0 = a free one); its {@code /json} is the readiness probe
 * @param workerPort    worker RPC port (0 = a free one)
 * @param workerUiPort  worker web UI port (0 = a free one)
 * @param workerCores   cores the worker offers to executors
 * @param workerMemory  memory the worker offers to executors, e.g. {@code 2g}
 */
public record SparkStandaloneSettings(String mode, int masterPort, int masterUiPort, int workerPort, int workerUiPort,
                                      int workerCores, String workerMemory) {

    public static final String LOCAL = "local";
    public static final String STANDALONE = "standalone";

    public SparkStandaloneSettings {
        mode = mode == null || mode.isBlank() ? LOCAL : mode.toLowerCase(Locale.ROOT);
        if (!LOCAL.equals(mode) && !STANDALONE.equals(mode)) {
            throw new ClusterException("unknown sparkMode '" + mode + "': use local (default) or standalone");
        }
        workerMemory = workerMemory == null || workerMemory.isBlank() ? "2g" : workerMemory;
        workerCores = workerCores <= 0 ? 2 : workerCores;
    }

    public static SparkStandaloneSettings local() {
        return new SparkStandaloneSettings(LOCAL, 0, 0, 0, 0, 2, "2g");
    }

    public boolean standalone() {
        return STANDALONE.equals(mode);
    }
}
