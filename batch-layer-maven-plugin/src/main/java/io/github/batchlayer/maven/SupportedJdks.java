package io.github.batchlayer.maven;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The Java versions the forked engines run on, in one place, and the check of a chosen JDK against them.
 * What the engines publish (looked up for the versions this plugin pins):
 * <ul>
 *   <li>Spark 4.x: Java 17 and 21 (Spark's overview page; Spark 4 dropped Java 8 and 11).</li>
 *   <li>Kafka 4.x: brokers Java 17+, clients Java 11+ (kafka.apache.org "Compatibility": server 11 no,
 *       17 and 23 yes).</li>
 *   <li>Hadoop 3.4: Java 8 and 11 at runtime officially (cwiki "Hadoop Java Versions"); the NameNode and
 *       DataNode run on 17 and 21 in practice, as this project's ITs show.</li>
 * </ul>
 * So below 17 nothing starts (fail); 17 through 21 is documented by Spark and Kafka (pass); above 21 runs the
 * example in practice (Maven on JDK 25 does) but no engine documents it (warn).
 */
final class SupportedJdks {

    /** Kafka 4 brokers and Spark 4 need at least this. */
    static final int MINIMUM = 17;
    /** The newest feature version Spark 4 documents. */
    static final int NEWEST_DOCUMENTED = 21;

    static final String RANGE = "Java " + MINIMUM + " to " + NEWEST_DOCUMENTED
            + " (Spark 4: 17 and 21; Kafka 4 brokers: 17+; Hadoop 3.4: 8 and 11 officially, runs on 17 and 21)";

    private SupportedJdks() {
    }

    /**
     * Checks a JDK's feature version: a warning for one the engines do not document but run on, an
     * {@link UnsupportedJdkException} for one they cannot run on.
     */
    static Optional<String> check(Path java, int featureVersion, String source) {
        String found = "the JDK " + java + " (Java " + featureVersion + ", " + source + ")";
        if (featureVersion < MINIMUM) {
            throw new UnsupportedJdkException(found + " cannot run the engines: they need " + RANGE
                    + ". Choose another JDK for the forked JVMs with -Dbatch-layer.javaHome=/path/to/jdk or a"
                    + " maven-toolchains-plugin 'jdk' toolchain.");
        }
        if (featureVersion > NEWEST_DOCUMENTED) {
            return Optional.of(found + " is newer than the engines document (" + RANGE + "); it runs in"
                    + " practice, but if a service misbehaves choose another with -Dbatch-layer.javaHome or a"
                    + " 'jdk' toolchain");
        }
        return Optional.empty();
    }

    /** A JDK the engines cannot run on; the message names it, the range and how to choose another. */
    static final class UnsupportedJdkException extends RuntimeException {
        UnsupportedJdkException(String message) {
            super(message);
        }
    }
}
