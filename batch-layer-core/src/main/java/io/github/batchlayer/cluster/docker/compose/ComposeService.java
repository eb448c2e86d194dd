package io.github.batchlayer.cluster.docker.compose;

import java.util.List;
import java.util.Map;

/**
 * One service of the compose file, in the subset the docker launcher drives.
 *
 * @param name        the service's key under {@code services:}
 * @param image       image name; with {@code build} the repository the built image is tagged into
 * @param build       how to build the image, or null to use {@code image} as it is
 * @param command     the command, split into arguments (empty = the image's)
 * @param environment container environment
 * @param networkMode e.g. {@code host}; null = the engine's default
 * @param healthcheck null when none
 * @param dependsOn   service name to condition ({@code service_started}, {@code service_healthy},
 *                    {@code service_completed_successfully}), in file order
 * @param volumes     bind mounts {@code source:target[:ro]} with an absolute source
 * @param labels      container labels
 * @param extensions  the service's {@code x-*} fields (compose ignores them; the launcher reads its own)
 */
public record ComposeService(String name, String image, BuildSpec build, List<String> command,
                             Map<String, String> environment, String networkMode, Healthcheck healthcheck,
                             Map<String, String> dependsOn, List<String> volumes, Map<String, String> labels,
                             Map<String, Object> extensions) {

    public static final String STARTED = "service_started";
    public static final String HEALTHY = "service_healthy";
    public static final String COMPLETED = "service_completed_successfully";

    public ComposeService {
        command = List.copyOf(command);
        volumes = List.copyOf(volumes);
    }

    /** A string extension field ({@code x-name: value}), or null. */
    public String extension(String key) {
        Object value = extensions.get(key);
        return value == null ? null : value.toString();
    }
}
