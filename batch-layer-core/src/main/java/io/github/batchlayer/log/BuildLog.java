package io.github.batchlayer.log;

/**
 * The core's view of a build log. Maven's {@code Log} is adapted to it at the edge, so the core can be driven
 * from tests or a CLI without Maven on the classpath.
 */
public interface BuildLog {
    void info(String message);

    void warn(String message);

    void error(String message);

    void debug(String message);

    /** A log that prints info and above to standard error; for tests and command-line use. */
    static BuildLog console() {
        return new BuildLog() {
            @Override public void info(String m) { System.err.println("[INFO] " + m); }
            @Override public void warn(String m) { System.err.println("[WARN] " + m); }
            @Override public void error(String m) { System.err.println("[ERROR] " + m); }
            @Override public void debug(String m) { }
        };
    }
}
