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

    /** A Spark goal bound in the project's build, or typed on the command line of this build. */
    static boolean inBuild(MavenProject project, MavenSession session) {
        for (String goal : session.getGoals()) {
            if (NAMES.stream().anyMatch(name -> goal.endsWith(":" + name) || goal.contains(":" + name + "@"))) {
                return true;
            }
        }
        if (project == null) {
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
}
