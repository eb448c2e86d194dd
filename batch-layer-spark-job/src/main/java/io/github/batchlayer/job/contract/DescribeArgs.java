package io.github.batchlayer.job.contract;

/** The options of {@code describe}: where the landed tables are. */
public final class DescribeArgs {
    public static final JobCommand<DescribeResult> COMMAND = new JobCommand<>("describe", DescribeResult.class);

    public static final LandedTableArgs TABLES = LandedTableArgs.declare(COMMAND);

    private DescribeArgs() {
    }
}
