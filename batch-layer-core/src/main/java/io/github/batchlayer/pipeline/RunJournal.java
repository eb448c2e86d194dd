package io.github.batchlayer.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.batchlayer.job.contract.ResultCodec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The record of one pipeline run ({@code target/batch-layer/journal.jsonl}, one JSON object per line), in the
 * way failsafe writes its summary: pipeline goals append what they did or how they failed, and {@code verify}
 * judges at the end, after {@code cluster-down} has run. A new run starts with {@code cluster-up}.
 *
 * <p>The one reader and writer of entries: the figures are encoded by the job results' codec
 * ({@link ResultCodec}) and decoded into the type {@link GoalFigures} names for the entry's goal.
 */
public final class RunJournal {

    public static final String FILE_NAME = "journal.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIGURES = "figures";

    private final Path file;

    public RunJournal(Path workDir) {
        this.file = workDir.resolve(FILE_NAME);
    }

    public synchronized void append(JournalEntry entry) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, encode(entry) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public List<JournalEntry> entries() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<JournalEntry> entries = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    entries.add(decode(lines.get(i), i + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return entries;
    }

    private static String encode(JournalEntry entry) throws IOException {
        ObjectNode node = JSON.valueToTree(entry);
        node.set(FIGURES, entry.figures() == null ? null : ResultCodec.toTree(entry.figures()));
        return JSON.writeValueAsString(node);
    }

    private JournalEntry decode(String line, int lineNumber) throws IOException {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(line);
            JsonNode figures = node.remove(FIGURES);
            JournalEntry bare = JSON.treeToValue(node, JournalEntry.class);
            Object typed = figures == null || figures.isNull() ? null : GoalFigures.typeOf(bare.goal())
                    .map(type -> ResultCodec.fromTree(figures, type)).orElse(null);
            return new JournalEntry(bare.goal(), bare.execution(), bare.status(), bare.seconds(), bare.message(),
                    typed, bare.atMillis());
        } catch (IOException | IllegalArgumentException | ClassCastException e) {
            throw new IOException("line " + lineNumber + " of " + file + " is not a journal entry: "
                    + e.getMessage(), e);
        }
    }

    public List<JournalEntry> failures() {
        return entries().stream().filter(e -> e.status() == JournalEntry.Status.FAILED).toList();
    }

    public void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path file() {
        return file;
    }
}
