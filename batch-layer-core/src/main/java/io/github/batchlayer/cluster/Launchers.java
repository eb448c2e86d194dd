package io.github.batchlayer.cluster;

import io.github.batchlayer.cluster.docker.DockerLauncher;
import io.github.batchlayer.cluster.embedded.EmbeddedLauncher;
import io.github.batchlayer.cluster.external.ExternalLauncher;

import java.util.Locale;

/** The launchers by name; adding one touches only this class. */
public final class Launchers {

    private Launchers() {
    }

    public static Launcher forName(String name) {
        return switch (name == null ? EmbeddedLauncher.NAME : name.toLowerCase(Locale.ROOT)) {
            case EmbeddedLauncher.NAME -> new EmbeddedLauncher();
            case DockerLauncher.NAME -> new DockerLauncher();
            case ExternalLauncher.NAME -> new ExternalLauncher();
            default -> throw new ClusterException("unknown launcher '" + name
                    + "': use embedded (default), docker or external");
        };
    }
}
