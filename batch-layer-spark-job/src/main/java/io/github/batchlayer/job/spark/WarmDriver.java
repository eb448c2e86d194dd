package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.DriverContract;
import io.github.batchlayer.job.contract.WarmDriverProtocol;
import io.github.batchlayer.job.contract.WarmDriverProtocol.Request;
import io.github.batchlayer.job.contract.WarmDriverProtocol.Response;
import io.github.batchlayer.job.contract.WarmDriverProtocol.Status;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.sql.SparkSession;

/**
 * One long-lived driver per cluster: {@code cluster-up} starts this JVM while Kafka and HDFS boot, sends INIT with
 * the endpoints' settings once they are known (the SparkSession starts then, in the background), and every Spark
 * goal sends its command line (RUN) instead of forking a driver of its own. It runs one job at a time, each on a
 * new session of the one SparkContext ({@link SparkSession#newSession()}: temp views and SQL conf do not leak from
 * job to job), and answers with the exit code a fresh driver would have ended with; the result travels in the
 * result file, as always. A job that kills the JVM (halt, OOM with {@code -XX:+ExitOnOutOfMemoryError}) closes
 * the connection unanswered, which the goal reports as a failed job.
 *
 * <p>Loopback only: the socket binds to 127.0.0.1 and every request must carry the random token of the owner-only
 * endpoint file ({@link DriverContract#WARM_ENDPOINT_FILE}). It is stopped by {@code cluster-down} (SIGTERM, by
 * PID), or by its owner watchdog when Maven or the kept cluster's state file is gone.
 */
public final class WarmDriver {
    private final String token;
    private final JobOutput output;
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile CompletableFuture<SparkSession> session;
    private Map<String, String> startedWith = Map.of();
    private static final String HADOOP_PREFIX = "spark.hadoop.";

    private WarmDriver(String token, JobOutput output) {
        this.token = token;
        this.output = output;
    }

    public static void main(String[] args) throws IOException {
        JobOutput output = JobOutput.install();
        Path endpointFile = Path.of(System.getProperty(DriverContract.WARM_ENDPOINT_FILE));
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        try (ServerSocket server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress())) {
            WarmDriverProtocol.writeEndpoint(endpointFile, new WarmDriverProtocol.Endpoint(
                    ProcessHandle.current().pid(), server.getLocalPort(), token));
            JobLog.info("warm driver: listening on 127.0.0.1:" + server.getLocalPort() + " (endpoint " + endpointFile
                    + ")");
            WarmDriver driver = new WarmDriver(token, output);
            while (true) {
                Socket client = server.accept();
                Thread handler = new Thread(() -> driver.serve(client), "batch-layer-warm-driver-request");
                handler.setDaemon(true);
                handler.start();
            }
        }
    }

    private void serve(Socket client) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                StandardCharsets.UTF_8)); OutputStream out = client.getOutputStream()) {
            Request request = WarmDriverProtocol.read(in, Request.class);
            if (request == null) {
                return;
            }
            WarmDriverProtocol.write(out, answer(request));
        } catch (IOException | RuntimeException e) {
            JobLog.warn("warm driver: a request failed: " + e);
        }
    }

    private Response answer(Request request) throws IOException {
        if (!request.carries(token)) {
            JobLog.warn("warm driver: refused a request without the endpoint file's token");
            return Response.not(Status.REFUSED, "wrong token");
        }
        return switch (request.kind()) {
            case INIT -> init(request.sessionConf());
            case RUN -> run(request);
        };
    }

    /**
     * Starts the session in the background, so {@code cluster-up} goes on while it comes up. A second INIT brings
     * the settings known only once the services are up (the embedded cluster's master is known at launch, its HDFS
     * URI is not): the Hadoop client settings among them are applied to the running context; any other that
     * differs from the start makes the driver unusable, and the goals fork fresh drivers, saying so.
     */
    private synchronized Response init(Map<String, String> conf) {
        if (session == null) {
            startedWith = Map.copyOf(conf);
            session = CompletableFuture.supplyAsync(() -> {
                long start = System.nanoTime();
                SparkSession spark = SparkSessions.start("warm driver", conf);
                forgetSecretConf();
                JobLog.info("warm driver: Spark " + spark.version() + " session up in " + JobLog.seconds(start)
                        + " s (master " + spark.sparkContext().master() + ")");
                return spark;
            });
            return Response.done(0);
        }
        for (Map.Entry<String, String> setting : conf.entrySet()) {
            String key = setting.getKey();
            if (Objects.equals(startedWith.get(key), setting.getValue())) {
                continue;
            }
            if (!key.startsWith(HADOOP_PREFIX)) {
                session = CompletableFuture.failedFuture(new IllegalStateException(key + " changed after the "
                        + "SparkContext started"));
                return Response.done(0);
            }
            // every session's Hadoop configuration starts from the context's
            session = session.thenApply(spark -> {
                spark.sparkContext().hadoopConfiguration().set(key.substring(HADOOP_PREFIX.length()),
                        setting.getValue());
                return spark;
            });
        }
        return Response.done(0);
    }

    private Response run(Request request) throws IOException {
        if (session == null) {
            return Response.not(Status.UNAVAILABLE, "it was never given its cluster's settings (no INIT)");
        }
        if (!busy.compareAndSet(false, true)) {
            return Response.not(Status.BUSY, "it is running another job");
        }
        try {
            SparkSession spark;
            try {
                spark = session.get();
            } catch (ExecutionException e) {
                return Response.not(Status.UNAVAILABLE, "its Spark session did not start: " + CredentialKeys
                        .maskAssignments(String.valueOf(e.getCause())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Response.not(Status.UNAVAILABLE, "interrupted");
            }
            String[] commandLine = request.commandLine().toArray(String[]::new);
            String command = commandLine.length == 0 ? "?" : commandLine[0];
            long start = System.nanoTime();
            JobLog.info("warm driver: " + command + " starts (log " + request.jobLog() + ")");
            output.routeTo(request.jobLog() == null ? null : Path.of(request.jobLog()));
            JobProperties.set(request.jobProperties());
            int exit;
            try {
                exit = BatchLayerJob.run(commandLine, new OneSessionPerJob(spark,
                        InputLimit.atMost(request.maxRecords())));
            } catch (InputOverLimitException e) {
                JobLog.info("warm driver: " + command + " handed back: " + e.getMessage());
                return Response.not(Status.HANDED_BACK, e.getMessage());
            } finally {
                JobProperties.clear();
                System.out.flush();
                output.routeTo(null);
            }
            JobLog.info("warm driver: " + command + " ended with exit code " + exit + " in " + JobLog.seconds(start)
                    + " s");
            return Response.done(exit);
        } finally {
            busy.set(false);
        }
    }

    /** The secret settings were applied to the SparkContext: the file need not stay on disk while the JVM lives. */
    private static void forgetSecretConf() {
        String file = System.getProperty(DriverContract.SECRET_CONF_FILE);
        if (file != null) {
            try {
                Files.deleteIfExists(Path.of(file));
            } catch (IOException e) {
                JobLog.warn("warm driver: cannot delete " + file + ": " + e.getMessage());
            }
        }
    }

    /** A new session of the one context per job; what a job cached is dropped after it, the context stays. */
    private record OneSessionPerJob(SparkSession base, InputLimit limit) implements BatchLayerJob.Sessions {
        @Override
        public SparkSession open(String command) {
            JobLog.info(command + ": on the warm driver's Spark " + base.version() + " context");
            return base.newSession();
        }

        @Override
        public void close(SparkSession spark) {
            spark.catalog().clearCache();
        }
    }
}
