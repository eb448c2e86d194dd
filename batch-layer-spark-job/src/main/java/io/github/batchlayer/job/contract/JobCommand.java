package io.github.batchlayer.job.contract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A command of the batch job ({@code ingest}, {@code summarize}, {@code probe}): its name, its options and the
 * type of the result it writes. The options register themselves here as they are declared (one line each, see
 * {@link IngestArgs}), so the parser, the usage text and the plugin's command line all follow the declarations.
 *
 * @param <R> the command's result record
 */
public final class JobCommand<R> {
    private final String name;
    private final Class<R> resultType;
    private final Map<String, JobOption<?>> options = new LinkedHashMap<>();
    private String passThroughPrefix;
    /** Where the job writes its result (every command has one, see {@link ResultCodec}). */
    public final JobOption<String> resultFile;

    JobCommand(String name, Class<R> resultType) {
        this.name = name;
        this.resultType = resultType;
        this.resultFile = required("result-file", "FILE");
    }

    public String name() {
        return name;
    }

    public Class<R> resultType() {
        return resultType;
    }

    /** A value the command cannot run without. */
    JobOption<String> required(String option, String valueHint) {
        return add(JobOption.text(option, valueHint, true));
    }

    /** A text value that may be left out (null then). */
    JobOption<String> optional(String option, String valueHint) {
        return add(JobOption.text(option, valueHint, false));
    }

    /** A text value with a default. */
    JobOption<String> text(String option, String valueHint, String defaultValue) {
        return add(JobOption.text(option, valueHint, defaultValue));
    }

    JobOption<Long> number(String option, long defaultValue) {
        return add(JobOption.number(option, defaultValue));
    }

    JobOption<Boolean> flag(String option, boolean defaultValue) {
        return add(JobOption.flag(option, defaultValue));
    }

    /** One of an enum's constants, written as its {@code toString()}. */
    <E extends Enum<E>> JobOption<E> choice(String option, E defaultValue) {
        return add(JobOption.choice(option, defaultValue));
    }

    /** Options {@code --<prefix><key> value} of any key, kept apart without the prefix (Kafka client settings). */
    void passThrough(String prefix) {
        this.passThroughPrefix = prefix;
    }

    private <T> JobOption<T> add(JobOption<T> option) {
        if (options.put(option.name(), option) != null) {
            throw new IllegalStateException(name + " declares --" + option.name() + " twice");
        }
        return option;
    }

    JobOption<?> option(String optionName) {
        return options.get(optionName);
    }

    boolean declares(JobOption<?> option) {
        return options.get(option.name()) == option;
    }

    List<JobOption<?>> options() {
        return Collections.unmodifiableList(new ArrayList<>(options.values()));
    }

    String passThroughPrefix() {
        return passThroughPrefix;
    }

    /** No option set yet: the start of a command line the plugin builds. */
    public JobArguments<R> arguments() {
        return new JobArguments<>(this, Map.of(), Map.of());
    }

    /** e.g. {@code probe --path V --result-file FILE [--partitions N]}. */
    public String usage() {
        String line = name + " " + options.values().stream().map(JobOption::usage).collect(Collectors.joining(" "));
        return passThroughPrefix == null ? line : line + " [--" + passThroughPrefix + "<prop> V ...]";
    }

    @Override
    public String toString() {
        return name;
    }
}
