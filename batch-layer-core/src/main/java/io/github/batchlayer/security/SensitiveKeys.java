package io.github.batchlayer.security;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which configuration keys hold secrets, and masking their values wherever a value could be shown (build log,
 * reports, argument files). One rule for Kafka, Hadoop and Spark settings: a key naming a password, secret, JAAS
 * config or token is secret. Deliberately broad: masking a harmless value costs nothing, printing a password does.
 */
public final class SensitiveKeys {

    public static final String MASK = "******";

    private static final String[] MARKERS = {"password", "secret", "jaas", "token", "credential", "keytab"};

    /** {@code key=value} or {@code key: value} with a secret-looking key, up to the next blank or quote. */
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "([\\w.\\-]*(?i:password|secret|jaas|token|credential|keytab)[\\w.\\-]*)(\\s*[=:]\\s*)(\"[^\"]*\"|[^\\s,;]+)");

    private SensitiveKeys() {
    }

    public static boolean isSensitive(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        for (String marker : MARKERS) {
            if (k.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /** A copy with every secret value replaced by {@link #MASK}, for logging a configuration. */
    public static Map<String, String> masked(Map<String, String> config) {
        Map<String, String> copy = new LinkedHashMap<>();
        config.forEach((k, v) -> copy.put(k, isSensitive(k) ? MASK : v));
        return copy;
    }

    /** The line with the value of every secret-looking {@code key=value} masked (log tails, error messages). */
    public static String maskLine(String line) {
        if (line == null) {
            return null;
        }
        Matcher m = ASSIGNMENT.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2) + MASK));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Only the secret entries. */
    public static Map<String, String> secretsOf(Map<String, String> config) {
        Map<String, String> secrets = new LinkedHashMap<>();
        config.forEach((k, v) -> {
            if (isSensitive(k)) {
                secrets.put(k, v);
            }
        });
        return secrets;
    }

    /** Only the entries that are not secret. */
    public static Map<String, String> nonSecretsOf(Map<String, String> config) {
        Map<String, String> plain = new LinkedHashMap<>();
        config.forEach((k, v) -> {
            if (!isSensitive(k)) {
                plain.put(k, v);
            }
        });
        return plain;
    }
}
