package io.github.batchlayer.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SensitiveKeysTest {

    @Test
    void keysNamingSecretsAreSensitive() {
        assertTrue(SensitiveKeys.isSensitive("sasl.jaas.config"));
        assertTrue(SensitiveKeys.isSensitive("ssl.truststore.password"));
        assertTrue(SensitiveKeys.isSensitive("spark.authenticate.secret"));
        assertTrue(SensitiveKeys.isSensitive("spark.hadoop.fs.s3a.session.token"));
        assertFalse(SensitiveKeys.isSensitive("security.protocol"));
        assertFalse(SensitiveKeys.isSensitive("spark.executor.memory"));
    }

    @Test
    void masksValuesInMapsAndLines() {
        Map<String, String> conf = new LinkedHashMap<>();
        conf.put("security.protocol", "SASL_SSL");
        conf.put("sasl.jaas.config", "PlainLoginModule required username=\"u\" password=\"p\";");
        assertEquals("{security.protocol=SASL_SSL, sasl.jaas.config=******}", SensitiveKeys.masked(conf).toString());
        assertEquals("-Dspark.authenticate.secret=****** -Dspark.master=spark://h:7077",
                SensitiveKeys.maskLine("-Dspark.authenticate.secret=s3cr3t -Dspark.master=spark://h:7077"));
        assertEquals("ssl.truststore.password: ******, next",
                SensitiveKeys.maskLine("ssl.truststore.password: hunter2, next"));
    }

    @Test
    void privateFileIsOwnerOnly(@TempDir Path dir) throws Exception {
        Path file = PrivateFile.writeProperties(dir.resolve("s/kafka.properties"), Map.of("sasl.jaas.config", "x"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(Files.readString(file).contains("sasl.jaas.config=x"));
    }
}
