package io.github.batchlayer.cluster.probe;

import io.github.batchlayer.cluster.ClusterException;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Against a fake master UI on loopback: what a standalone master's /json and page look like. */
class SparkMasterProbeTest {

    private HttpServer server;
    private String ui;
    private volatile String workerState = "ALIVE";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/json/", exchange -> reply(exchange, "{\"url\":\"spark://127.0.0.1:7077\","
                + "\"status\":\"ALIVE\",\"cores\":2,\"workers\":[{\"id\":\"w1\",\"state\":\"" + workerState
                + "\"}]}"));
        server.createContext("/", exchange -> reply(exchange, "<html><a href=\"/\"><img src=\"/static/spark-logo.png\"/>"
                + "<span class=\"version\">3.5.1</span></a> Spark Master at spark://127.0.0.1:7077</html>"));
        server.start();
        ui = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aliveMasterWithWorkerIsReady() throws Exception {
        SparkMasterProbe.Status status = SparkMasterProbe.check(ui, 1);
        assertEquals(1, status.aliveWorkers());
        assertEquals(2, status.cores());
    }

    @Test
    void masterWithoutAliveWorkerIsNotReady() {
        workerState = "DEAD";
        IOException e = assertThrows(IOException.class, () -> SparkMasterProbe.check(ui, 1));
        assertTrue(e.getMessage().contains("0 ALIVE worker(s)"), e.getMessage());
    }

    @Test
    void versionMismatchSaysWhatToSet() {
        ClusterException e = assertThrows(ClusterException.class, () -> SparkVersionCheck.require(ui, "4.2.0"));
        assertTrue(e.getMessage().startsWith("the cluster runs Spark 3.5.1, the driver Spark 4.2.0: set "
                + "-Dbatch-layer.sparkVersion=3.5.1"), e.getMessage());
    }

    @Test
    void sameVersionPasses() throws Exception {
        assertEquals("3.5.1", SparkVersionCheck.require(ui, "3.5.1").orElseThrow());
    }

    @Test
    void defaultUiOfAStandaloneMaster() {
        assertEquals("http://m1:8080", SparkMasterProbe.defaultUi("spark://m1:7077,m2:7077"));
        assertEquals(null, SparkMasterProbe.defaultUi("yarn"));
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
