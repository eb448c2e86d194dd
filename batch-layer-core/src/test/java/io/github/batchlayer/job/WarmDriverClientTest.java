package io.github.batchlayer.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.batchlayer.job.contract.WarmDriverProtocol;
import io.github.batchlayer.job.contract.WarmDriverProtocol.Endpoint;
import io.github.batchlayer.job.contract.WarmDriverProtocol.Request;
import io.github.batchlayer.job.contract.WarmDriverProtocol.Response;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The goal's side of the protocol against a stand-in for the driver on a real loopback socket: what it sends, and
 * how it tells a driver that answered, one that died with the job, and one it never reached apart.
 */
class WarmDriverClientTest {

    /** Serves one connection: reads the request, answers with {@code answer} (null: closes without answering). */
    private static CompletableFuture<Request> serveOnce(ServerSocket server, Function<Request, Response> answer) {
        return CompletableFuture.supplyAsync(() -> {
            try (Socket client = server.accept()) {
                Request request = WarmDriverProtocol.read(new BufferedReader(new InputStreamReader(
                        client.getInputStream(), StandardCharsets.UTF_8)), Request.class);
                Response response = answer.apply(request);
                if (response != null) {
                    WarmDriverProtocol.write(client.getOutputStream(), response);
                }
                return request;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static WarmDriver.Record driverAt(Path dir, int port) {
        Path endpoint = dir.resolve("endpoint.json");
        WarmDriverProtocol.writeEndpoint(endpoint, new Endpoint(ProcessHandle.current().pid(), port, "the-token"));
        return new WarmDriver.Record(ProcessHandle.current().pid(), "/none.args", "/none.log", endpoint.toString(),
                "1", new DriverFingerprint(Map.of()), null);
    }

    @Test
    void aRunCarriesTheTokenCommandLineLogAndHooksAndReturnsTheExitCode(@TempDir Path dir) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Request> seen = serveOnce(server, r -> Response.done(r.carries("the-token") ? 3 : 99));
            Response response = WarmDriverClient.run(driverAt(dir, server.getLocalPort()),
                    List.of("summarize", "--result-file", "/r.json"), "/logs/spark-summarize.log",
                    Map.of("batchlayer.test.x", "1"), 250_000, Duration.ofSeconds(30));
            assertEquals(Response.done(3), response);
            Request request = seen.get();
            assertEquals(WarmDriverProtocol.Kind.RUN, request.kind());
            assertEquals(List.of("summarize", "--result-file", "/r.json"), request.commandLine());
            assertEquals("/logs/spark-summarize.log", request.jobLog());
            assertEquals(Map.of("batchlayer.test.x", "1"), request.jobProperties());
            assertEquals(250_000, request.maxRecords());
        }
    }

    @Test
    void aDriverThatClosesWithoutAnAnswerDiedWithTheJob(@TempDir Path dir) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            serveOnce(server, r -> null);
            assertThrows(WarmDriverClient.DriverDiedException.class, () -> WarmDriverClient.run(
                    driverAt(dir, server.getLocalPort()), List.of("ingest"), null, Map.of(), 0, Duration.ofSeconds(30)));
        }
    }

    @Test
    void aDriverNobodyListensForIsUnreachableNotAFailedJob(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> WarmDriverClient.run(
                driverAt(dir, port), List.of("ingest"), null, Map.of(), 0, Duration.ofSeconds(30)));
        assertTrue(e.getMessage().startsWith("cannot reach the warm driver on 127.0.0.1:" + port), e.getMessage());
    }

    @Test
    void busyOrUnavailableComesBackAsTheDriversAnswer(@TempDir Path dir) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            serveOnce(server, r -> Response.not(WarmDriverProtocol.Status.BUSY, "it is running another job"));
            Response response = WarmDriverClient.run(driverAt(dir, server.getLocalPort()), List.of("query"), null,
                    Map.of(), 0, Duration.ofSeconds(30));
            assertEquals(WarmDriverProtocol.Status.BUSY, response.status());
        }
    }
}
