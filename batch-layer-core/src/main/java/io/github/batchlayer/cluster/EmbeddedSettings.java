package io.github.batchlayer.cluster;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The embedded launcher's own settings: how it provides Spark. {@link SparkMode#LOCAL}: no Spark service, the job
 * runs {@code local[*]} inside its driver JVM. {@link SparkMode#STANDALONE}: a Spark standalone master and one
 * worker, each in its own JVM, so the job runs on real executors (separate JVMs that fetch the job's jars), as it
 * would on a cluster. The worker's cores and memory are in {@link ClusterSettings#sparkWorker()}, shared with the
 * docker launcher.
 *
 * @param sparkMode      local (default) or standalone
 * @param classDataCache where the services' class-data sharing archives are kept (see
 *                       {@link io.github.batchlayer.process.ClassDataSharing}), or null for none
 */
public record EmbeddedSettings(SparkMode sparkMode, Path classDataCache) {

    public enum SparkMode {
        LOCAL, STANDALONE;

        /** {@code local} or {@code standalone}, any case; blank is local. */
        public static SparkMode parse(String mode) {
            if (mode == null || mode.isBlank()) {
                return LOCAL;
            }
            return switch (mode.trim().toLowerCase(Locale.ROOT)) {
                case "local" -> LOCAL;
                case "standalone" -> STANDALONE;
                default -> throw new ClusterException("unknown sparkMode '" + mode
                        + "': use local (default) or standalone");
            };
        }
    }

    public EmbeddedSettings {
        sparkMode = sparkMode == null ? SparkMode.LOCAL : sparkMode;
    }

    public boolean standalone() {
        return sparkMode == SparkMode.STANDALONE;
    }
}
