package io.github.batchlayer.cluster.probe;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * HDFS is ready when a file can be written, read back and deleted. Probing over WebHDFS (plain HTTP with the
 * JDK's client) keeps Hadoop's client jars out of Maven's JVM. The write goes through the NameNode's redirect to
 * a DataNode, so it proves both daemons work and the DataNode has registered.
 */
public final class WebHdfsProbe {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private WebHdfsProbe() {
    }

    /**
     * @param namenodeHttp e.g. {@code http://127.0.0.1:9870}
     * @param path         absolute HDFS path of the probe file
     */
    public static void check(String namenodeHttp, String path, String user) throws IOException, InterruptedException {
        String content = "batch-layer probe " + System.nanoTime();
        String base = namenodeHttp + "/webhdfs/v1" + path + "?user.name=" + user;
        // CREATE is two steps: the NameNode answers 307 with the DataNode to send the bytes to.
        HttpResponse<String> redirect = send(HttpRequest.newBuilder(URI.create(base + "&op=CREATE&overwrite=true"))
                .PUT(HttpRequest.BodyPublishers.noBody()));
        String location = redirect.headers().firstValue("Location")
                .orElseThrow(() -> noDataNode(redirect));
        expect(send(HttpRequest.newBuilder(URI.create(location))
                .PUT(HttpRequest.BodyPublishers.ofString(content))), 201, "write");
        HttpResponse<String> open = send(HttpRequest.newBuilder(URI.create(base + "&op=OPEN")).GET());
        String readFrom = open.headers().firstValue("Location")
                .orElseThrow(() -> new IOException("NameNode gave no DataNode to read from (HTTP "
                        + open.statusCode() + ")"));
        HttpResponse<String> read = expect(send(HttpRequest.newBuilder(URI.create(readFrom)).GET()), 200, "read");
        if (!content.equals(read.body())) {
            throw new IOException("probe file read back differs from what was written");
        }
        expect(send(HttpRequest.newBuilder(URI.create(base + "&op=DELETE")).DELETE()), 200, "delete");
    }

    /**
     * Why the NameNode named no DataNode, first in the words a person waiting wants (a NameNode that has just
     * started answers 403 "Failed to find datanode" until its DataNode registers, or is still in safe mode); the
     * NameNode's own answer is the cause.
     */
    static IOException noDataNode(HttpResponse<String> answer) {
        String body = answer.body() == null ? "" : answer.body();
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        String why = lower.contains("safe mode") ? "NameNode in safe mode"
                : lower.contains("datanode") ? "DataNode not registered yet" : "NameNode gave no DataNode to write to";
        return new IOException(why, new IOException("HTTP " + answer.statusCode() + ": " + body));
    }

    /** Creates a directory with the given octal permission (e.g. the seed's world-writable /tmp). */
    public static void mkdirs(String namenodeHttp, String path, String permission, String user)
            throws IOException, InterruptedException {
        String uri = namenodeHttp + "/webhdfs/v1" + path + "?user.name=" + user + "&op=MKDIRS&permission="
                + permission;
        expect(send(HttpRequest.newBuilder(URI.create(uri)).PUT(HttpRequest.BodyPublishers.noBody())), 200, "mkdirs");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status, String step)
            throws IOException {
        if (response.statusCode() != status) {
            throw new IOException("WebHDFS " + step + " answered HTTP " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
    }
}
