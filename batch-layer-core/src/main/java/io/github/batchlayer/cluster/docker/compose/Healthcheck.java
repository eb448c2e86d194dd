package io.github.batchlayer.cluster.docker.compose;

import java.time.Duration;
import java.util.List;

/**
 * A service's healthcheck as compose writes it. The test keeps compose's form ({@code ["CMD", ...]} or
 * {@code ["CMD-SHELL", "..."]}), which is also the Docker API's.
 */
public record Healthcheck(List<String> test, Duration interval, Duration timeout, int retries, Duration startPeriod) {

    public Healthcheck {
        test = List.copyOf(test);
    }
}
