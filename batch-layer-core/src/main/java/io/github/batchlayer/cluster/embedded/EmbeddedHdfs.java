package io.github.batchlayer.cluster.embedded;

import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.cluster.ClusterSpec;
import io.github.batchlayer.process.ForkedJvm;
import io.github.batchlayer.process.JavaProcessSpec;
import io.github.batchlayer.process.LogTail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real HDFS: a NameNode and a DataNode, each in its own JVM, started through Hadoop's own daemon main classes
 * with a configuration directory we write (so no code of ours runs inside them).
 */
final class EmbeddedHdfs {

    private final ClusterSpec cluster;
    private final Path dir;
    private final int rpcPort;
    private final int httpPort;
    private final int dataPort;
    private final int dataHttpPort;
    private final int dataIpcPort;

    EmbeddedHdfs(ClusterSpec cluster, int rpcPort, int httpPort, int dataPort, int dataHttpPort, int dataIpcPort) {
        this.cluster = cluster;
        this.dir = cluster.workDir().resolve("hdfs").toAbsolutePath();
        this.rpcPort = rpcPort;
        this.httpPort = httpPort;
        this.dataPort = dataPort;
        this.dataHttpPort = dataHttpPort;
        this.dataIpcPort = dataIpcPort;
    }

    String uri() {
        return "hdfs://127.0.0.1:" + rpcPort;
    }

    String httpUri() {
        return "http://127.0.0.1:" + httpPort;
    }

    List<String> coordinates() {
        String v = cluster.versions().hadoop();
        // hadoop-hdfs declares hadoop-common and hadoop-hdfs-client as provided: name them explicitly
        return List.of("org.apache.hadoop:hadoop-hdfs:" + v, "org.apache.hadoop:hadoop-common:" + v,
                "org.apache.hadoop:hadoop-hdfs-client:" + v);
    }

    /** Writes the configuration and formats the NameNode's storage in a one-shot JVM. */
    void prepare(List<Path> jars) {
        Path conf = dir.resolve("conf");
        try {
            Files.createDirectories(conf);
            Files.writeString(conf.resolve("core-site.xml"), HadoopXml.of(coreSite()), StandardCharsets.UTF_8);
            Files.writeString(conf.resolve("hdfs-site.xml"), HadoopXml.of(hdfsSite()), StandardCharsets.UTF_8);
            Files.writeString(conf.resolve("log4j.properties"), Log4jConfigs.log4jConsole(), StandardCharsets.UTF_8);
            // The daemons' HTTP servers look their web application up on the classpath; the jars do not ship
            // them, and an empty one is enough for WebHDFS.
            for (String app : List.of("hdfs", "datanode", "secondary", "static")) {
                Files.createDirectories(conf.resolve("webapps").resolve(app));
                Files.writeString(conf.resolve("webapps").resolve(app).resolve("index.html"), "batch-layer\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path formatLog = ForkedService.logFile(cluster, "namenode-format");
        JavaProcessSpec format = new JavaProcessSpec("namenode-format", cluster.javaExecutable(), jvmArgs(),
                classpath(jars), "org.apache.hadoop.hdfs.server.namenode.NameNode",
                List.of("-format", "-force", "-nonInteractive"), Map.of(), dir, formatLog);
        int exit = ForkedJvm.run(format, 120);
        if (exit != 0) {
            throw new ClusterException("formatting the NameNode failed (exit " + exit + "); last lines of "
                    + formatLog + ":\n" + LogTail.of(formatLog, 30));
        }
    }

    ForkedService startNameNode(List<Path> jars) {
        return ForkedService.of(cluster, "namenode", jvmArgs(), classpath(jars),
                "org.apache.hadoop.hdfs.server.namenode.NameNode", List.of()).start();
    }

    ForkedService startDataNode(List<Path> jars) {
        return ForkedService.of(cluster, "datanode", jvmArgs(), classpath(jars),
                "org.apache.hadoop.hdfs.server.datanode.DataNode", List.of()).start();
    }

    private List<Path> classpath(List<Path> jars) {
        List<Path> cp = new ArrayList<>();
        cp.add(dir.resolve("conf"));
        cp.addAll(jars);
        return cp;
    }

    private List<String> jvmArgs() {
        return List.of("-Xms64m", "-Xmx512m", "-Djava.awt.headless=true",
                "-Dhadoop.home.dir=" + dir,
                "-Dhadoop.log.dir=" + dir.resolve("logs"),
                "-Dlog4j.configuration=file:" + dir.resolve("conf").resolve("log4j.properties"),
                "-Djava.net.preferIPv4Stack=true",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/java.util=ALL-UNNAMED");
    }

    private Map<String, String> coreSite() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("fs.defaultFS", uri());
        p.put("hadoop.tmp.dir", dir.resolve("tmp").toString());
        return p;
    }

    private Map<String, String> hdfsSite() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("dfs.namenode.name.dir", dir.resolve("name").toUri().toString());
        p.put("dfs.datanode.data.dir", dir.resolve("data").toUri().toString());
        p.put("dfs.replication", "1");
        p.put("dfs.permissions.enabled", "false");
        p.put("dfs.namenode.rpc-address", "127.0.0.1:" + rpcPort);
        p.put("dfs.namenode.http-address", "127.0.0.1:" + httpPort);
        p.put("dfs.namenode.secondary.http-address", "127.0.0.1:0");
        p.put("dfs.datanode.address", "127.0.0.1:" + dataPort);
        p.put("dfs.datanode.http.address", "127.0.0.1:" + dataHttpPort);
        p.put("dfs.datanode.ipc.address", "127.0.0.1:" + dataIpcPort);
        p.put("dfs.datanode.hostname", "127.0.0.1");
        p.put("dfs.namenode.datanode.registration.ip-hostname-check", "false");
        // a fresh single-node HDFS has nothing to wait for in safe mode
        p.put("dfs.namenode.safemode.extension", "0");
        p.put("dfs.namenode.safemode.min.datanodes", "0");
        p.put("dfs.heartbeat.interval", "1");
        p.put("dfs.webhdfs.enabled", "true");
        // keep the small disk of a laptop or CI box from putting the DataNode into "no space" refusal
        p.put("dfs.datanode.du.reserved", "0");
        p.put("dfs.namenode.resource.du.reserved", "0");
        return p;
    }
}
