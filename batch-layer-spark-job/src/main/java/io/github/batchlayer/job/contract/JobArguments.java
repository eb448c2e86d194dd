package io.github.batchlayer.job.contract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options of one command run, typed through the command's {@link JobOption} declarations: the plugin builds
 * them with {@link #with} and writes them with {@link #toCommandLine}; the job reads them back with
 * {@link JobCommands#parse} and {@link #get}. Only parsing lives here, never running: a driver that runs several
 * commands parses each line the same way.
 *
 * @param <R> the result type of the command
 */
public final class JobArguments<R> {
    private final JobCommand<R> command;
    private final Map<String, String> values;
    private final Map<String, String> passThrough;

    JobArguments(JobCommand<R> command, Map<String, String> values, Map<String, String> passThrough) {
        this.command = command;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.passThrough = Collections.unmodifiableMap(new LinkedHashMap<>(passThrough));
    }

    public JobCommand<R> command() {
        return command;
    }

    /** These arguments with {@code option} set to {@code value}; a null value leaves the option unset. */
    public <T> JobArguments<R> with(JobOption<T> option, T value) {
        if (!command.declares(option)) {
            throw new IllegalArgumentException(command + " has no option " + option);
        }
        Map<String, String> next = new LinkedHashMap<>(values);
        if (value == null) {
            next.remove(option.name());
        } else {
            next.put(option.name(), option.format(value));
        }
        return new JobArguments<>(command, next, passThrough);
    }

    /** The option's value, or its default when it was not given. */
    public <T> T get(JobOption<T> option) {
        if (!command.declares(option)) {
            throw new IllegalArgumentException(command + " has no option " + option);
        }
        String text = values.get(option.name());
        return text == null ? option.defaultValue() : option.parse(text);
    }

    /** The pass-through options ({@code --kafka.<prop>}), keyed without their prefix. */
    public Map<String, String> passThrough() {
        return passThrough;
    }

    /** {@code <command> --name value ...}: what {@link JobCommands#parse} reads back into equal arguments. */
    public List<String> toCommandLine() {
        for (JobOption<?> option : command.options()) {
            if (option.required() && !values.containsKey(option.name())) {
                throw new IllegalStateException(command + " needs " + option);
            }
        }
        List<String> line = new ArrayList<>();
        line.add(command.name());
        values.forEach((name, value) -> {
            line.add("--" + name);
            line.add(value);
        });
        passThrough.forEach((key, value) -> {
            line.add("--" + command.passThroughPrefix() + key);
            line.add(value);
        });
        return line;
    }

    /** Parses the options after the command name; every mistake is a {@link UsageException} naming it. */
    static <R> JobArguments<R> parse(JobCommand<R> command, List<String> args) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> passThrough = new LinkedHashMap<>();
        String prefix = command.passThroughPrefix();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageException("unexpected argument " + arg + " (options are --name value)");
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {                      // --name=value is accepted too
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else {
                if (i + 1 >= args.size()) {
                    throw new UsageException("option --" + name + " needs a value");
                }
                value = args.get(++i);
            }
            boolean passed = prefix != null && name.startsWith(prefix) && name.length() > prefix.length();
            JobOption<?> option = command.option(name);
            if (!passed && option == null) {
                throw new UsageException("unknown option --" + name + " for " + command);
            }
            if (!passed) {
                option.parse(value);            // a bad number is named now, before anything starts
            }
            Map<String, String> target = passed ? passThrough : values;
            if (target.put(passed ? name.substring(prefix.length()) : name, value) != null) {
                throw new UsageException("option --" + name + " given twice");
            }
        }
        for (JobOption<?> option : command.options()) {
            if (option.required() && !values.containsKey(option.name())) {
                throw new UsageException("missing " + option);
            }
        }
        return new JobArguments<>(command, values, passThrough);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobArguments<?> that && command == that.command && values.equals(that.values)
                && passThrough.equals(that.passThrough);
    }

    @Override
    public int hashCode() {
        return values.hashCode() * 31 + passThrough.hashCode();
    }

    @Override
    public String toString() {
        return String.join(" ", toCommandLine());
    }
}
