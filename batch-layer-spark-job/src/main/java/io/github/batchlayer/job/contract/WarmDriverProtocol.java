package io.github.batchlayer.job.contract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

/**
 * What the plugin and the warm driver say to each other: one JSON line each way per connection, over a socket on
 * 127.0.0.1 whose port and token are in an owner-only endpoint file the driver writes. Every request carries the
 * token, so another local user who finds the port cannot run anything. Secrets never travel here: Kafka client
 * properties stay in their owner-only file, named by the command line, as for a fresh driver.
 */
public final class WarmDriverProtocol {
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private WarmDriverProtocol() {
    }

    /** {@code INIT}: start the SparkSession with this (non-secret) conf; {@code RUN}: run one job command. */
    public enum Kind { INIT, RUN }

    /**
     * @param sessionConf   INIT: the {@code spark.*} settings that depend on the cluster's endpoints
     * @param commandLine   RUN: the job's command line, exactly as a fresh driver gets it
     * @param jobLog        RUN: where this run's output goes (the driver's log gets it too)
     * @param jobProperties RUN: the run's test hooks ({@link DriverContract#TEST_PROPERTY_PREFIX})
     * @param maxRecords    RUN: the most input records the job may take here (0: any); a job planned over it is
     *                      answered {@link Status#HANDED_BACK}
     */
    public record Request(String token, Kind kind, Map<String, String> sessionConf, List<String> commandLine,
                          String jobLog, Map<String, String> jobProperties, long maxRecords) {
        public Request {
            sessionConf = sessionConf == null ? Map.of() : Map.copyOf(sessionConf);
            commandLine = commandLine == null ? List.of() : List.copyOf(commandLine);
            jobProperties = jobProperties == null ? Map.of() : Map.copyOf(jobProperties);
        }

        public static Request init(String token, Map<String, String> sessionConf) {
            return new Request(token, Kind.INIT, sessionConf, null, null, null, 0);
        }

        public static Request run(String token, List<String> commandLine, String jobLog,
                                  Map<String, String> jobProperties, long maxRecords) {
            return new Request(token, Kind.RUN, null, commandLine, jobLog, jobProperties, maxRecords);
        }

        /** Constant-time comparison: the token is the only thing that tells the owner from anyone else. */
        public boolean carries(String expected) {
            return token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                    expected.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * {@code DONE}: the request was carried out ({@code exitCode} as a fresh driver's); {@code BUSY}: another job
     * runs; {@code UNAVAILABLE}: there is no session to run on ({@code reason}); {@code REFUSED}: a wrong token;
     * {@code HANDED_BACK}: the job's planned input is over the request's {@code maxRecords} ({@code reason} says
     * how much); it committed nothing and wrote no result file, so a fresh driver can run it.
     */
    public enum Status { DONE, BUSY, UNAVAILABLE, REFUSED, HANDED_BACK }

    public record Response(Status status, int exitCode, String reason) {
        public static Response done(int exitCode) {
            return new Response(Status.DONE, exitCode, null);
        }

        public static Response not(Status status, String reason) {
            return new Response(status, -1, reason);
        }
    }

    /** Where the warm driver listens: written by the driver once its socket is bound. */
    public record Endpoint(long pid, int port, String token) {
    }

    public static void write(OutputStream out, Object message) throws IOException {
        out.write(JSON.writeValueAsString(message).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        out.flush();
    }

    /** The next message, or null at the end of the stream (the other side closed or died). */
    public static <T> T read(BufferedReader in, Class<T> type) throws IOException {
        String line = in.readLine();
        return line == null ? null : JSON.readValue(line, type);
    }

    /** Writes the endpoint file owner-only (created so, then moved into place: never readable by others). */
    public static void writeEndpoint(Path file, Endpoint endpoint) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            try {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(tmp);
            }
            Files.writeString(tmp, JSON.writeValueAsString(endpoint), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the warm driver's endpoint " + file, e);
        }
    }

    public static Endpoint readEndpoint(Path file) {
        try {
            return JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), Endpoint.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the warm driver's endpoint " + file, e);
        }
    }
}
