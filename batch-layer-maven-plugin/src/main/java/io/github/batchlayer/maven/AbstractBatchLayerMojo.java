package io.github.batchlayer.maven;

import io.github.batchlayer.log.BuildLog;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

import java.io.File;

/**
 * Parameters and plumbing every goal shares. A goal checks {@code skip} first (and says why it skips), then
 * hands plain values to the core and maps failures to a message that says what to do next.
 */
public abstract class AbstractBatchLayerMojo extends AbstractMojo {

    static {
        // kafka-clients logs every connection attempt at INFO through Maven's SLF4J binding, which reads
        // per-logger levels from system properties when a logger is created: keep the build log to our lines.
        if (System.getProperty("org.slf4j.simpleLogger.log.org.apache.kafka") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        }
    }

    /** Skips every batch-layer goal. */
    @Parameter(property = "batch-layer.skip", defaultValue = "false")
    protected boolean skip;

    /** Where the cluster state, data, logs, results and reports go. */
    @Parameter(property = "batch-layer.workDir", defaultValue = "${project.build.directory}/batch-layer")
    protected File workDir;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    protected MojoExecution mojoExecution;

    @Component
    protected RepositorySystem repositorySystem;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("skipping " + goal() + ": batch-layer.skip is true");
            return;
        }
        run();
    }

    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    protected String goal() {
        return mojoExecution.getGoal();
    }

    /** True when the goal was typed on the command line rather than bound to a lifecycle phase. */
    protected boolean invokedFromCommandLine() {
        return "default-cli".equals(mojoExecution.getExecutionId());
    }

    protected BuildLog buildLog() {
        return new MavenBuildLog(getLog());
    }

    protected MavenClasspathResolver classpathResolver() {
        return new MavenClasspathResolver(repositorySystem, session.getRepositorySession(),
                project.getRemoteProjectRepositories());
    }
}
