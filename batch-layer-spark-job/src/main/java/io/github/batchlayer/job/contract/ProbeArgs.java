package io.github.batchlayer.job.contract;

/** The options of {@code probe}, declared once: adding an option is one line here. */
public final class ProbeArgs {
    public static final JobCommand<ProbeResult> COMMAND = new JobCommand<>("probe", ProbeResult.class);

    /** A directory on the file system the ingest will land in: the probe file goes below it. */
    public static final JobOption<String> PATH = COMMAND.required("path", "URI");
    /** Tasks of the trivial job: more than one, so it needs executors, not only the driver. */
    public static final JobOption<Long> PARTITIONS = COMMAND.number("partitions", 4L);

    private ProbeArgs() {
    }
}
