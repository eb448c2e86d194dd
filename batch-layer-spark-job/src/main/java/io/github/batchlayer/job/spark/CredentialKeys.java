package io.github.batchlayer.job.spark;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one list of configuration keys that hold credentials, for Kafka clients, Hadoop's file systems (HDFS and the
 * cloud connectors) and Spark, and masking their values wherever a value could be shown. JDK types only: the
 * plugin's core uses this class too (as {@code security.SensitiveKeys}), so the job and the plugin can never
 * disagree on what is secret.
 *
 * <p>A key is a credential when its name contains one of the fragments below, in any case and under any prefix
 * ({@code spark.hadoop.}, {@code kafka.}, a per-bucket or per-account infix). Deliberately broad: masking a
 * harmless value costs nothing, printing a password does.
 */
public final class CredentialKeys {

    public static final String MASK = "******";

    /**
     * Fragments of credential keys, each with the keys it stands for. Case-insensitive; {@code [._-]?} because
     * the projects spell the same word with dots, dashes or nothing.
     */
    private static final String[] FRAGMENTS = {
            // Kafka ssl.key.password, ssl.keystore.password, ssl.truststore.password; Spark spark.ssl.keyPassword,
            // spark.ssl.*.keyStorePassword; Hadoop ssl.server.keystore.password, ...credstore...password-file
            "password", "passwd",
            // Kafka sasl.oauthbearer.assertion.private.key.passphrase
            "passphrase",
            // s3a fs.s3a.secret.key; abfs fs.azure.account.oauth2.client.secret; gcs fs.gs.auth.client.secret;
            // Spark spark.authenticate.secret; Kafka sasl.oauthbearer.client.credentials.client.secret
            "secret",
            // s3a fs.s3a.session.token; adl fs.adl.oauth2.refresh.token; abfs fs.azure.sas.fixed.token;
            // Spark spark.kubernetes.authenticate.*.oauthToken; schema registry bearer.auth.token
            "token",
            // adl fs.adl.oauth2.credential; Kafka sasl.oauthbearer.client.credentials.*
            "credential",
            // Kafka sasl.jaas.config (holds the SASL password inline)
            "jaas",
            // Spark spark.kerberos.keytab, Hadoop *.keytab (a path, but it names the key material)
            "keytab",
            // s3a fs.s3a.access.key (and fs.s3a.bucket.<bucket>.access.key)
            "access[._-]?key",
            // abfs/wasb fs.azure.account.key.<account>.dfs|blob.core.windows.net
            "account[._-]?key",
            // gcs fs.gs.auth.service.account.private.key(.id); Kafka sasl.oauthbearer.assertion.private.key.file
            "private[._-]?key",
            // s3a fs.s3a.encryption.key, fs.s3a.server-side-encryption.key (SSE-C); gcs fs.gs.encryption.key (CSEK)
            "encryption[._-]?key",
            // Kafka ssl.keystore.key (the PEM private key)
            "keystore[._-]key(?![a-z])",
            // Kafka ssl.keystore.certificate.chain, ssl.truststore.certificates: public, but Kafka types them as
            // passwords (its own logs hide them), so we follow
            "certificate",
            // Spark spark.kubernetes.authenticate.*.clientKeyFile / clientKeyData
            "client[._-]?key",
            // wasb fs.azure.sas.<container>.<account>.blob.core.windows.net (the SAS key itself)
            "fs[.]azure[.]sas[.]",
            // schema registry basic.auth.user.info (user:password)
            "user[._-]?info",
    };

    /** One alternation of every fragment, for Java and for Spark's {@code spark.redaction.regex}. */
    public static final String REGEX = "(?i)" + String.join("|", FRAGMENTS);

    private static final Pattern KEY = Pattern.compile(REGEX);

    /**
     * {@code key=value}, {@code key: value} or {@code key -> value} with a credential key (also quoted, as in a
     * Scala map or JSON), up to the next blank, comma, semicolon or closing quote.
     */
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "([\\w.\\-]*(?:" + String.join("|", FRAGMENTS) + ")[\\w.\\-]*\"?)(\\s*(?:[=:]|->)\\s*)"
                    + "(\"[^\"]*\"|[^\\s,;\"]+)", Pattern.CASE_INSENSITIVE);

    private CredentialKeys() {
    }

    public static boolean isCredential(String key) {
        return key != null && KEY.matcher(key).find();
    }

    /** The text with the value of every credential {@code key=value} masked (log tails, error messages). */
    public static String maskAssignments(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ASSIGNMENT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2) + MASK));
        }
        m.appendTail(out);
        return out.toString();
    }
}
