package io.github.batchlayer.job;

import io.github.batchlayer.job.contract.WarmDriverProtocol;
import io.github.batchlayer.job.contract.WarmDriverProtocol.Request;
import io.github.batchlayer.job.contract.WarmDriverProtocol.Response;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One request to the warm driver over loopback, with the token of its endpoint file. */
final class WarmDriverClient {
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    private WarmDriverClient() {
    }

    /** The driver is gone mid-request: the connection closed without an answer. */
    static final class DriverDiedException extends RuntimeException {
        DriverDiedException(String message) {
            super(message);
        }
    }

    static void init(WarmDriver.Record driver, Map<String, String> sessionConf) {
        WarmDriverProtocol.Endpoint endpoint = driver.endpoint();
        Response response = send(endpoint, Request.init(endpoint.token(), sessionConf), Duration.ofSeconds(30));
        if (response == null || response.status() != WarmDriverProtocol.Status.DONE) {
            throw new IllegalStateException("the warm driver did not take its settings: "
                    + (response == null ? "no answer" : response.status() + " " + response.reason()));
        }
    }

    /**
     * Runs one command line and returns the driver's answer. {@link UncheckedIOException} when the driver could
     * not be reached (the job never started: a fresh driver can run it); {@link DriverDiedException} when it ended
     * without an answer once it had the job; {@link SocketTimeoutException} when the job ran past {@code timeout}.
     */
    static Response run(WarmDriver.Record driver, List<String> commandLine, String jobLog,
                        Map<String, String> jobProperties, long maxRecords, Duration timeout)
            throws SocketTimeoutException {
        WarmDriverProtocol.Endpoint endpoint = driver.endpoint();
        try (Socket socket = connect(endpoint)) {
            try {
                Response response = exchange(socket, Request.run(endpoint.token(), commandLine, jobLog,
                        jobProperties, maxRecords), timeout);
                if (response == null) {
                    throw new DriverDiedException("the connection closed without an answer");
                }
                return response;
            } catch (SocketTimeoutException e) {
                throw e;
            } catch (IOException e) {
                throw new DriverDiedException(e.getMessage());
            }
        } catch (SocketTimeoutException | DriverDiedException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // closing a socket whose peer is gone
        }
    }

    private static Response send(WarmDriverProtocol.Endpoint endpoint, Request request, Duration timeout) {
        try (Socket socket = connect(endpoint)) {
            return exchange(socket, request, timeout);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot talk to the warm driver on 127.0.0.1:" + endpoint.port(), e);
        }
    }

    private static Socket connect(WarmDriverProtocol.Endpoint endpoint) {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), endpoint.port()),
                    CONNECT_TIMEOUT_MILLIS);
            return socket;
        } catch (IOException e) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing was opened
            }
            throw new UncheckedIOException("cannot reach the warm driver on 127.0.0.1:" + endpoint.port() + ": "
                    + e.getMessage(), e);
        }
    }

    private static Response exchange(Socket socket, Request request, Duration timeout) throws IOException {
        socket.setSoTimeout(Math.toIntExact(Math.min(Integer.MAX_VALUE, timeout.toMillis())));
        WarmDriverProtocol.write(socket.getOutputStream(), request);
        return WarmDriverProtocol.read(new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8)), Response.class);
    }
}
