package io.github.batchlayer.maven;

import io.github.batchlayer.log.BuildLog;
import io.github.batchlayer.maven.kafkalog.KafkaClientLog;

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
import java.util.Optional;

/**
 * Parameters and plumbing every goal shares. A goal checks its skips first (and says why it skips, see
 * {@link GoalSkip}), then hands plain values to the core and maps failures to a message that says what to do next.
 * The families below declare the parameters their goals share, each once: {@link AbstractKafkaMojo} (the Kafka
 * connection), {@link AbstractTopicMojo} (the topic), {@link AbstractPipelineMojo} and {@link AbstractSparkJobMojo};
 * their property names and defaults are in {@link PropertyNames} and {@link Defaults}.
 */
public abstract class AbstractBatchLayerMojo extends AbstractMojo {

    /**
     * Skips every batch-layer goal. To skip one goal, set {@code batch-layer.<goal>.skip} (e.g.
     * {@code -Dbatch-layer.ingest.skip}); {@code skipITs}, {@code skipTests} and {@code maven.test.skip} skip every
     * goal that needs a cluster (all but {@code generate}).
     */
    @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
    protected boolean skip;

    /** Where the cluster state, data, logs, results and reports go. */
    @Parameter(property = PropertyNames.WORK_DIR, defaultValue = Defaults.WORK_DIR)
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
        Optional<GoalSkip> skipped = GoalSkip.of(goal(), skip, needsCluster(), this::property);
        if (skipped.isPresent()) {
            skipped.get().report(goal(), getLog(), session.getRepositorySession());
            return;
        }
        KafkaClientLog.use(getLog());
        run();
    }

    /** Whether the goal talks to (or starts, or judges the run of) a cluster: then the test skips skip it too. */
    protected boolean needsCluster() {
        return true;
    }

    /** A property as a parameter expression sees it: user properties, then system, then the project's. */
    private String property(String name) {
        String value = session.getUserProperties().getProperty(name);
        if (value == null) {
            value = session.getSystemProperties().getProperty(name);
        }
        if (value == null && project != null) {
            value = project.getProperties().getProperty(name);
        }
        return value;
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
