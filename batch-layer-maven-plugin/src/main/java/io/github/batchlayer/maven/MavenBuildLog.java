package io.github.batchlayer.maven;

import io.github.batchlayer.log.BuildLog;

import org.apache.maven.plugin.logging.Log;

/** Maven's log seen as the core's {@link BuildLog}. */
final class MavenBuildLog implements BuildLog {

    private final Log log;

    MavenBuildLog(Log log) {
        this.log = log;
    }

    @Override public void info(String message) { log.info(message); }
    @Override public void warn(String message) { log.warn(message); }
    @Override public void error(String message) { log.error(message); }
    @Override public void debug(String message) { log.debug(message); }
}
