package io.github.batchlayer.pipeline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

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
 */
public final class RunJournal {

    public static final String FILE_NAME = "journal.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public RunJournal(Path workDir) {
        this.file = workDir.resolve(FILE_NAME);
    }

    public synchronized void append(JournalEntry entry) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(entry) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
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
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    entries.add(JSON.readValue(line, new TypeReference<JournalEntry>() { }));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return entries;
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
