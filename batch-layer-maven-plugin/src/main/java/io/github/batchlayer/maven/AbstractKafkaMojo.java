package io.github.batchlayer.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.io.File;
import java.util.HashMap;
import java.util.Map;

/**
 * The Kafka connection, declared once for every goal with a Kafka client: {@code cluster-up} (the external
 * launcher's probe), {@code create-topic}, {@code publish}, {@code consume} and the Spark job goals.
 */
public abstract class AbstractKafkaMojo extends AbstractBatchLayerMojo {

    /**
     * Kafka bootstrap servers. For {@code cluster-up} with the external launcher: the cluster's. For the other
     * goals: default the running cluster's (from the state file {@code cluster-up} wrote).
     */
    @Parameter(property = PropertyNames.KAFKA_BOOTSTRAP_SERVERS)
    protected String kafkaBootstrapServers;

    /**
     * Extra Kafka client properties (security, tuning) for this goal's clients: the producer of {@code publish},
     * the admin client of {@code create-topic} and of the external probe, the consumer of {@code consume} and of
     * the ingest job. They override the plugin's defaults.
     */
    @Parameter
    private Map<String, String> kafkaProperties = new HashMap<>();

    /**
     * Id of a {@code settings.xml} server whose username and password become the Kafka clients'
     * {@code sasl.jaas.config} (PLAIN, or SCRAM when {@code sasl.mechanism} says so). Keeps passwords out of poms.
     */
    @Parameter(property = PropertyNames.KAFKA_SERVER_ID)
    private String kafkaServerId;

    /** A Kafka client properties file (security settings, truststore ...) for every Kafka client of the plugin. */
    @Parameter(property = PropertyNames.KAFKA_PROPERTIES_FILE)
    private File kafkaPropertiesFile;

    @Component
    private SettingsDecrypter settingsDecrypter;

    /**
     * The Kafka client properties for this goal: file, {@code -Dkafka.*}, {@code BATCH_LAYER_KAFKA_*} environment,
     * {@code kafkaProperties} and the settings.xml server (see {@link KafkaClientProperties}).
     */
    protected Map<String, String> kafkaClientProperties() throws MojoExecutionException {
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
                kafkaProperties, server);
    }
}
