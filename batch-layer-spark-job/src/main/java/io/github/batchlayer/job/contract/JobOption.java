package io.github.batchlayer.job.contract;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One option of a job command, {@code --name value}: its name, how its text becomes a value, its default and
 * whether it must be given. Declared once in {@link IngestArgs}, {@link SummarizeArgs} or {@link ProbeArgs}; the
 * plugin writes the command line through it and the job parses it back through the same declaration.
 *
 * @param valueHint    what the value is, for the usage text ({@code URI}, {@code N} ...)
 * @param parser       text to value; a {@link UsageException} naming the option when the text is not one
 * @param defaultValue the value when the option is not given (null for text options)
 * @param <T>          the value's type
 */
public record JobOption<T>(String name, String valueHint, Function<String, T> parser, T defaultValue,
                           boolean required) {

    static JobOption<String> text(String name, String valueHint, boolean required) {
        return new JobOption<>(name, valueHint, text -> text, null, required);
    }

    static JobOption<String> text(String name, String valueHint, String defaultValue) {
        return new JobOption<>(name, valueHint, text -> text, defaultValue, false);
    }

    static JobOption<Long> number(String name, long defaultValue) {
        return new JobOption<>(name, "N", text -> {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                throw new UsageException("--" + name + " must be a whole number, got " + text);
            }
        }, defaultValue, false);
    }

    static JobOption<Boolean> flag(String name, boolean defaultValue) {
        return new JobOption<>(name, "true|false", text -> {
            if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
                return Boolean.parseBoolean(text);
            }
            throw new UsageException("--" + name + " must be true or false, got " + text);
        }, defaultValue, false);
    }

    /** One of {@code defaultValue}'s enum constants, given by its {@code toString()} (any case). */
    static <E extends Enum<E>> JobOption<E> choice(String name, E defaultValue) {
        List<E> constants = List.of(defaultValue.getDeclaringClass().getEnumConstants());
        String hint = constants.stream().map(String::valueOf).collect(Collectors.joining("|"));
        return new JobOption<>(name, hint, text -> constants.stream()
                .filter(c -> c.toString().equalsIgnoreCase(text.trim())).findFirst()
                .orElseThrow(() -> new UsageException("--" + name + " must be one of " + hint + ", got " + text)),
                defaultValue, false);
    }

    /**
     * The value of {@code text}; a {@link UsageException} naming the option when it is not one. Public so that
     * the plugin checks a parameter with the job's own rule before it starts a driver.
     */
    public T parse(String text) {
        return parser.apply(text);
    }

    /** The text the command line carries for {@code value}: what {@link #parse} turns back into it. */
    String format(T value) {
        return String.valueOf(value);
    }

    /** {@code --name V} or {@code [--name N]}, for the usage message. */
    String usage() {
        String part = "--" + name + " " + valueHint;
        return required ? part : "[" + part + "]";
    }

    @Override
    public String toString() {
        return "--" + name;
    }
}
