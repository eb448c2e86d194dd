package io.github.batchlayer.kafka;

import java.util.Locale;

/**
 * A {@code sasl.jaas.config} line from a username and password (e.g. a Maven {@code settings.xml} server), so a
 * secured Kafka needs no JAAS file and the password never has to be typed into a pom.
 */
public final class SaslJaas {

    private SaslJaas() {
    }

    /** @param mechanism {@code sasl.mechanism}: PLAIN (default) or SCRAM-SHA-256/512 */
    public static String config(String mechanism, String username, String password) {
        String m = mechanism == null ? "PLAIN" : mechanism.toUpperCase(Locale.ROOT);
        String module = m.startsWith("SCRAM")
                ? "org.apache.kafka.common.security.scram.ScramLoginModule"
                : "org.apache.kafka.common.security.plain.PlainLoginModule";
        if (!m.equals("PLAIN") && !m.startsWith("SCRAM")) {
            throw new IllegalArgumentException("a username/password JAAS config fits SASL PLAIN or SCRAM, not " + m
                    + ": give sasl.jaas.config yourself");
        }
        return module + " required username=\"" + escape(username) + "\" password=\"" + escape(password) + "\";";
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
