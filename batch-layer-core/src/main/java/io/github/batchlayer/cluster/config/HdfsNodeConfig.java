package io.github.batchlayer.cluster.config;

import io.github.batchlayer.cluster.EngineVersions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configuration of a single-node HDFS (one NameNode, one DataNode) bound to 127.0.0.1, shared by the embedded
 * launcher (forked JVMs) and the docker launcher (containers with host networking). Only {@code baseDir} differs:
 * a directory under {@code target/} on the host, or a directory inside the containers.
 *
 * @param baseDir where name/data/tmp directories go, as seen by the daemons
 */
public record HdfsNodeConfig(int rpcPort, int httpPort, int dataPort, int dataHttpPort, int dataIpcPort,
                             String baseDir) {

    /** What a NameNode or DataNode JVM needs on its classpath. */
    public static List<String> coordinates(EngineVersions versions) {
        String v = versions.hadoop();
        // hadoop-hdfs declares hadoop-common and hadoop-hdfs-client as provided: name them explicitly
        return List.of("org.apache.hadoop:hadoop-hdfs:" + v, "org.apache.hadoop:hadoop-common:" + v,
                "org.apache.hadoop:hadoop-hdfs-client:" + v);
    }

    public String uri() {
        return "hdfs://127.0.0.1:" + rpcPort;
    }

    public String httpUri() {
        return "http://127.0.0.1:" + httpPort;
    }

    /**
     * Writes core-site.xml, hdfs-site.xml, log4j.properties and the placeholder web applications into a
     * directory on the daemons' classpath.
     */
    public void writeConfDir(Path conf) throws IOException {
        Files.createDirectories(conf);
        Files.writeString(conf.resolve("core-site.xml"), HadoopXml.of(coreSite()), StandardCharsets.UTF_8);
        Files.writeString(conf.resolve("hdfs-site.xml"), HadoopXml.of(hdfsSite()), StandardCharsets.UTF_8);
        Files.writeString(conf.resolve("log4j.properties"), Log4jConfigs.log4jConsole(), StandardCharsets.UTF_8);
        // The daemons' HTTP servers look their web application up on the classpath; the jars do not ship
        // them, and an empty one is enough for WebHDFS.
        for (String app : List.of("hdfs", "datanode", "secondary", "static")) {
            Path dir = conf.resolve("webapps").resolve(app);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("index.html"), "batch-layer\n");
        }
    }

    public Map<String, String> coreSite() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("fs.defaultFS", uri());
        p.put("hadoop.tmp.dir", baseDir + "/tmp");
        return p;
    }

    /**
     * HDFS client settings for a file system whose DataNode runs on the client's machine. A client closing a file
     * asks the NameNode to complete it; until the DataNode has reported the file's last block the answer is no,
     * and the client sleeps 400 ms (Hadoop's default) before asking again, doubling each time. On one machine
     * the report follows within milliseconds, yet it lost that race for nearly every file: each ingest's part
     * files and manifest, each view's file, the probe's. So the first wait is 10 ms, and 11 retries keep about
     * the default's patience (20 s in all against 12.4 s). The NameNode's
     * {@code dfs.namenode.file.close.num-committed-allowed} cannot help here: it needs more expected replicas
     * than the minimum, and a single DataNode has one.
     */
    public static final Map<String, String> SINGLE_MACHINE_CLIENT = Map.of(
            "dfs.client.block.write.locateFollowingBlock.initial.delay.ms", "10",
            "dfs.client.block.write.locateFollowingBlock.retries", "11");

    public Map<String, String> hdfsSite() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("dfs.namenode.name.dir", Path.of(baseDir, "name").toUri().toString());
        p.put("dfs.datanode.data.dir", Path.of(baseDir, "data").toUri().toString());
        p.put("dfs.replication", "1");
        p.put("dfs.permissions.enabled", "false");
        p.put("dfs.namenode.rpc-address", "127.0.0.1:" + rpcPort);
        p.put("dfs.namenode.http-address", "127.0.0.1:" + httpPort);
        p.put("dfs.namenode.secondary.http-address", "127.0.0.1:0");
        p.put("dfs.datanode.address", "127.0.0.1:" + dataPort);
        p.put("dfs.datanode.http.address", "127.0.0.1:" + dataHttpPort);
        p.put("dfs.datanode.ipc.address", "127.0.0.1:" + dataIpcPort);
        // with host networking (docker) as with plain processes the DataNode is reached on loopback
        p.put("dfs.datanode.hostname", "127.0.0.1");
        p.put("dfs.namenode.datanode.registration.ip-hostname-check", "false");
        // a fresh single-node HDFS has nothing to wait for in safe mode
        p.put("dfs.namenode.safemode.extension", "0");
        p.put("dfs.namenode.safemode.min.datanodes", "0");
        p.put("dfs.heartbeat.interval", "1");
        // the DataNode's WebHDFS handler (the readiness probe's file) is an HDFS client too
        p.putAll(SINGLE_MACHINE_CLIENT);
        p.put("dfs.webhdfs.enabled", "true");
        // keep the small disk of a laptop or CI box from putting the DataNode into "no space" refusal
        p.put("dfs.datanode.du.reserved", "0");
        p.put("dfs.namenode.resource.du.reserved", "0");
        return p;
    }
}
