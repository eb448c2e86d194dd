package io.github.batchlayer.maven;

import io.github.batchlayer.kafka.SaslJaas;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The Kafka client properties every goal that talks to Kafka uses (admin, producer, the job's consumer), gathered
 * so that security (SASL/SSL, a truststore, a JAAS config) needs no code change and secrets need not sit in a pom.
 * Later sources win:
 * <ol>
 *   <li>a properties file ({@code kafkaPropertiesFile}, Kafka's own {@code client.properties} format);</li>
 *   <li>user properties {@code -Dkafka.<prop>=...} (e.g. {@code -Dkafka.security.protocol=SASL_SSL});</li>
 *   <li>environment variables {@code BATCH_LAYER_KAFKA_<PROP>} ({@code _} for {@code .}, e.g.
 *       {@code BATCH_LAYER_KAFKA_SASL_JAAS_CONFIG}): the way CI secrets usually arrive;</li>
 *   <li>the goal's {@code <kafkaProperties>} map;</li>
 *   <li>a {@code settings.xml} server ({@code kafkaServerId}): its username/password become
 *       {@code sasl.jaas.config} unless one is given.</li>
 * </ol>
 */
final class KafkaClientProperties {

    static final String ENV_PREFIX = "BATCH_LAYER_KAFKA_";
    static final String USER_PREFIX = "kafka.";

    private KafkaClientProperties() {
    }

    static Map<String, String> gather(File file, Properties userProperties, Map<String, String> environment,
                                      Map<String, String> configured, Server server) throws MojoExecutionException {
        Map<String, String> props = new LinkedHashMap<>();
        if (file != null) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file.toPath())) {
                p.load(in);
            } catch (IOException e) {
                throw new MojoExecutionException("cannot read kafkaPropertiesFile " + file + ": " + e.getMessage(), e);
            }
            p.stringPropertyNames().forEach(k -> props.put(k, p.getProperty(k)));
        }
        if (userProperties != null) {
            userProperties.stringPropertyNames().stream().filter(k -> k.startsWith(USER_PREFIX)
                            && k.length() > USER_PREFIX.length())
                    .sorted().forEach(k -> props.put(k.substring(USER_PREFIX.length()), userProperties.getProperty(k)));
        }
        environment.entrySet().stream().filter(e -> e.getKey().startsWith(ENV_PREFIX)
                        && e.getKey().length() > ENV_PREFIX.length())
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> props.put(e.getKey().substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT)
                        .replace('_', '.'), e.getValue()));
        if (configured != null) {
            props.putAll(configured);
        }
        if (server != null && !props.containsKey("sasl.jaas.config")) {
            if (server.getUsername() == null || server.getPassword() == null) {
                throw new MojoExecutionException("settings.xml server '" + server.getId()
                        + "' needs a username and a password for Kafka SASL");
            }
            props.put("sasl.jaas.config", SaslJaas.config(props.get("sasl.mechanism"), server.getUsername(),
                    server.getPassword()));
        }
        return props;
    }
}
