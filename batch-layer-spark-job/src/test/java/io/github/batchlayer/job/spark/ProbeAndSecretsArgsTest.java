package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.JobArguments;
import io.github.batchlayer.job.contract.JobCommands;
import io.github.batchlayer.job.contract.ProbeArgs;
import io.github.batchlayer.job.contract.UsageException;
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
        JobArguments<?> args = JobCommands.parse(new String[] {"probe", "--path", "hdfs://nn:8020/tmp/raw",
                "--result-file", "r"});
        assertEquals("hdfs://nn:8020/tmp/raw", args.get(ProbeArgs.PATH));
        assertEquals(4L, args.get(ProbeArgs.PARTITIONS));
        assertThrows(UsageException.class, () -> JobCommands.parse(new String[] {"probe", "--result-file", "r"}));
    }

    @Test
    void kafkaPropertiesFileIsMergedAndTheCommandLineWins(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kafka.properties");
        Files.writeString(file, "sasl.jaas.config=secret-jaas\nsecurity.protocol=SASL_SSL\n");
        JobArguments<?> args = JobCommands.parse(new String[] {"ingest", "--bootstrap-servers", "k:9092", "--topic", "t",
                "--raw-path", "r", "--quarantine-path", "q", "--result-file", "f",
                "--kafka-properties-file", file.toString(), "--kafka.security.protocol", "SASL_PLAINTEXT"});
        assertEquals(Map.of("sasl.jaas.config", "secret-jaas", "security.protocol", "SASL_PLAINTEXT"),
                IngestOptions.from(args).kafkaProperties());
    }
}
