package io.github.batchlayer.job.contract;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The job's commands, and the parsing of a whole command line {@code <command> --opt value ...}. */
public final class JobCommands {
    public static final List<JobCommand<?>> ALL = List.of(IngestArgs.COMMAND, SummarizeArgs.COMMAND,
            ProbeArgs.COMMAND);

    private JobCommands() {
    }

    public static JobArguments<?> parse(String[] args) {
        if (args.length == 0) {
            throw new UsageException("missing command (one of " + names() + ")");
        }
        JobCommand<?> command = ALL.stream().filter(c -> c.name().equals(args[0])).findFirst()
                .orElseThrow(() -> new UsageException("unknown command " + args[0] + " (one of " + names() + ")"));
        return JobArguments.parse(command, Arrays.asList(args).subList(1, args.length));
    }

    /** One line per command, generated from the declarations. */
    public static String usage() {
        return ALL.stream().map(c -> "BatchLayerJob " + c.usage()).collect(Collectors.joining("\n"));
    }

    private static String names() {
        return ALL.stream().map(JobCommand::name).collect(Collectors.joining(", "));
    }
}
