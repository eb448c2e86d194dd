package io.github.batchlayer.verify.expect;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.batchlayer.job.ResultFiles;
import io.github.batchlayer.job.contract.CountBy;
import io.github.batchlayer.job.contract.ResultCodec;
import io.github.batchlayer.job.contract.SummarizeArgs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Views as summarize lands them: each view's CSV under {@code views/} and the {@code views} list in
 * results/summarize.json (merged into what is already there, so it combines with WorkDirFixture's figures).
 */
public final class ViewsFixture {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path workDir;

    public ViewsFixture(Path workDir) {
        this.workDir = workDir;
    }

    /** Adds a view; {@code csv} is the file's whole text, header first. */
    public ViewsFixture view(String name, boolean ordered, String csv) {
        Path file = workDir.resolve("views").resolve(name + ".csv");
        write(file, csv);
        ObjectNode root = root();
        ArrayNode views = root.withArray("views");
        ObjectNode view = views.addObject().put("name", name).put("sqlFile", "src/batch-layer/views/" + name + ".sql")
                .put("rows", csv.strip().split("\n").length - 1).put("ordered", ordered)
                .put("parquetPath", "/tmp/views/" + name).put("csvPath", "views/" + name + ".csv");
        ArrayNode columns = view.putArray("columns");
        for (String c : csv.substring(0, csv.indexOf('\n')).split(",")) {
            columns.add(c);
        }
        writeRoot(root);
        return this;
    }

    /** Adds the job's count-by figures: rows of value (null allowed), raw, quarantined. */
    public ViewsFixture countBy(String path, List<Object[]> values) {
        CountBy counts = new CountBy(path, values.stream().map(v -> new CountBy.ValueCount((String) v[0],
                ((Number) v[1]).longValue(), ((Number) v[2]).longValue())).toList());
        ObjectNode root = root();
        root.set("countBy", ResultCodec.toTree(counts));
        writeRoot(root);
        return this;
    }

    private ObjectNode root() {
        Path file = ResultFiles.of(workDir, SummarizeArgs.COMMAND);
        try {
            return Files.isRegularFile(file) ? (ObjectNode) JSON.readTree(file.toFile())
                    : JSON.createObjectNode().put("command", "summarize");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeRoot(ObjectNode root) {
        write(ResultFiles.of(workDir, SummarizeArgs.COMMAND), root.toString());
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
