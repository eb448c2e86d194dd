package io.github.batchlayer.job.contract;

import java.util.Locale;
import java.util.Optional;

/**
 * The driver's progress lines while a job runs (about every 5 s): written to the job's log with a marker, picked
 * out of it by the goal and logged in the build's output, for a warm driver and a fresh one alike.
 * E.g. {@code ingest: stage 3 parquet at BatchLander.java:88: 5/8 tasks, 412 000 records read, 31 MB written, 20 s}.
 */
public final class ProgressLine {
    /** What starts a progress line in the driver's output. */
    public static final String MARKER = "batch-layer progress: ";

    private ProgressLine() {
    }

    /** One running stage as Spark's status tracker sees it. */
    public record Stage(int id, String name, int tasksDone, int tasks) {
    }

    /**
     * @param stage       the earliest running stage, or null between stages (planning, committing)
     * @param otherStages how many more stages run at the same time
     */
    public static String format(String command, Stage stage, int otherStages, long recordsRead, long bytesRead,
                                long bytesWritten, double seconds) {
        StringBuilder line = new StringBuilder(command).append(": ");
        if (stage == null) {
            line.append("between Spark stages");
        } else {
            line.append("stage ").append(stage.id()).append(' ').append(stage.name()).append(": ")
                    .append(stage.tasksDone()).append('/').append(stage.tasks()).append(" tasks");
            if (otherStages > 0) {
                line.append(" (+").append(otherStages).append(otherStages == 1 ? " stage)" : " stages)");
            }
        }
        if (recordsRead > 0) {
            line.append(", ").append(grouped(recordsRead)).append(" records read");
        } else if (bytesRead > 0) {
            line.append(", ").append(megabytes(bytesRead)).append(" read");
        }
        if (bytesWritten > 0) {
            line.append(", ").append(megabytes(bytesWritten)).append(" written");
        }
        return line.append(", ").append(Math.round(seconds)).append(" s").toString();
    }

    /** The progress in a line of the driver's output, if it is one. */
    public static Optional<String> of(String logLine) {
        int at = logLine.indexOf(MARKER);
        return at < 0 ? Optional.empty() : Optional.of(logLine.substring(at + MARKER.length()));
    }

    /** {@code 412 000}: groups of three, as a person reads them in a build log. */
    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
    }

    static String megabytes(long bytes) {
        double mb = bytes / 1e6;
        return mb < 10 ? String.format(Locale.ROOT, "%.1f MB", mb) : Math.round(mb) + " MB";
    }
}
