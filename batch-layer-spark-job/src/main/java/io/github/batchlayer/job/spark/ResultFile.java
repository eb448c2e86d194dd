package io.github.batchlayer.job.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The machine-readable outcome the plugin reads, on the LOCAL file system of the driver (java.nio, not Hadoop).
 * Written to a temp file and moved, so the plugin never reads half a result.
 */
public final class ResultFile {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResultFile() {
    }

    public static ObjectNode newResult(String command) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("command", command);
        return node;
    }

    public static void write(String file, ObjectNode result) {
        try {
            Path target = Path.of(file).toAbsolutePath();
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
            Files.writeString(tmp, result.toPrettyString() + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write result file " + file, e);
        }
    }
}
