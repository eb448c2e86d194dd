package io.github.batchlayer.job.spark;

import java.util.Arrays;
import java.util.List;

/**
 * Where the tables that {@code query} and {@code describe} read are: the raw landing path (committed batches
 * only), the quarantine, a directory whose every subdirectory is a landed batch view (named after it), and
 * single view directories (each named after its last path segment).
 *
 * @param rawAlias another name for {@code raw}, or null (the assessments preset's {@code assessments})
 */
public record TableLocations(String rawPath, String quarantinePath, String viewsPath, List<String> viewPaths,
                             String rawAlias) {

    public static TableLocations from(JobArgs args) {
        String paths = args.get("view-paths");
        List<String> viewPaths = paths == null || paths.isBlank() ? List.of()
                : Arrays.stream(paths.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
        String alias = args.get("raw-alias");
        return new TableLocations(args.require("raw-path"), args.require("quarantine-path"), args.get("views-path"),
                viewPaths, alias == null || alias.isBlank() ? null : alias.trim());
    }
}
