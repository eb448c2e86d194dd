package io.github.batchlayer.cluster.docker.compose;

import java.nio.file.Path;
import java.util.Map;

/**
 * A service's {@code build:} section.
 *
 * @param context    the build context directory (resolved against the compose file's directory)
 * @param dockerfile the Dockerfile, relative to the context
 * @param args       build arguments, already interpolated
 */
public record BuildSpec(Path context, String dockerfile, Map<String, String> args) {

    public BuildSpec {
        args = Map.copyOf(args);
    }
}
