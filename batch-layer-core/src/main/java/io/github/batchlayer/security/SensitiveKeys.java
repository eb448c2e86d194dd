package io.github.batchlayer.security;

import io.github.batchlayer.job.spark.CredentialKeys;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which configuration keys hold secrets, and masking their values wherever a value could be shown (build log,
 * reports, argument files), and splitting a configuration into what may be shown and what goes through an
 * owner-only file. The list itself is the job's {@link CredentialKeys}, so the plugin and the job mask the same
 * keys: Kafka's SSL and SASL settings, Hadoop's cloud connector keys (s3a, abfs/wasb, gcs, adl), Spark's secrets.
 */
public final class SensitiveKeys {

    public static final String MASK = CredentialKeys.MASK;

    private SensitiveKeys() {
    }

    public static boolean isSensitive(String key) {
        return CredentialKeys.isCredential(key);
    }

    /** The list as one case-insensitive regex, for Spark's {@code spark.redaction.regex} and the like. */
    public static String regex() {
        return CredentialKeys.REGEX;
    }

    /** A copy with every secret value replaced by {@link #MASK}, for logging a configuration. */
    public static Map<String, String> masked(Map<String, String> config) {
        Map<String, String> copy = new LinkedHashMap<>();
        config.forEach((k, v) -> copy.put(k, isSensitive(k) ? MASK : v));
        return copy;
    }

    /** The line with the value of every secret-looking {@code key=value} masked (log tails, error messages). */
    public static String maskLine(String line) {
        return CredentialKeys.maskAssignments(line);
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
