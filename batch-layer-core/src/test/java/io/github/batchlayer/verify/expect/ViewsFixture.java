package io.github.batchlayer.verify.expect;

import io.github.batchlayer.job.ResultFiles;
import io.github.batchlayer.job.contract.CountBy;
import io.github.batchlayer.job.contract.ResultCodec;
import io.github.batchlayer.job.contract.SummarizeArgs;
import io.github.batchlayer.job.contract.SummarizeResult;
import io.github.batchlayer.job.contract.ViewResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Views as summarize lands them: each view's CSV under {@code views/} and the {@code views} list in
 * results/summarize.json (added to the result already there, so it combines with WorkDirFixture's figures).
 */
public final class ViewsFixture {
    private final Path workDir;

    public ViewsFixture(Path workDir) {
        this.workDir = workDir;
    }

    /** Adds a view; {@code csv} is the file's whole text, header first. */
    public ViewsFixture view(String name, boolean ordered, String csv) {
        write(workDir.resolve("views").resolve(name + ".csv"), csv);
        SummarizeResult r = current();
        List<ViewResult> views = new ArrayList<>(r.views());
        views.add(new ViewResult(name, "src/batch-layer/views/" + name + ".sql", csv.strip().split("\n").length - 1,
                Arrays.asList(csv.substring(0, csv.indexOf('\n')).split(",")), ordered, "/tmp/views/" + name,
                "views/" + name + ".csv"));
        save(new SummarizeResult(r.rawRows(), r.distinctExams(), r.examCounts(), r.topExams(), r.summaryRows(),
                r.summaryTotal(), r.questionPairs(), views, r.countBy(), r.seconds()));
        return this;
    }

    /** Adds the job's count-by figures: rows of value (null allowed), raw, quarantined. */
    public ViewsFixture countBy(String path, List<Object[]> values) {
        CountBy counts = new CountBy(path, values.stream().map(v -> new CountBy.ValueCount((String) v[0],
                ((Number) v[1]).longValue(), ((Number) v[2]).longValue())).toList());
        SummarizeResult r = current();
        save(new SummarizeResult(r.rawRows(), r.distinctExams(), r.examCounts(), r.topExams(), r.summaryRows(),
                r.summaryTotal(), r.questionPairs(), r.views(), counts, r.seconds()));
        return this;
    }

    /** What summarize.json holds so far; a result of a consumer's own data (no exam figures) when nothing yet. */
    private SummarizeResult current() {
        Path file = ResultFiles.of(workDir, SummarizeArgs.COMMAND);
        if (Files.isRegularFile(file)) {
            return ResultCodec.read(file, SummarizeArgs.COMMAND).success().orElseThrow();
        }
        return new SummarizeResult(0, null, Map.of(), List.of(), null, null, null, List.of(), null, 1.0);
    }

    private void save(SummarizeResult result) {
        ResultCodec.write(ResultFiles.of(workDir, SummarizeArgs.COMMAND), SummarizeArgs.COMMAND, result);
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
