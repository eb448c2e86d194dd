package io.github.batchlayer.job.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The one writer and reader of the job's results ({@link IngestResult}, {@link SummarizeResult},
 * {@link ProbeResult}): the job writes them, the plugin reads them (from the result file, and again from the run
 * journal, which holds the same records as figures). A result file is {@code {"command":"ingest", ...fields}};
 * a command that failed after Spark started writes {@code {"command":"ingest","error":"..."}} instead, with
 * {@code "refused":true} when the failure is a known refusal whose message says it all (another writer holds the
 * lease, the topic changed).
 *
 * <p>Strict on reading (every field present, none unknown, no null for a number): the job and the plugin
 * ship together, so a difference is a bug to show, not to paper over. JDK and Jackson only: the same code runs
 * in the driver (Spark's Jackson) and in Maven's JVM (the plugin's), so it uses nothing either version lacks.
 */
public final class ResultCodec {
    static final String COMMAND = "command";
    static final String ERROR = "error";
    static final String REFUSED = "refused";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    private ResultCodec() {
    }

    /** Writes {@code result} to {@code file}, through a temporary file, so a reader never sees half of it. */
    public static <R> void write(Path file, JobCommand<R> command, R result) {
        ObjectNode node = JSON.createObjectNode().put(COMMAND, command.name());
        node.setAll((ObjectNode) toTree(result));
        writeAtomically(file, node);
    }

    /** Writes the error of a command that failed, in place of its result. */
    public static void writeFailure(Path file, JobCommand<?> command, String error) {
        writeFailure(file, command, error, false);
    }

    /** As {@link #writeFailure(Path, JobCommand, String)}; {@code refused}: a known refusal, its message says all. */
    public static void writeFailure(Path file, JobCommand<?> command, String error, boolean refused) {
        ObjectNode node = JSON.createObjectNode().put(COMMAND, command.name()).put(ERROR, error);
        if (refused) {
            node.put(REFUSED, true);
        }
        writeAtomically(file, node);
    }

    /** The result or the error in {@code file}; an {@link UncheckedIOException} naming it when it is unreadable. */
    public static <R> JobOutcome<R> read(Path file, JobCommand<R> command) {
        try {
            JsonNode node = JSON.readTree(file.toFile());
            if (node == null || !node.isObject() || !command.name().equals(node.path(COMMAND).asText())) {
                throw new IOException("not a result of " + command);
            }
            ObjectNode fields = ((ObjectNode) node).deepCopy();
            fields.remove(COMMAND);
            boolean refused = fields.path(REFUSED).asBoolean(false);
            if (fields.has(ERROR) && fields.size() == (fields.has(REFUSED) ? 2 : 1)) {
                return new JobOutcome<>(null, fields.get(ERROR).asText(), refused);
            }
            return new JobOutcome<>(fromTree(fields, command.resultType()), null, false);
        } catch (IOException | IllegalArgumentException e) {
            throw new UncheckedIOException(new IOException("cannot read result file " + file + ": "
                    + e.getMessage(), e));
        }
    }

    /** A result (or any part of one) as a JSON tree: how the run journal embeds it. */
    public static JsonNode toTree(Object value) {
        return JSON.valueToTree(value);
    }

    /** A result from a JSON tree written by {@link #toTree}; IllegalArgumentException when it is not one. */
    public static <T> T fromTree(JsonNode tree, Class<T> type) {
        try {
            return JSON.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Compact JSON text of a value, e.g. offsets in a log line. */
    public static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void writeAtomically(Path file, JsonNode node) {
        try {
            Path target = file.toAbsolutePath();
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
            Files.writeString(tmp, node.toPrettyString() + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write result file " + file, e);
        }
    }
}
