package io.github.batchlayer.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DriverJvmTest {

    private static SparkJobSpec withJvmArgs(List<String> jvmArgs) {
        return new SparkJobSpec("4.2.0", "2.13", Path.of("job.jar"), "local[*]", "hdfs://127.0.0.1:8020", "1g",
                Map.of(), jvmArgs, null, Path.of("java"), Path.of("work"), Duration.ofMinutes(30));
    }

    @Test
    void aFreshDriverGetsTheParallelCollectorUnlessTheUserChoseOne() {
        assertEquals(List.of("-XX:+UseParallelGC"), DriverJvm.throughputCollector(withJvmArgs(List.of())));
        assertEquals(List.of("-XX:+UseParallelGC"),
                DriverJvm.throughputCollector(withJvmArgs(List.of("-Xss4m", "-XX:-UseCompressedOops"))));
        for (String collector : List.of("-XX:+UseG1GC", "-XX:+UseZGC", "-XX:+UseSerialGC", "-XX:+UseParallelGC")) {
            assertEquals(List.of(), DriverJvm.throughputCollector(withJvmArgs(List.of("-Xss4m", collector))),
                    collector + " chosen: two collectors would stop the JVM at start");
        }
    }
}
