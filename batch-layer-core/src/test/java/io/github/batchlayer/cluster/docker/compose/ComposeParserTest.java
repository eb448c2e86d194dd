package io.github.batchlayer.cluster.docker.compose;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComposeParserTest {

    private static final Path FILE = Path.of("/project/cluster/docker-compose.yml");

    private static final String YAML = String.join("\n",
            "services:",
            "  worker:",
            "    image: batch-layer/spark",
            "    build:",
            "      context: ./spark",
            "      args:",
            "        BASE_IMAGE: ${BASE_IMAGE:-eclipse-temurin:17-jre}",
            "    x-batch-layer-jars: spark",
            "    network_mode: host",
            "    command: [\"sh\", \"/opt/spark/run-spark.sh\", \"worker\"]",
            "    environment:",
            "      MASTER: spark://127.0.0.1:${MASTER_PORT:-7077}",
            "      CORES: 2",
            "    volumes:",
            "      - ${CONF_DIR:-./conf}/spark:/conf:ro",
            "    labels:",
            "      component: spark",
            "    depends_on:",
            "      master:",
            "        condition: service_healthy",
            "    healthcheck:",
            "      test: [\"CMD\", \"bash\", \"-c\", \"exec 3<>/dev/tcp/127.0.0.1/${UI:-8081}\"]",
            "      interval: 1s",
            "      timeout: 500ms",
            "      retries: 30",
            "      start_period: 1m30s",
            "  master:",
            "    image: batch-layer/spark:latest",
            "    command: sh /run.sh master",
            "    environment:",
            "      - SPARK_LOCAL_IP=127.0.0.1",
            "    depends_on: [kafka]",
            "  kafka:",
            "    image: kafka",
            "");

    @Test
    void readsTheSupportedSubsetWithInterpolation() {
        ComposeFile file = new ComposeParser(Map.of("MASTER_PORT", "40000", "UI", "40001", "CONF_DIR", "/work/conf"))
                .parse(FILE, YAML);
        ComposeService worker = file.service("worker");
        assertEquals("batch-layer/spark", worker.image());
        assertEquals(Path.of("/project/cluster/spark"), worker.build().context());
        assertEquals("Dockerfile", worker.build().dockerfile());
        assertEquals(Map.of("BASE_IMAGE", "eclipse-temurin:17-jre"), worker.build().args());
        assertEquals("spark", worker.extension("x-batch-layer-jars"));
        assertEquals("host", worker.networkMode());
        assertEquals(List.of("sh", "/opt/spark/run-spark.sh", "worker"), worker.command());
        assertEquals("spark://127.0.0.1:40000", worker.environment().get("MASTER"));
        assertEquals("2", worker.environment().get("CORES"));
        assertEquals(List.of("/work/conf/spark:/conf:ro"), worker.volumes());
        assertEquals(Map.of("component", "spark"), worker.labels());
        assertEquals(Map.of("master", ComposeService.HEALTHY), worker.dependsOn());
        Healthcheck hc = worker.healthcheck();
        assertEquals(List.of("CMD", "bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/40001"), hc.test());
        assertEquals(Duration.ofSeconds(1), hc.interval());
        assertEquals(Duration.ofMillis(500), hc.timeout());
        assertEquals(30, hc.retries());
        assertEquals(Duration.ofSeconds(90), hc.startPeriod());

        ComposeService master = file.service("master");
        assertNull(master.build());
        assertEquals(List.of("sh", "/run.sh", "master"), master.command());
        assertEquals(Map.of("SPARK_LOCAL_IP", "127.0.0.1"), master.environment());
        assertEquals(Map.of("kafka", ComposeService.STARTED), master.dependsOn());
    }

    @Test
    void startOrderPutsDependenciesFirstAndKeepsFileOrderOtherwise() {
        ComposeFile file = new ComposeParser(Map.of()).parse(FILE, YAML);
        assertEquals(List.of("kafka", "master", "worker"),
                file.startOrder().stream().map(ComposeService::name).toList());
    }

    @Test
    void refusesWhatItDoesNotImplement() {
        String ports = "services:\n  a:\n    image: x\n    ports: [\"9092:9092\"]\n";
        ComposeException e = assertThrows(ComposeException.class, () -> new ComposeParser(Map.of()).parse(FILE, ports));
        assertTrue(e.getMessage().contains("'ports' is not supported"), e.getMessage());
        String named = "services:\n  a:\n    image: x\n    volumes: [\"data:/data\"]\n";
        assertThrows(ComposeException.class, () -> new ComposeParser(Map.of()).parse(FILE, named));
        String cycle = "services:\n  a:\n    image: x\n    depends_on: [b]\n  b:\n    image: x\n    depends_on: [a]\n";
        assertThrows(ComposeException.class, () -> new ComposeParser(Map.of()).parse(FILE, cycle).startOrder());
    }

    @Test
    void theProjectsOwnComposeFileParsesWithThePluginsVariables() throws Exception {
        Path compose = Path.of("..", "cluster", "docker-compose.yml");
        Map<String, String> vars = Map.of("KAFKA_CLUSTER_ID", "q1Sh-9_ISia_zwGINzRvyQ", "CONF_DIR", "/c",
                "KAFKA_PORT", "1", "SPARK_MASTER_PORT", "2");
        ComposeFile file = new ComposeParser(vars).parse(compose, Files.readString(compose));
        assertEquals(List.of("kafka", "namenode", "datanode", "spark-master", "spark-worker"),
                List.copyOf(file.services().keySet()));
        for (ComposeService service : file.services().values()) {
            assertEquals("host", service.networkMode(), service.name());
            assertTrue(service.healthcheck() != null, service.name() + " has a healthcheck");
            assertTrue(service.extension("x-batch-layer-jars") != null, service.name());
        }
        assertEquals("spark://127.0.0.1:2", file.service("spark-worker").environment().get("SPARK_MASTER_URL"));
        assertEquals(List.of("/c/kafka:/conf:ro"), file.service("kafka").volumes());
        assertThrows(ComposeException.class, () -> new ComposeParser(Map.of()).parse(compose,
                Files.readString(compose)), "KAFKA_CLUSTER_ID is required");
    }
}
