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

import org.apache.maven.settings.Server;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.io.File;
import java.util.Map;

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

    @Component
    private SettingsDecrypter settingsDecrypter;

    /**
     * Id of a {@code settings.xml} server whose username and password become the Kafka clients'
     * {@code sasl.jaas.config} (PLAIN, or SCRAM when {@code sasl.mechanism} says so). Keeps passwords out of poms.
     */
    @Parameter(property = "batch-layer.kafkaServerId")
    private String kafkaServerId;

    /** A Kafka client properties file (security settings, truststore ...) for every Kafka client of the plugin. */
    @Parameter(property = "batch-layer.kafkaPropertiesFile")
    private File kafkaPropertiesFile;

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

    /**
     * The Kafka client properties for this goal: file, {@code -Dkafka.*}, {@code BATCH_LAYER_KAFKA_*} environment,
     * the goal's own map and the settings.xml server (see {@link KafkaClientProperties}).
     */
    protected Map<String, String> kafkaClientProperties(Map<String, String> configured) throws MojoExecutionException {
        Server server = null;
        if (kafkaServerId != null && !kafkaServerId.isBlank()) {
            Server raw = session.getSettings().getServer(kafkaServerId);
            if (raw == null) {
                throw new MojoExecutionException("no server '" + kafkaServerId + "' in settings.xml (kafkaServerId)");
            }
            SettingsDecryptionResult decrypted = settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(raw));
            server = decrypted.getServer();
        }
        return KafkaClientProperties.gather(kafkaPropertiesFile, session.getUserProperties(), System.getenv(),
                configured, server);
    }

    protected MavenClasspathResolver classpathResolver() {
        return new MavenClasspathResolver(repositorySystem, session.getRepositorySession(),
                project.getRemoteProjectRepositories());
    }
}
