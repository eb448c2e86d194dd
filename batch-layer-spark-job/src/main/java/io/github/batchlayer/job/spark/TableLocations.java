package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.JobArguments;
import io.github.batchlayer.job.contract.LandedTableArgs;
import java.util.Arrays;
import java.util.List;

/**
 * Where the tables that {@code query} and {@code describe} read are (options: {@link LandedTableArgs}): the raw
 * landing path (committed batches only), the quarantine, a directory whose every subdirectory is a landed batch
 * view (named after it), and single view directories (each named after its last path segment).
 *
 * @param rawAlias another name for {@code raw}, or null (the assessments preset's {@code assessments})
 */
public record TableLocations(String rawPath, String quarantinePath, String viewsPath, List<String> viewPaths,
                             String rawAlias) {

    public static TableLocations from(JobArguments<?> args, LandedTableArgs options) {
        String paths = args.get(options.viewPaths());
        List<String> viewPaths = paths == null || paths.isBlank() ? List.of()
                : Arrays.stream(paths.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
        String alias = args.get(options.rawAlias());
        return new TableLocations(args.get(options.rawPath()), args.get(options.quarantinePath()),
                args.get(options.viewsPath()), viewPaths, alias == null || alias.isBlank() ? null : alias.trim());
    }
}
