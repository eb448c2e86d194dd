package io.github.batchlayer.cluster.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks a Spark standalone master's web UI how it is, over the JDK's HTTP client (no Spark class in Maven's JVM).
 * Its {@code /json} gives the master's status and its workers; only a master with an ALIVE worker can run a job,
 * so an open RPC port alone is not "ready". The UI page's header carries the Spark version, the one way to learn
 * the cluster's version before a driver of another version fails to register in obscure ways.
 */
public final class SparkMasterProbe {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VERSION = Pattern.compile("class=\"version\"[^>]*>\\s*([0-9][^<\\s]*)\\s*<");

    /** What the master's {@code /json} says. */
    public record Status(String status, int aliveWorkers, int cores, String url) {
    }

    private SparkMasterProbe() {
    }

    /** Returns normally when the master is ALIVE with at least {@code minWorkers} ALIVE workers. */
    public static Status check(String uiUri, int minWorkers) throws IOException, InterruptedException {
        Status status = status(uiUri);
        if (!"ALIVE".equals(status.status())) {
            throw new IOException("Spark master status is " + status.status());
        }
        if (status.aliveWorkers() < minWorkers) {
            throw new IOException("Spark master has " + status.aliveWorkers() + " ALIVE worker(s), needs "
                    + minWorkers);
        }
        return status;
    }

    public static Status status(String uiUri) throws IOException, InterruptedException {
        JsonNode json = JSON.readTree(get(stripSlash(uiUri) + "/json/"));
        int alive = 0;
        for (JsonNode worker : json.path("workers")) {
            if ("ALIVE".equals(worker.path("state").asText())) {
                alive++;
            }
        }
        return new Status(json.path("status").asText("UNKNOWN"), alive, json.path("cores").asInt(),
                json.path("url").asText());
    }

    /** The Spark version the master's UI page shows, if it shows one. */
    public static Optional<String> version(String uiUri) throws IOException, InterruptedException {
        Matcher m = VERSION.matcher(get(stripSlash(uiUri) + "/"));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The UI a {@code spark://host:port} master usually has ({@code http://host:8080}); null for other masters.
     * Only a guess: a configured UI address always wins.
     */
    public static String defaultUi(String master) {
        if (master == null || !master.startsWith("spark://")) {
            return null;
        }
        String hostPort = master.substring("spark://".length()).split(",")[0];
        int colon = hostPort.lastIndexOf(':');
        String host = colon > 0 ? hostPort.substring(0, colon) : hostPort;
        return "http://" + host + ":8080";
    }

    private static String get(String uri) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(uri))
                .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException("GET " + uri + " answered HTTP " + response.statusCode());
        }
        return response.body();
    }

    private static String stripSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
