package io.github.batchlayer.security;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SensitiveKeysTest {

    /** Credential keys as the Hadoop connectors' documentation names them ({@code <...>} = the user's names). */
    private static final List<String> HADOOP_CREDENTIALS = List.of(
            // s3a (hadoop-aws), also per bucket
            "fs.s3a.access.key", "fs.s3a.secret.key", "fs.s3a.session.token", "fs.s3a.encryption.key",
            "fs.s3a.server-side-encryption.key", "fs.s3a.bucket.logs.access.key", "fs.s3a.bucket.logs.secret.key",
            // abfs (hadoop-azure), per account
            "fs.azure.account.key.acct.dfs.core.windows.net", "fs.azure.account.oauth2.client.secret",
            "fs.azure.account.oauth2.client.secret.acct.dfs.core.windows.net", "fs.azure.sas.fixed.token",
            "fs.azure.sas.fixed.token.acct.dfs.core.windows.net", "fs.azure.account.oauth2.refresh.token",
            // wasb (hadoop-azure, legacy): account key and per-container SAS key
            "fs.azure.account.key.acct.blob.core.windows.net", "fs.azure.sas.container.acct.blob.core.windows.net",
            // gcs (gcs-connector)
            "fs.gs.auth.service.account.private.key", "fs.gs.auth.service.account.private.key.id",
            "fs.gs.auth.client.secret", "fs.gs.encryption.key",
            // adl (hadoop-azure-datalake)
            "fs.adl.oauth2.credential", "fs.adl.oauth2.refresh.token",
            // Hadoop's own SSL and HTTP settings
            "ssl.server.keystore.password", "ssl.server.keystore.keypassword", "ssl.client.truststore.password",
            "hadoop.http.authentication.signature.secret.file");

    private static final List<String> KAFKA_CREDENTIALS = List.of(
            "ssl.key.password", "ssl.keystore.password", "ssl.truststore.password", "ssl.keystore.key",
            "sasl.jaas.config", "sasl.oauthbearer.client.credentials.client.secret",
            "sasl.oauthbearer.assertion.private.key.passphrase", "sasl.oauthbearer.assertion.private.key.file",
            // schema registry clients, often in the same properties
            "basic.auth.user.info", "bearer.auth.token");

    private static final List<String> SPARK_CREDENTIALS = List.of(
            "spark.authenticate.secret", "spark.authenticate.secret.file", "spark.ssl.keyPassword",
            "spark.ssl.keyStorePassword", "spark.ssl.trustStorePassword", "spark.ssl.ui.keyStorePassword",
            "spark.ssl.rpc.trustStorePassword", "spark.kerberos.keytab",
            "spark.kubernetes.authenticate.submission.oauthToken",
            "spark.kubernetes.authenticate.driver.clientKeyFile",
            "spark.kafka.clusters.c1.ssl.keystore.password", "spark.kafka.clusters.c1.sasl.token.mechanism");

    private static final List<String> NOT_SECRET = List.of(
            "security.protocol", "sasl.mechanism", "ssl.keystore.location", "ssl.keystore.type",
            "ssl.endpoint.identification.algorithm", "bootstrap.servers", "spark.master", "spark.executor.memory",
            "spark.ssl.enabled", "spark.ssl.keyStore", "spark.redaction.regex", "fs.defaultFS", "fs.s3a.endpoint",
            "fs.azure.account.auth.type", "fs.azure.account.oauth2.client.id", "fs.gs.project.id",
            "fs.adl.oauth2.client.id", "dfs.replication");

    @Test
    void everyKnownCredentialKeyIsSensitiveUnderEveryPrefix() {
        List<String> missed = new ArrayList<>();
        for (List<String> keys : List.of(HADOOP_CREDENTIALS, KAFKA_CREDENTIALS, SPARK_CREDENTIALS)) {
            for (String key : keys) {
                // as given, handed to Spark's Hadoop client, as a Kafka source option, and in any case
                for (String variant : List.of(key, "spark.hadoop." + key, "kafka." + key, key.toUpperCase())) {
                    if (!SensitiveKeys.isSensitive(variant)) {
                        missed.add(variant);
                    }
                }
            }
        }
        assertEquals(List.of(), missed);
    }

    @Test
    void everyPasswordTypedKafkaClientSettingIsSensitive() {
        List<String> missed = new ArrayList<>();
        int passwords = 0;
        for (ConfigDef def : List.of(ProducerConfig.configDef(), ConsumerConfig.configDef(),
                AdminClientConfig.configDef())) {
            for (ConfigDef.ConfigKey key : def.configKeys().values()) {
                if (key.type == ConfigDef.Type.PASSWORD) {
                    passwords++;
                    if (!SensitiveKeys.isSensitive(key.name)) {
                        missed.add(key.name);
                    }
                }
            }
        }
        assertTrue(passwords >= 3 * 7, "Kafka's clients declare their password settings (" + passwords + ")");
        assertEquals(List.of(), missed);
    }

    @Test
    void ordinarySettingsStayVisible() {
        for (String key : NOT_SECRET) {
            assertFalse(SensitiveKeys.isSensitive(key), key);
            assertFalse(SensitiveKeys.isSensitive("spark.hadoop." + key), key);
        }
    }

    @Test
    void sparkRedactsWhatWeMask() {
        // Spark matches spark.redaction.regex against keys with find(); it must take the same keys
        Pattern spark = Pattern.compile(SensitiveKeys.regex());
        assertTrue(spark.matcher("spark.hadoop.fs.azure.account.key.acct.dfs.core.windows.net").find());
        assertTrue(spark.matcher("kafka.sasl.jaas.config").find());
        assertFalse(spark.matcher("spark.master").find());
    }

    @Test
    void masksValuesInMapsAndLines() {
        Map<String, String> conf = new LinkedHashMap<>();
        conf.put("security.protocol", "SASL_SSL");
        conf.put("sasl.jaas.config", "PlainLoginModule required username=\"u\" password=\"p\";");
        conf.put("spark.hadoop.fs.azure.account.key.acct.dfs.core.windows.net", "c2VjcmV0");
        assertEquals("{security.protocol=SASL_SSL, sasl.jaas.config=******, "
                + "spark.hadoop.fs.azure.account.key.acct.dfs.core.windows.net=******}",
                SensitiveKeys.masked(conf).toString());
        assertEquals(Map.of("security.protocol", "SASL_SSL"), SensitiveKeys.nonSecretsOf(conf));
        assertEquals(2, SensitiveKeys.secretsOf(conf).size());
        assertEquals("-Dspark.authenticate.secret=****** -Dspark.master=spark://h:7077",
                SensitiveKeys.maskLine("-Dspark.authenticate.secret=s3cr3t -Dspark.master=spark://h:7077"));
        assertEquals("ssl.truststore.password: ******, next",
                SensitiveKeys.maskLine("ssl.truststore.password: hunter2, next"));
        assertEquals("-Dspark.hadoop.fs.azure.account.key.acct.dfs.core.windows.net=******",
                SensitiveKeys.maskLine("-Dspark.hadoop.fs.azure.account.key.acct.dfs.core.windows.net=c2VjcmV0"));
        // a Scala map or JSON in an exception message
        assertEquals("Map(fs.s3a.secret.key -> ******, fs.s3a.endpoint -> e)",
                SensitiveKeys.maskLine("Map(fs.s3a.secret.key -> abc, fs.s3a.endpoint -> e)"));
        assertEquals("{\"fs.gs.auth.client.secret\": ******}",
                SensitiveKeys.maskLine("{\"fs.gs.auth.client.secret\": \"xyz\"}"));
    }

    @Test
    void privateFileIsOwnerOnly(@TempDir Path dir) throws Exception {
        Path file = PrivateFile.writeProperties(dir.resolve("s/kafka.properties"), Map.of("sasl.jaas.config", "x"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(Files.readString(file).contains("sasl.jaas.config=x"));
    }
}
