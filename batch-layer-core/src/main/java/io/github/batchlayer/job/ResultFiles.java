package io.github.batchlayer.job;

import io.github.batchlayer.job.contract.JobCommand;
import io.github.batchlayer.job.contract.JobOutcome;
import io.github.batchlayer.job.contract.ResultCodec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where each job command's result lands under the work directory ({@code results/<command>.json}). */
public final class ResultFiles {
    private static final String DIR = "results";

    private ResultFiles() {
    }

    public static Path of(Path workDir, JobCommand<?> command) {
        return workDir.resolve(DIR).resolve(command.name() + ".json");
    }

    /** e.g. {@code results/summarize.json}, for messages. */
    public static String relative(JobCommand<?> command) {
        return DIR + "/" + command.name() + ".json";
    }

    /** The last run's outcome; empty when there is no result file (the command did not run, or died first). */
    public static <R> Optional<JobOutcome<R>> read(Path workDir, JobCommand<R> command) {
        Path file = of(workDir, command);
        return Files.isRegularFile(file) ? Optional.of(ResultCodec.read(file, command)) : Optional.empty();
    }
}
