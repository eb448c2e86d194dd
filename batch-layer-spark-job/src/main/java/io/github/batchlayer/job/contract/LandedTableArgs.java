package io.github.batchlayer.job.contract;

/**
 * The options that say where the landed tables are, which {@code query} and {@code describe} both take: declared
 * once here and registered on each command (an option belongs to one command).
 *
 * @param rawPath        the raw landing path (committed batches only: the table {@code raw})
 * @param quarantinePath the quarantine (the table {@code quarantine})
 * @param viewsPath      a directory whose every subdirectory is a landed batch view, named after it
 * @param viewPaths      single view directories, comma-separated, each named after its last path segment
 * @param rawAlias       another name for {@code raw} (the assessments preset's {@code assessments})
 */
public record LandedTableArgs(JobOption<String> rawPath, JobOption<String> quarantinePath,
                              JobOption<String> viewsPath, JobOption<String> viewPaths, JobOption<String> rawAlias) {

    static LandedTableArgs declare(JobCommand<?> command) {
        return new LandedTableArgs(command.required("raw-path", "URI"), command.required("quarantine-path", "URI"),
                command.optional("views-path", "URI"), command.optional("view-paths", "URI,URI"),
                command.optional("raw-alias", "NAME"));
    }
}
