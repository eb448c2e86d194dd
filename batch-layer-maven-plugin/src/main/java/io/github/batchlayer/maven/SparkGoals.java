package io.github.batchlayer.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;

import java.util.List;

/** The goals that run the Spark job, and whether a build runs any of them (then a warm driver pays off). */
final class SparkGoals {
    static final List<String> NAMES = List.of("ingest", "summarize", "query", "describe", "infer-schema");
    private static final String PLUGIN = "io.github.batchlayer:batch-layer-maven-plugin";

    private SparkGoals() {
    }

    /**
     * A Spark goal typed on the command line of this build, or bound in the project's build when a lifecycle phase
     * runs. Goals typed alone ({@code mvn batch-layer:cluster-up}: every argument names a plugin goal, which phases
     * never do) run none of the project's bindings.
     */
    static boolean inBuild(MavenProject project, MavenSession session) {
        List<String> typed = session.getGoals();
        for (String goal : typed) {
            if (NAMES.stream().anyMatch(name -> goal.endsWith(":" + name) || goal.contains(":" + name + "@"))) {
                return true;
            }
        }
        if (project == null || !runsBindings(typed)) {
            return false;
        }
        for (Plugin plugin : project.getBuildPlugins()) {
            if (PLUGIN.equals(plugin.getKey())) {
                for (PluginExecution execution : plugin.getExecutions()) {
                    if (execution.getGoals().stream().anyMatch(NAMES::contains)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the project's bound executions run: some argument is a lifecycle phase (it has no colon). */
    static boolean runsBindings(List<String> typed) {
        return typed.isEmpty() || typed.stream().anyMatch(goal -> !goal.contains(":"));
    }
}
