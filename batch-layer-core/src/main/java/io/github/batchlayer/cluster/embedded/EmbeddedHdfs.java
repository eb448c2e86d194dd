package io.github.batchlayer.cluster.embedded;

import io.github.batchlayer.cluster.ClusterSettings;
import io.github.batchlayer.cluster.config.HdfsNodeConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real HDFS: a NameNode and a DataNode, each in its own JVM, started through Hadoop's own daemon main classes
 * with a configuration directory we write (so no code of ours runs inside them).
 */
record EmbeddedHdfs(ClusterSettings cluster, HdfsNodeConfig config) {

    private Path dir() {
        return Path.of(config.baseDir());
    }

    /** Where the daemons keep their data (and we their configuration): under the work directory. */
    static String baseDir(ClusterSettings cluster) {
        return cluster.workDir().resolve("hdfs").toAbsolutePath().toString();
    }

    List<String> coordinates() {
        return HdfsNodeConfig.coordinates(cluster.versions());
    }

    /** Writes the configuration directory both daemons read. */
    void writeConfiguration() {
        try {
            config.writeConfDir(dir().resolve("conf"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Formats the NameNode's storage in a one-shot JVM (after {@link #writeConfiguration}). */
    void format(List<Path> jars) {
        StorageFormat.run(cluster, "namenode-format", "formatting the NameNode", jvmArgs(), classpath(jars),
                "org.apache.hadoop.hdfs.server.namenode.NameNode", List.of("-format", "-force", "-nonInteractive"),
                dir());
    }

    ForkedService startNameNode(List<Path> jars) {
        return startDaemon("namenode", "org.apache.hadoop.hdfs.server.namenode.NameNode", jars);
    }

    /** Needs no NameNode yet: it has the NameNode's address from the configuration and retries until it answers. */
    ForkedService startDataNode(List<Path> jars) {
        return startDaemon("datanode", "org.apache.hadoop.hdfs.server.datanode.DataNode", jars);
    }

    private ForkedService startDaemon(String name, String mainClass, List<Path> jars) {
        List<String> jvmArgs = new ArrayList<>(ForkedService.mappingArchive(cluster, classpath(jars)));
        jvmArgs.addAll(jvmArgs());
        return ForkedService.of(cluster, name, jvmArgs, classpath(jars), mainClass, List.of()).start();
    }

    /**
     * The jars, then the configuration directory: it holds no class (core-site.xml, hdfs-site.xml, log4j and the
     * placeholder web applications, none of which the jars ship), and after the jars it leaves the classpath
     * archivable by class-data sharing.
     */
    private List<Path> classpath(List<Path> jars) {
        List<Path> cp = new ArrayList<>(jars);
        cp.add(dir().resolve("conf"));
        return cp;
    }

    private List<String> jvmArgs() {
        return List.of("-Xms64m", "-Xmx512m", "-Djava.awt.headless=true",
                "-Dhadoop.home.dir=" + dir(),
                "-Dhadoop.log.dir=" + dir().resolve("logs"),
                "-Dlog4j.configuration=file:" + dir().resolve("conf").resolve("log4j.properties"),
                "-Djava.net.preferIPv4Stack=true",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/java.util=ALL-UNNAMED");
    }
}
