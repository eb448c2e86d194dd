package io.github.batchlayer.cluster.docker.compose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A parsed, interpolated compose file: its services in file order. */
public record ComposeFile(Path file, Map<String, ComposeService> services) {

    public ComposeFile {
        services = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(services));
    }

    public ComposeService service(String name) {
        ComposeService service = services.get(name);
        if (service == null) {
            throw new ComposeException(file + " has no service '" + name + "'");
        }
        return service;
    }

    /**
     * The services in an order that starts every dependency before its dependents (file order otherwise, so the
     * order is predictable); fails on unknown dependencies and cycles.
     */
    public List<ComposeService> startOrder() {
        List<ComposeService> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String name : services.keySet()) {
            visit(name, done, new HashSet<>(), ordered);
        }
        return ordered;
    }

    private void visit(String name, Set<String> done, Set<String> path, List<ComposeService> ordered) {
        if (done.contains(name)) {
            return;
        }
        if (!path.add(name)) {
            throw new ComposeException("dependency cycle through service '" + name + "' in " + file);
        }
        ComposeService service = services.get(name);
        if (service == null) {
            throw new ComposeException("unknown service '" + name + "' in depends_on in " + file);
        }
        for (String dependency : service.dependsOn().keySet()) {
            visit(dependency, done, path, ordered);
        }
        path.remove(name);
        done.add(name);
        ordered.add(service);
    }
}
