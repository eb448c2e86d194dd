package io.github.batchlayer.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

class SparkDriverConfTest {

    private static SparkDriverConf confFor(Map<String, String> userConf) {
        return confFor("hdfs://127.0.0.1:8020", userConf);
    }

    private static SparkDriverConf confFor(String hdfsUri, Map<String, String> userConf) {
        return SparkDriverConf.of(new SparkJobSpec("4.2.0", "2.13", Path.of("job.jar"), "local[2]",
                hdfsUri, "1g", userConf, List.of(), null, Path.of("java"), Path.of("work"),
                Duration.ofMinutes(1)));
    }

    @Test
    void anHdfsOnThisMachineIsAskedSoonAgainWhetherAFileIsComplete() {
        String delay = "spark.hadoop.dfs.client.block.write.locateFollowingBlock.initial.delay.ms";
        assertEquals("10", confFor(Map.of()).visible().get(delay));
        assertFalse(confFor("hdfs://namenode.example:8020", Map.of()).visible().containsKey(delay),
                "a cluster's clients keep Hadoop's defaults");
        assertEquals("400", confFor(Map.of(delay, "400")).visible().get(delay), "the user's setting wins");
    }

    @Test
    void loopbackAndRedactionByDefaultTheUsersSettingsOnTopSecretsApart() {
        SparkDriverConf conf = confFor(Map.of("spark.sql.shuffle.partitions", "32",
                "spark.authenticate.secret", "s3cret", "spark.hadoop.fs.s3a.secret.key", "k"));
        assertEquals("local[2]", conf.visible().get("spark.master"));
        assertEquals("127.0.0.1", conf.visible().get("spark.driver.bindAddress"));
        assertEquals("hdfs://127.0.0.1:8020", conf.visible().get("spark.hadoop.fs.defaultFS"));
        assertEquals("32", conf.visible().get("spark.sql.shuffle.partitions"), "the user's setting wins");
        assertFalse(conf.visible().containsKey("spark.jars"), "nothing to ship to executors in the driver JVM");
        assertEquals("false", conf.visible().get("spark.sql.artifact.isolation.enabled"));
        assertEquals("true", confFor(Map.of("spark.sql.artifact.isolation.enabled", "true")).visible()
                .get("spark.sql.artifact.isolation.enabled"), "a user who adds artifacts can have isolation back");
        assertEquals(Map.of("spark.authenticate.secret", "s3cret", "spark.hadoop.fs.s3a.secret.key", "k"),
                conf.secret());
        assertFalse(conf.visible().containsKey("spark.authenticate.secret"));
        assertEquals(conf.visible().keySet().stream().sorted().toList(), List.copyOf(conf.visible().keySet()),
                "sorted, so the argument file is the same from run to run");
    }
}
