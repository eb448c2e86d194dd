package io.github.batchlayer.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which driver a goal's job runs on, and what the goal says when it is not the warm one. */
class DriverChoiceTest {

    private static SparkJobSpec spec(String driverMemory, Map<String, String> conf, List<String> jvmArgs) {
        return new SparkJobSpec("4.2.0", "2.13", Path.of("job.jar"), "local[*]", "hdfs://127.0.0.1:8020",
                driverMemory, conf, jvmArgs, null, Path.of("java"), Path.of("work"), Duration.ofMinutes(30));
    }

    private static final SparkJobSpec CLUSTER_UP = spec("1g", Map.of(), List.of());

    private static Optional<WarmDriver.Record> warm(SparkJobSpec spec) {
        return Optional.of(new WarmDriver.Record(77, "/w/logs/spark-driver.args", "/w/logs/spark-driver.log",
                "/w/spark-driver/endpoint.json", "4242", DriverFingerprint.of(spec), null));
    }

    @Test
    void theSameSettingsRunOnTheWarmDriver() {
        // the timeout is the goal's own business, not the driver's
        SparkJobSpec goal = new SparkJobSpec("4.2.0", "2.13", Path.of("job.jar"), "local[*]",
                "hdfs://127.0.0.1:8020", "1g", Map.of(), List.of(), null, Path.of("java"), Path.of("work"),
                Duration.ofSeconds(5));
        DriverChoice choice = DriverChoice.decide(true, warm(CLUSTER_UP), true, DriverFingerprint.of(goal));
        assertEquals(DriverChoice.Kind.WARM, choice.kind());
        assertNull(choice.reason());
    }

    @Test
    void switchedOffOrNoWarmDriverIsAFreshOneWithNothingToSay() {
        DriverFingerprint goal = DriverFingerprint.of(CLUSTER_UP);
        assertEquals(new DriverChoice(DriverChoice.Kind.FRESH, null),
                DriverChoice.decide(false, warm(CLUSTER_UP), true, goal));
        assertEquals(new DriverChoice(DriverChoice.Kind.FRESH, null),
                DriverChoice.decide(true, Optional.empty(), false, goal));
    }

    @Test
    void anotherHeapIsAFreshDriverNamingTheSetting() {
        DriverChoice choice = DriverChoice.decide(true, warm(CLUSTER_UP), true,
                DriverFingerprint.of(spec("2g", Map.of(), List.of())));
        assertEquals(DriverChoice.Kind.FRESH, choice.kind());
        assertEquals("its settings differ from the warm driver's: driverMemory (2g here, 1g in the warm driver)",
                choice.reason());
    }

    @Test
    void extraSparkConfAndJvmFlagsAreCountedAndNamed() {
        DriverChoice choice = DriverChoice.decide(true, warm(CLUSTER_UP), true, DriverFingerprint.of(
                spec("1g", Map.of("spark.sql.shuffle.partitions", "64"), List.of("-XX:+UseSerialGC"))));
        assertEquals(DriverChoice.Kind.FRESH, choice.kind());
        assertEquals("its settings differ from the warm driver's: jobJvmArgs (-XX:+UseSerialGC here, none in the "
                + "warm driver) and 1 more", choice.reason());
        assertTrue(DriverFingerprint.of(spec("1g", Map.of("spark.sql.shuffle.partitions", "64"), List.of()))
                .differencesFrom(DriverFingerprint.of(CLUSTER_UP))
                .contains("spark.sql.shuffle.partitions (64 here, 8 in the warm driver)"));
    }

    @Test
    void aTestHookIsOneRunsNotTheDriversSoItNeedsNoFreshDriver() {
        SparkJobSpec dying = spec("1g", Map.of(), List.of("-Dbatchlayer.test.dieBeforeCommit=true"));
        assertEquals(DriverChoice.Kind.WARM,
                DriverChoice.decide(true, warm(CLUSTER_UP), true, DriverFingerprint.of(dying)).kind());
        assertEquals(Map.of("batchlayer.test.dieBeforeCommit", "true"), DriverJvm.testHooks(dying.extraJvmArgs()));
        assertEquals(List.of("-Xss4m"), DriverJvm.withoutTestHooks(List.of("-Dbatchlayer.test.holdLeaseUntil=/x",
                "-Xss4m")));
    }

    @Test
    void aSecretIsComparedByDigestAndNeverShown() {
        SparkJobSpec secret = spec("1g", Map.of("spark.authenticate.secret", "hunter2"), List.of());
        DriverFingerprint fingerprint = DriverFingerprint.of(secret);
        assertFalse(fingerprint.parts().toString().contains("hunter2"), fingerprint.parts().toString());
        DriverChoice choice = DriverChoice.decide(true, warm(CLUSTER_UP), true, fingerprint);
        assertEquals(DriverChoice.Kind.FRESH, choice.kind());
        assertTrue(choice.reason().startsWith("its settings differ from the warm driver's: secret Spark settings "
                + "(sha-256 "), choice.reason());
        assertFalse(choice.reason().contains("hunter2"));
        assertEquals(List.of(), fingerprint.differencesFrom(DriverFingerprint.of(
                spec("1g", Map.of("spark.authenticate.secret", "hunter2"), List.of()))));
    }

    @Test
    void aWarmDriverThatIsGoneIsReplacedWhenItsSettingsAreTheGoals() {
        DriverChoice choice = DriverChoice.decide(true, warm(CLUSTER_UP), false, DriverFingerprint.of(CLUSTER_UP));
        assertEquals(DriverChoice.Kind.RESTART, choice.kind());
        assertEquals("the warm driver (pid 77) is gone", choice.reason());
        // one that is gone but had other settings is not this goal's to restart
        assertEquals(DriverChoice.Kind.FRESH, DriverChoice.decide(true, warm(CLUSTER_UP), false,
                DriverFingerprint.of(spec("2g", Map.of(), List.of()))).kind());
    }

    @Test
    void anotherMasterOrHdfsIsAnotherDriver() {
        SparkJobSpec local = new SparkJobSpec("4.2.0", "2.13", Path.of("job.jar"), "local[*]", null, "1g", Map.of(),
                List.of(), null, Path.of("java"), Path.of("work"), Duration.ofMinutes(30));
        DriverChoice choice = DriverChoice.decide(true, warm(CLUSTER_UP), true, DriverFingerprint.of(local));
        // named first; the "2 more" are the client settings an HDFS on this machine gets
        assertEquals("its settings differ from the warm driver's: spark.hadoop.fs.defaultFS (unset here, "
                + "hdfs://127.0.0.1:8020 in the warm driver) and 2 more", choice.reason());
    }
}
