package io.github.batchlayer.report;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.cluster.ClusterInfo;
import io.github.batchlayer.cluster.EngineVersions;
import io.github.batchlayer.job.contract.QuarantineSample;
import io.github.batchlayer.pipeline.JournalEntry;
import io.github.batchlayer.verify.IngestHistory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The report's account of the run itself: the first quarantined messages, the goals on a timeline, what the
 * cluster ran (engine versions, endpoints) and links to every service's and driver's log.
 */
final class RunSections {
    static final int QUARANTINE_SAMPLES = 10;
    static final int MESSAGE_START = 120;
    static final String LOGS_DIR = "logs";

    private RunSections() {
    }

    static void quarantineSamples(StringBuilder html, IngestHistory ingest) {
        html.append("<h2>Quarantined messages</h2>\n");
        long quarantined = ingest.totalQuarantined();
        List<List<Object>> rows = ingest.batches().stream()
                .flatMap(b -> b.result().quarantineSamples().stream()).limit(QUARANTINE_SAMPLES)
                .map(RunSections::sampleRow).toList();
        if (rows.isEmpty()) {
            html.append(quarantined == 0 ? "<p>None: every message landed.</p>\n"
                    : "<p>" + quarantined + " quarantined; the ingest job reported no samples.</p>\n");
            return;
        }
        html.append("<p>The first ").append(rows.size()).append(" of ").append(quarantined)
                .append(" quarantined messages (the whole messages are kept in the quarantine output):</p>\n");
        html.append(HtmlTable.render(List.of("batch", "partition", "offset", "reason", "message starts"), rows, null));
    }

    private static List<Object> sampleRow(QuarantineSample sample) {
        String message = sample.message() == null ? "(null: a tombstone)" : sample.message();
        return List.of(sample.batch(), sample.partition(), sample.offset(), sample.reason(),
                message.length() > MESSAGE_START ? message.substring(0, MESSAGE_START) + " ..." : message);
    }

    static void timeline(StringBuilder html, List<JournalEntry> entries) {
        html.append("<h2>Timeline of the goals</h2>\n");
        if (entries.isEmpty()) {
            html.append("<p>The journal is empty.</p>\n");
            return;
        }
        html.append("<div class=\"chart\">").append(TimelineSvg.render(entries)).append("</div>\n");
    }

    static void cluster(StringBuilder html, Path workDir) {
        html.append("<h2>Cluster</h2>\n");
        ClusterInfo info = ClusterInfo.read(workDir).orElse(null);
        if (info == null) {
            html.append("<p>No ").append(ClusterInfo.FILE_NAME).append(" (written by cluster-up).</p>\n");
            return;
        }
        html.append("<p>Launcher ").append(Html.escape(info.launcher())).append(String.format(Locale.ROOT,
                ", ready in %.1f s.</p>\n", info.readySeconds()));
        EngineVersions v = info.versions();
        if (v != null) {
            html.append(HtmlTable.render(List.of("engine", "version"), List.of(List.of("Kafka", v.kafka()),
                    List.of("Hadoop (HDFS)", v.hadoop()),
                    List.of("Spark", v.spark() + " (Scala " + v.scalaBinary() + ")"),
                    List.of("batch-layer plugin", v.plugin())), null));
        }
        ClusterEndpoints e = info.endpoints();
        if (e != null) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("Kafka bootstrap servers", String.valueOf(e.kafkaBootstrapServers())));
            rows.add(List.of("HDFS", String.valueOf(e.hdfsUri())));
            rows.add(List.of("HDFS HTTP (WebHDFS)", String.valueOf(e.hdfsHttpUri())));
            rows.add(List.of("Spark master", String.valueOf(e.sparkMaster())));
            if (e.sparkMasterUiUri() != null) {
                rows.add(List.of("Spark master UI", e.sparkMasterUiUri()));
            }
            html.append(HtmlTable.render(List.of("endpoint", "address"), rows, null));
        }
    }

    /** Every file under logs/, linked relative to the report (which sits in the work dir). */
    static void logs(StringBuilder html, Path workDir) {
        html.append("<h2>Logs</h2>\n");
        Path dir = workDir.resolve(LOGS_DIR);
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".log")).sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                html.append("<p>cannot list ").append(Html.escape(dir)).append(": ").append(Html.escape(e.getMessage()))
                        .append("</p>\n");
                return;
            }
        }
        if (files.isEmpty()) {
            html.append("<p>No log under ").append(Html.escape(dir)).append(".</p>\n");
            return;
        }
        html.append("<ul class=\"logs\">\n");
        for (Path file : files) {
            String name = file.getFileName().toString();
            html.append("<li><a href=\"").append(Html.escape(LOGS_DIR + "/" + name)).append("\">")
                    .append(Html.escape(name)).append("</a> (").append(size(file)).append(")</li>\n");
        }
        html.append("</ul>\n");
    }

    private static String size(Path file) {
        try {
            long bytes = Files.size(file);
            return bytes < 10_240 ? bytes + " bytes" : String.format(Locale.ROOT, "%,d KB", bytes / 1024);
        } catch (IOException e) {
            return "size unknown";
        }
    }
}
