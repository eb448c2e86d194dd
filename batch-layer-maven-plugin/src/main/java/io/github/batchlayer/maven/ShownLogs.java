package io.github.batchlayer.maven;

import io.github.batchlayer.log.BuildLog;
import io.github.batchlayer.process.LogFollower;
import io.github.batchlayer.process.ShowLogs;

import java.util.Map;

/**
 * The {@link LogFollower} of {@code -Dbatch-layer.showLogs}, kept in the plugin's context of the project: the
 * goal that starts it ({@code cluster-up}) ends long before the logs do, so the later goals of the build find it
 * there, and {@code cluster-down} closes it (printing the last lines) before the services stop.
 */
final class ShownLogs {

    private static final String KEY = ShownLogs.class.getName();

    private ShownLogs() {
    }

    /** The project's follower, started now if no goal of this build started one. */
    @SuppressWarnings({"rawtypes", "unchecked"}) // Mojo.getPluginContext() is a raw Map
    static LogFollower follower(Map pluginContext, ShowLogs which, BuildLog log) {
        if (pluginContext == null) {
            return LogFollower.start(which, log);
        }
        synchronized (pluginContext) {
            Object follower = pluginContext.get(KEY);
            if (follower instanceof LogFollower f) {
                return f;
            }
            LogFollower started = LogFollower.start(which, log);
            pluginContext.put(KEY, started);
            return started;
        }
    }

    /** Closes the project's follower, if a goal started one. */
    static void close(Map<?, ?> pluginContext) {
        if (pluginContext == null) {
            return;
        }
        Object follower;
        synchronized (pluginContext) {
            follower = pluginContext.remove(KEY);
        }
        if (follower instanceof LogFollower f) {
            f.close();
        }
    }
}
