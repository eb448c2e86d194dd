package io.github.batchlayer.cluster.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A Spark standalone master is ready for a job when its status JSON ({@code /json} on the web UI port) says it is
 * ALIVE and at least one worker registered as ALIVE: a master without workers accepts the application and then
 * leaves it waiting for executors forever.
 */
final class SparkMasterProbe {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            // the UI answers /json with a redirect to /json/
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private SparkMasterProbe() {
    }

    static void check(String uiUri) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(uiUri + "/json/"))
                .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Spark master UI answered HTTP " + response.statusCode());
        }
        requireAliveWorker(JSON.readTree(response.body()));
    }

    static void requireAliveWorker(JsonNode status) throws IOException {
        if (!"ALIVE".equals(status.path("status").asText())) {
            throw new IOException("Spark master status is " + status.path("status").asText("unknown"));
        }
        for (JsonNode worker : status.path("workers")) {
            if ("ALIVE".equals(worker.path("state").asText())) {
                return;
            }
        }
        throw new IOException("no ALIVE worker registered with the Spark master yet");
    }
}
