package io.github.batchlayer.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.batchlayer.job.contract.WarmDriverProtocol;
import io.github.batchlayer.job.contract.WarmDriverProtocol.Endpoint;
import io.github.batchlayer.job.contract.WarmDriverProtocol.Request;
import io.github.batchlayer.job.contract.WarmDriverProtocol.Response;
import io.github.batchlayer.job.contract.WarmDriverProtocol.Status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

/** The warm driver's protocol as both sides use it: Maven's JVM here, the driver with the same codec. */
class WarmDriverProtocolTest {

    private static <T> T roundTrip(Object message, Class<T> type) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WarmDriverProtocol.write(out, message);
        String line = out.toString(StandardCharsets.UTF_8);
        assertTrue(line.endsWith("\n") && line.indexOf('\n') == line.length() - 1, "one line per message: " + line);
        return WarmDriverProtocol.read(new BufferedReader(new StringReader(line)), type);
    }

    @Test
    void aRunRequestArrivesAsSentWithItsCommandLineLogAndTestHooks() throws Exception {
        Request sent = Request.run("t0k3n", List.of("ingest", "--topic", "a b \"c\"", "--result-file", "/r.json"),
                "/logs/spark-ingest.log", Map.of("batchlayer.test.dieBeforeCommit", "true"), 250_000);
        Request received = roundTrip(sent, Request.class);
        assertEquals(sent, received);
        assertEquals(WarmDriverProtocol.Kind.RUN, received.kind());
        assertEquals(Map.of(), received.sessionConf());
        assertEquals(250_000, received.maxRecords());
    }

    @Test
    void anInitRequestCarriesTheSessionSettings() throws Exception {
        Request sent = Request.init("t", Map.of("spark.master", "local[*]", "spark.hadoop.fs.defaultFS",
                "hdfs://127.0.0.1:9000"));
        assertEquals(sent, roundTrip(sent, Request.class));
    }

    @Test
    void responsesSayDoneWithTheExitCodeOrWhyNot() throws Exception {
        assertEquals(Response.done(1), roundTrip(Response.done(1), Response.class));
        Response busy = roundTrip(Response.not(Status.BUSY, "it is running another job"), Response.class);
        assertEquals(Status.BUSY, busy.status());
        assertEquals("it is running another job", busy.reason());
        Response back = roundTrip(Response.not(Status.HANDED_BACK, "ingest has 300,000 offsets to land"),
                Response.class);
        assertEquals(Status.HANDED_BACK, back.status());
    }

    @Test
    void onlyTheEndpointFilesTokenIsAccepted() {
        Request request = Request.run("abc123", List.of("summarize"), null, Map.of(), 0);
        assertTrue(request.carries("abc123"));
        assertFalse(request.carries("abc124"));
        assertFalse(request.carries("abc1234"));
        assertFalse(new Request(null, WarmDriverProtocol.Kind.RUN, null, null, null, null, 0).carries("abc123"));
    }

    @Test
    void theEndOfTheStreamIsNoMessage() throws Exception {
        assertNull(WarmDriverProtocol.read(new BufferedReader(new StringReader("")), Response.class),
                "a driver that died mid-job closes the connection unanswered");
    }

    @Test
    void theEndpointFileIsOwnerOnlyAndReadsBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("spark-driver").resolve("endpoint.json");
        Endpoint endpoint = new Endpoint(4242, 39001, "s3cr3t-token");
        WarmDriverProtocol.writeEndpoint(file, endpoint);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(endpoint, WarmDriverProtocol.readEndpoint(file));
        WarmDriverProtocol.writeEndpoint(file, new Endpoint(4243, 39002, "other"));
        assertEquals(4243, WarmDriverProtocol.readEndpoint(file).pid(), "a restarted driver replaces the file");
    }
}
