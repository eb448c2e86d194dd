package io.github.batchlayer.maven;

import org.apache.maven.settings.Server;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KafkaClientPropertiesTest {

    @Test
    void laterSourcesWinAndServerBecomesJaas() throws Exception {
        Properties user = new Properties();
        user.setProperty("kafka.security.protocol", "SASL_PLAINTEXT");
        user.setProperty("kafka.sasl.mechanism", "SCRAM-SHA-512");
        user.setProperty("batch-layer.topic", "ignored");
        Server server = new Server();
        server.setId("kafka");
        server.setUsername("alice");
        server.setPassword("pa\"ss");
        Map<String, String> props = KafkaClientProperties.gather(null, user,
                Map.of("BATCH_LAYER_KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/ts.jks", "HOME", "/root"),
                Map.of("security.protocol", "SASL_SSL"), server);
        assertEquals("SASL_SSL", props.get("security.protocol"));
        assertEquals("/etc/ts.jks", props.get("ssl.truststore.location"));
        assertEquals("org.apache.kafka.common.security.scram.ScramLoginModule required username=\"alice\" "
                + "password=\"pa\\\"ss\";", props.get("sasl.jaas.config"));
        assertEquals(4, props.size());
    }

    @Test
    void sparkAndHadoopUserPropertiesReachTheJob() {
        Properties user = new Properties();
        user.setProperty("spark.executor.instances", "2");
        user.setProperty("dfs.replication", "3");
        user.setProperty("hadoop.version", "3.4.3");
        Map<String, String> conf = JobSparkConf.assemble(new JobSparkConf.Resources("2g", 1, 2, null),
                Map.of(), Map.of("fs.permissions.umask-mode", "022"), user);
        assertEquals(Map.of("spark.executor.instances", "2", "spark.hadoop.dfs.replication", "3",
                "spark.hadoop.fs.permissions.umask-mode", "022", "spark.executor.memory", "2g",
                "spark.executor.cores", "1", "spark.cores.max", "2"), conf);
    }
}
