package io.github.batchlayer.process;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which services' logs are streamed into the build output while the build runs (fabric8's docker-maven-plugin
 * {@code showLogs} is the model): none, all ({@code true}), or those named in a comma-separated list of service
 * names ({@code kafka,datanode,spark-driver}).
 *
 * @param all   every log
 * @param names the services named, when not all
 */
public record ShowLogs(boolean all, Set<String> names) {

    public static final ShowLogs NONE = new ShowLogs(false, Set.of());

    public ShowLogs {
        names = Set.copyOf(names);
    }

    /** {@code null}, blank or {@code false}: none; {@code true} or {@code all}: all; else the names listed. */
    public static ShowLogs parse(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return NONE;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("all")) {
            return new ShowLogs(true, Set.of());
        }
        return new ShowLogs(false, Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet()));
    }

    /** Whether any log is shown at all. */
    public boolean any() {
        return all || !names.isEmpty();
    }

    public boolean includes(String service) {
        return all || names.contains(service);
    }
}
