package io.github.batchlayer.job.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProbeAndSecretsArgsTest {

    @Test
    void probeNeedsAPathAndAResultFile() {
        JobArgs args = JobArgs.parse(new String[] {"probe", "--path", "hdfs://nn:8020/tmp/raw", "--result-file", "r"});
        assertEquals("hdfs://nn:8020/tmp/raw", args.require("path"));
        assertThrows(UsageException.class, () -> JobArgs.parse(new String[] {"probe", "--result-file", "r"}));
    }

    @Test
    void kafkaPropertiesFileIsMergedAndTheCommandLineWins(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kafka.properties");
        Files.writeString(file, "sasl.jaas.config=secret-jaas\nsecurity.protocol=SASL_SSL\n");
        JobArgs args = JobArgs.parse(new String[] {"ingest", "--bootstrap-servers", "k:9092", "--topic", "t",
                "--raw-path", "r", "--quarantine-path", "q", "--result-file", "f",
                "--kafka-properties-file", file.toString(), "--kafka.security.protocol", "SASL_PLAINTEXT"});
        assertEquals(Map.of("sasl.jaas.config", "secret-jaas", "security.protocol", "SASL_PLAINTEXT"),
                IngestOptions.from(args).kafkaProperties());
    }
}
