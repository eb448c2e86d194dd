package io.github.batchlayer.maven;

import io.github.batchlayer.log.BuildLog;
import io.github.batchlayer.maven.kafkalog.KafkaClientLog;
import io.github.batchlayer.process.LogFollower;
import io.github.batchlayer.process.ShowLogs;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.toolchain.ToolchainManager;
import org.eclipse.aether.RepositorySystem;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
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

    /**
     * Streams logs into the build output while the build runs, each line prefixed with its service's name
     * ({@code kafka> ...}): {@code true} for all, or a comma-separated list of names: {@code kafka},
     * {@code namenode}, {@code datanode}, {@code spark-master}, {@code spark-worker} (standalone or docker), the
     * storage formatting ({@code kafka-format}, {@code namenode-format}) and {@code spark-driver} (each Spark
     * goal's job log while it runs, {@code spark-ingest> ...}). Off by default:
     * every log is a file under {@code logs/} of the work directory anyway. Started by {@code cluster-up}, it
     * follows the logs through the build's later goals until {@code cluster-down}.
     */
    @Parameter(property = PropertyNames.SHOW_LOGS)
    private String showLogs;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    protected MojoExecution mojoExecution;

    @Component
    protected RepositorySystem repositorySystem;

    /**
     * The JDK or JRE directory the forked JVMs run on (broker, NameNode, DataNode, Spark driver; read by the goals
     * that fork them). Default: the JDK a maven-toolchains-plugin {@code jdk} toolchain selected, else Maven's own.
     * Checked against the Java versions the engines support before anything starts.
     */
    @Parameter(property = "batch-layer.javaHome")
    private File javaHome;

    @Component
    private ToolchainManager toolchainManager;

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

    /**
     * The build's follower of {@code -Dbatch-layer.showLogs} (one for the project, started by the first goal that
     * asks): {@code logFollower().follow(name, logFile)} streams one more log if the user named it.
     */
    protected LogFollower logFollower() {
        return ShownLogs.follower(getPluginContext(), showLogs(), buildLog());
    }

    /** Which logs {@code -Dbatch-layer.showLogs} selects. */
    protected ShowLogs showLogs() {
        return ShowLogs.parse(showLogs);
    }

    /** The checked {@code java} of the forked JVMs, see {@link ForkJdk}. */
    protected Path forkJava() throws MojoExecutionException {
        @SuppressWarnings("unchecked")
        Map<String, Object> context = getPluginContext();
        return ForkJdk.resolve(javaHome, toolchainManager, session, getLog(), context);
    }

    protected MavenClasspathResolver classpathResolver() {
        return new MavenClasspathResolver(repositorySystem, session.getRepositorySession(),
                project.getRemoteProjectRepositories());
    }
}
