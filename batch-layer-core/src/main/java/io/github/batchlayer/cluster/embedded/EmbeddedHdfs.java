package io.github.batchlayer.cluster.embedded;

import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.cluster.ClusterSettings;
import io.github.batchlayer.cluster.config.HdfsNodeConfig;
import io.github.batchlayer.process.ForkedJvm;
import io.github.batchlayer.process.JavaProcessSpec;
import io.github.batchlayer.process.LogTail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /** Writes the configuration and formats the NameNode's storage in a one-shot JVM. */
    void prepare(List<Path> jars) {
        try {
            config.writeConfDir(dir().resolve("conf"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path formatLog = ForkedService.logFile(cluster, "namenode-format");
        JavaProcessSpec format = new JavaProcessSpec("namenode-format", cluster.javaExecutable(), jvmArgs(),
                classpath(jars), "org.apache.hadoop.hdfs.server.namenode.NameNode",
                List.of("-format", "-force", "-nonInteractive"), Map.of(), dir(), formatLog);
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
        cp.add(dir().resolve("conf"));
        cp.addAll(jars);
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
