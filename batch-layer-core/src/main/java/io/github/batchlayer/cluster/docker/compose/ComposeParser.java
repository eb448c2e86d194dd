package io.github.batchlayer.cluster.docker.compose;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the subset of the compose specification the docker launcher drives: per service {@code image},
 * {@code build} (context, dockerfile, args), {@code command}, {@code environment}, {@code network_mode},
 * {@code healthcheck}, {@code depends_on} (list or map with conditions), {@code volumes} (bind mounts),
 * {@code labels} and {@code x-*} extensions. Anything else is refused by name rather than silently ignored, so a
 * compose file that relies on a feature we do not implement fails loudly.
 */
public final class ComposeParser {

    private static final Set<String> SERVICE_KEYS = Set.of("image", "build", "command", "environment",
            "network_mode", "healthcheck", "depends_on", "volumes", "labels", "container_name", "restart",
            "stop_grace_period");
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(us|ms|s|m|h)");

    private final Map<String, String> variables;

    /** @param variables the values for {@code ${VAR}} references */
    public ComposeParser(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    public ComposeFile parse(Path file) {
        try {
            return parse(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public ComposeFile parse(Path file, String yaml) {
        Object root = new Load(LoadSettings.builder().setLabel(file.toString()).build()).loadFromString(yaml);
        Map<String, Object> top = map(root, "the file");
        Map<String, Object> services = map(top.get("services"), "services");
        Path base = file.toAbsolutePath().getParent();
        Map<String, ComposeService> parsed = new LinkedHashMap<>();
        services.forEach((name, definition) -> parsed.put(name, service(name, map(definition, name), base)));
        return new ComposeFile(file, parsed);
    }

    private ComposeService service(String name, Map<String, Object> def, Path base) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        for (String key : def.keySet()) {
            if (key.startsWith("x-")) {
                extensions.put(key, interpolate(def.get(key)));
            } else if (!SERVICE_KEYS.contains(key)) {
                throw new ComposeException("service '" + name + "': '" + key + "' is not supported by the docker "
                        + "launcher (supported: " + new java.util.TreeSet<>(SERVICE_KEYS) + ")");
            }
        }
        String image = string(def.get("image"));
        BuildSpec build = def.containsKey("build") ? build(name, def.get("build"), base) : null;
        if (image == null && build == null) {
            throw new ComposeException("service '" + name + "' has neither image nor build");
        }
        return new ComposeService(name, image, build, command(def.get("command")),
                keyValues(def.get("environment"), name + ".environment"), string(def.get("network_mode")),
                healthcheck(name, def.get("healthcheck")), dependsOn(name, def.get("depends_on")),
                volumes(name, def.get("volumes"), base), keyValues(def.get("labels"), name + ".labels"),
                extensions);
    }

    private BuildSpec build(String service, Object value, Path base) {
        if (value instanceof String context) {
            return new BuildSpec(base.resolve(string(context)).normalize(), "Dockerfile", Map.of());
        }
        Map<String, Object> build = map(value, service + ".build");
        String context = string(build.getOrDefault("context", "."));
        String dockerfile = string(build.getOrDefault("dockerfile", "Dockerfile"));
        return new BuildSpec(base.resolve(context).normalize(), dockerfile,
                keyValues(build.get("args"), service + ".build.args"));
    }

    private List<String> command(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::string).toList();
        }
        // compose splits a string command like a shell would; ours never needs quoting, so split on blanks
        return List.of(string(value).trim().split("\\s+"));
    }

    private Map<String, String> keyValues(Object value, String where) {
        Map<String, String> result = new LinkedHashMap<>();
        if (value == null) {
            return result;
        }
        if (value instanceof List<?> list) {
            for (Object item : list) {
                String entry = string(item);
                int eq = entry.indexOf('=');
                result.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? "" : entry.substring(eq + 1));
            }
            return result;
        }
        map(value, where).forEach((k, v) -> result.put(k, v == null ? "" : string(v)));
        return result;
    }

    private Healthcheck healthcheck(String service, Object value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> hc = map(value, service + ".healthcheck");
        Object test = hc.get("test");
        List<String> command = test instanceof String shell ? List.of("CMD-SHELL", string(shell))
                : command(test);
        if (command.isEmpty()) {
            throw new ComposeException("service '" + service + "': healthcheck without test");
        }
        return new Healthcheck(command, duration(hc.get("interval"), Duration.ofSeconds(30)),
                duration(hc.get("timeout"), Duration.ofSeconds(30)),
                hc.get("retries") == null ? 3 : Integer.parseInt(string(hc.get("retries"))),
                duration(hc.get("start_period"), Duration.ZERO));
    }

    private Map<String, String> dependsOn(String service, Object value) {
        Map<String, String> result = new LinkedHashMap<>();
        if (value == null) {
            return result;
        }
        if (value instanceof List<?> list) {
            list.forEach(d -> result.put(string(d), ComposeService.STARTED));
            return result;
        }
        map(value, service + ".depends_on").forEach((dependency, spec) -> {
            String condition = spec == null ? ComposeService.STARTED
                    : string(map(spec, service + ".depends_on." + dependency)
                    .getOrDefault("condition", ComposeService.STARTED));
            if (!Set.of(ComposeService.STARTED, ComposeService.HEALTHY, ComposeService.COMPLETED)
                    .contains(condition)) {
                throw new ComposeException("service '" + service + "': unknown depends_on condition " + condition);
            }
            result.put(dependency, condition);
        });
        return result;
    }

    private List<String> volumes(String service, Object value, Path base) {
        List<String> result = new ArrayList<>();
        if (value == null) {
            return result;
        }
        if (!(value instanceof List<?> list)) {
            throw new ComposeException("service '" + service + "': volumes must be a list");
        }
        for (Object item : list) {
            String[] parts = string(item).split(":");
            if (parts.length < 2 || !(parts[0].startsWith("/") || parts[0].startsWith("."))) {
                // named volumes would outlive the run without our labels: only bind mounts are supported
                throw new ComposeException("service '" + service + "': only bind mounts (./src:/dst[:ro]) are "
                        + "supported, not '" + item + "'");
            }
            parts[0] = base.resolve(parts[0]).normalize().toString();
            result.add(String.join(":", parts));
        }
        return result;
    }

    static Duration duration(Object value, Duration fallback) {
        if (value == null) {
            return fallback;
        }
        String text = value.toString().trim();
        Matcher m = DURATION_PART.matcher(text);
        long nanos = 0;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                break;
            }
            double amount = Double.parseDouble(m.group(1));
            nanos += (long) (amount * switch (m.group(2)) {
                case "us" -> 1e3;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                default -> 3600e9;
            });
            end = m.end();
        }
        if (end != text.length() || end == 0) {
            throw new ComposeException("bad duration '" + text + "' (use e.g. 2s, 500ms, 1m30s)");
        }
        return Duration.ofNanos(nanos);
    }

    private Object interpolate(Object value) {
        if (value instanceof String s) {
            return Interpolation.apply(s, variables);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::interpolate).toList();
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> result = new LinkedHashMap<>();
            m.forEach((k, v) -> result.put(k.toString(), interpolate(v)));
            return result;
        }
        return value;
    }

    private String string(Object value) {
        return value == null ? null : Interpolation.apply(value.toString(), variables);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String where) {
        if (!(value instanceof Map<?, ?>)) {
            throw new ComposeException(where + " must be a mapping");
        }
        return (Map<String, Object>) value;
    }
}
