package io.github.batchlayer.process;

import java.nio.file.Path;
import java.util.List;

/**
 * Resolves Maven coordinates ({@code group:artifact[:extension[:classifier]]:version}) and their runtime
 * dependencies to jar files. The plugin implements it with Maven's own resolver (so jars come from Maven
 * Central and are cached in the local repository); the core only needs the jar list.
 */
@FunctionalInterface
public interface ClasspathResolver {
    List<Path> resolve(List<String> coordinates);
}
