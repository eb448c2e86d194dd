package io.github.batchlayer.cluster.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The configuration both launchers share: the seed's limits, loopback only, data where the launcher says. */
class NodeConfigTest {

    @Test
    void kafkaNodeIsASingleKraftNodeOnLoopbackWithTheSeedsMessageLimit() {
        List<String> lines = new KafkaNodeConfig(9092, 9093, "/data/kafka", Map.of("num.partitions", "3"))
                .serverProperties();
        assertTrue(lines.contains("process.roles=broker,controller"));
        assertTrue(lines.contains("listeners=PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093"));
        assertTrue(lines.contains("controller.quorum.voters=1@127.0.0.1:9093"));
        assertTrue(lines.contains("message.max.bytes=5242880"));
        assertTrue(lines.contains("log.dirs=/data/kafka"));
        // the user's broker properties win over ours
        assertTrue(lines.contains("num.partitions=3"));
        assertEquals(1, lines.stream().filter(l -> l.startsWith("num.partitions=")).count());
    }

    @Test
    void hdfsBindsLoopbackAndKeepsDataUnderTheBaseDirectory(@TempDir Path dir) throws Exception {
        HdfsNodeConfig hdfs = new HdfsNodeConfig(8020, 9870, 9866, 9864, 9867, "/data/hdfs");
        assertEquals("hdfs://127.0.0.1:8020", hdfs.uri());
        assertEquals("http://127.0.0.1:9870", hdfs.httpUri());
        Map<String, String> site = hdfs.hdfsSite();
        assertEquals("file:///data/hdfs/name", site.get("dfs.namenode.name.dir"));
        assertEquals("127.0.0.1:9866", site.get("dfs.datanode.address"));
        assertEquals("127.0.0.1", site.get("dfs.datanode.hostname"));
        assertEquals("10", site.get("dfs.client.block.write.locateFollowingBlock.initial.delay.ms"),
                "the DataNode's WebHDFS client waits 10 ms, not 400, for a file's last block");
        hdfs.writeConfDir(dir);
        assertTrue(Files.readString(dir.resolve("core-site.xml")).contains("hdfs://127.0.0.1:8020"));
        assertTrue(Files.isRegularFile(dir.resolve("webapps/hdfs/index.html")));
        assertTrue(Files.isRegularFile(dir.resolve("log4j.properties")));
    }
}
