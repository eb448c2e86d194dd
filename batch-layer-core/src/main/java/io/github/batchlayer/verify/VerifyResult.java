package io.github.batchlayer.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * All checks of one verify run and their machine-readable form, {@code verify.json}, which CI and the consumer's
 * own tests read instead of parsing the build log.
 */
public record VerifyResult(List<Check> checks, Instant generatedAt) {

    public static final String FILE_NAME = "verify.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public VerifyResult {
        checks = List.copyOf(checks);
        generatedAt = generatedAt == null ? Instant.now() : generatedAt;
    }

    public VerifyResult(List<Check> checks) {
        this(checks, Instant.now());
    }

    /** False when any check failed, and when there is no check at all: an empty verify proves nothing. */
    public boolean passed() {
        return !checks.isEmpty() && checks.stream().allMatch(Check::passed);
    }

    public List<Check> failedChecks() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    /** Writes {@code verify.json} into {@code workDir} and returns its path. */
    public Path write(Path workDir) {
        ObjectNode root = JSON.createObjectNode();
        root.put("passed", passed());
        ArrayNode array = root.putArray("checks");
        for (Check check : checks) {
            array.addObject().put("name", check.name()).put("expected", check.expected())
                    .put("actual", check.actual()).put("passed", check.passed());
        }
        root.put("generatedAt", generatedAt.toString());
        Path file = workDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(workDir);
            Files.writeString(file, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    /** Reads a {@code verify.json} written by {@link #write}. */
    public static VerifyResult read(Path file) {
        try {
            JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            List<Check> checks = new ArrayList<>();
            for (JsonNode c : root.path("checks")) {
                checks.add(new Check(c.path("name").asText(), c.path("expected").asText(),
                        c.path("actual").asText(), c.path("passed").asBoolean()));
            }
            return new VerifyResult(checks, Instant.parse(root.path("generatedAt").asText()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
