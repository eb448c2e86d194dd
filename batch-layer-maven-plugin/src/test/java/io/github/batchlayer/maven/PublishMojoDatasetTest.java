package io.github.batchlayer.maven;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A malformed dataset fails before Kafka is contacted: the bootstrap servers point at a port where nothing
 * listens, and the error still names the record and its byte offset.
 */
@MojoTest
class PublishMojoDatasetTest {

    @TempDir
    Path temp;

    @Test
    @InjectMojo(goal = "publish")
    @MojoParameter(name = "kafkaBootstrapServers", value = "127.0.0.1:1")
    void malformedRecordIsNamedWithIndexAndOffset(PublishMojo mojo) throws Exception {
        String json = "[\n  {\"a\": 1},\n  {\"b\": 2},\n  {\"c\": }\n]\n";
        Path dataset = temp.resolve("broken.json");
        Files.writeString(dataset, json, StandardCharsets.UTF_8);
        mojo.workDir = temp.resolve("work").toFile();
        MojoTesting.set(mojo, "dataset", dataset.toFile());
        MojoTesting.execution(mojo, "default-cli");
        MojoTesting.capture(mojo);

        long started = System.nanoTime();
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        String message = e.getMessage();
        assertTrue(message.contains(dataset.toString()), message);
        assertTrue(message.contains("record 2"), message);
        // the 4th record's object starts at byte 28; the parser stops at its '}' (byte 34)
        assertTrue(message.contains("byte 34"), message);
        assertTrue(message.endsWith("; nothing was sent"), message);
        assertTrue((System.nanoTime() - started) / 1e9 < 20, "failed without waiting for Kafka");
    }
}
