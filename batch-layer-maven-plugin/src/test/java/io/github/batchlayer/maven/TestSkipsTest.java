package io.github.batchlayer.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * failsafe's skips ({@code skipITs}, {@code skipTests}, {@code maven.test.skip}) skip every goal that needs a
 * cluster, saying why once per build; {@code batch-layer.<goal>.skip} skips that goal alone; generate needs no
 * cluster and runs. Each mojo gets a real session, so what the build remembers between goals is real.
 */
@MojoTest
class TestSkipsTest {

    @TempDir
    Path temp;

    /** One build: the session its goals share, with these user properties. */
    @SuppressWarnings("deprecation") // the container-less constructor is the one a test can call
    private static MavenSession build(String... userProperties) {
        DefaultMavenExecutionRequest request = new DefaultMavenExecutionRequest();
        for (int i = 0; i < userProperties.length; i += 2) {
            request.getUserProperties().setProperty(userProperties[i], userProperties[i + 1]);
        }
        return new MavenSession(null, new DefaultRepositorySystemSession(), request,
                new DefaultMavenExecutionResult());
    }

    private MojoTesting.CapturingLog runIn(MavenSession build, String goal, AbstractBatchLayerMojo mojo)
            throws Exception {
        mojo.session = build;
        mojo.project = new MavenProject();
        mojo.workDir = temp.resolve("work").toFile();
        MojoTesting.execution(mojo, goal, "lifecycle");
        MojoTesting.CapturingLog log = MojoTesting.capture(mojo);
        mojo.execute();
        return log;
    }

    /** Goal names and their injected mojos, in the order given. */
    private static Map<String, AbstractBatchLayerMojo> byGoal(Object... goalThenMojo) {
        Map<String, AbstractBatchLayerMojo> goals = new LinkedHashMap<>();
        for (int i = 0; i < goalThenMojo.length; i += 2) {
            goals.put((String) goalThenMojo[i], (AbstractBatchLayerMojo) goalThenMojo[i + 1]);
        }
        return goals;
    }

    private void assertTouchedNothing() {
        assertFalse(Files.exists(temp.resolve("work")), "a skipped goal must not create the work directory");
    }

    @Test
    void skipITsSkipsEveryGoalThatNeedsAClusterAndSaysWhyOnce(
            @InjectMojo(goal = "cluster-up") ClusterUpMojo clusterUp,
            @InjectMojo(goal = "create-topic") CreateTopicMojo createTopic,
            @InjectMojo(goal = "publish") PublishMojo publish,
            @InjectMojo(goal = "ingest") IngestMojo ingest,
            @InjectMojo(goal = "summarize") SummarizeMojo summarize,
            @InjectMojo(goal = "cluster-down") ClusterDownMojo clusterDown,
            @InjectMojo(goal = "verify") VerifyMojo verify,
            @InjectMojo(goal = "consume") ConsumeMojo consume) throws Exception {
        MavenSession build = build("skipITs", "true");
        MojoTesting.CapturingLog first = runIn(build, "cluster-up", clusterUp);
        assertTrue(first.has("INFO", "skipping cluster-up and every other goal that needs a cluster"), first.text());
        assertTrue(first.has("INFO", "skipITs is true"), first.text());
        Map<String, AbstractBatchLayerMojo> later = byGoal("create-topic", createTopic, "publish", publish,
                "ingest", ingest, "summarize", summarize, "cluster-down", clusterDown, "verify", verify,
                "consume", consume);
        for (Map.Entry<String, AbstractBatchLayerMojo> goal : later.entrySet()) {
            // no cluster (so nothing to talk to) and no failure: each would throw or log had it run
            MojoTesting.CapturingLog log = runIn(build, goal.getKey(), goal.getValue());
            assertEquals(List.of(), log.lines, goal.getKey() + " said again why");
        }
        assertTouchedNothing();
    }

    @Test
    void skipTestsAndMavenTestSkipSkipToo(@InjectMojo(goal = "verify") VerifyMojo verify,
                                          @InjectMojo(goal = "ingest") IngestMojo ingest) throws Exception {
        assertTrue(runIn(build("skipTests", "true"), "verify", verify).has("INFO", "skipTests is true"));
        assertTrue(runIn(build("maven.test.skip", "true"), "ingest", ingest).has("INFO", "maven.test.skip is true"));
        assertTouchedNothing();
    }

    @Test
    void aPomPropertySkipsLikeTheCommandLine(@InjectMojo(goal = "cluster-up") ClusterUpMojo clusterUp)
            throws Exception {
        clusterUp.session = build();
        clusterUp.project = new MavenProject();
        clusterUp.project.getProperties().setProperty("skipITs", "true");
        clusterUp.workDir = temp.resolve("work").toFile();
        MojoTesting.execution(clusterUp, "cluster-up", "lifecycle");
        MojoTesting.CapturingLog log = MojoTesting.capture(clusterUp);
        clusterUp.execute();
        assertTrue(log.has("INFO", "skipITs is true"), log.text());
        assertTouchedNothing();
    }

    @Test
    void skipTestsFalseSkipsNothing(@InjectMojo(goal = "cluster-down") ClusterDownMojo clusterDown)
            throws Exception {
        MojoTesting.CapturingLog log = runIn(build("skipTests", "false"), "cluster-down", clusterDown);
        assertTrue(log.has("INFO", "no cluster running from"), log.text());
    }

    @Test
    void generateNeedsNoClusterAndRunsUnderSkipTests(@InjectMojo(goal = "generate") GenerateMojo generate)
            throws Exception {
        Path out = temp.resolve("data/assessments.json");
        MojoTesting.set(generate, "output", out.toFile());
        MojoTesting.set(generate, "records", 10L);
        MojoTesting.set(generate, "profile", "scaled");
        MojoTesting.CapturingLog log = runIn(build("skipTests", "true", "skipITs", "true"), "generate", generate);
        assertTrue(Files.isRegularFile(out), log.text());
        assertTrue(log.has("INFO", "generated "), log.text());
    }

    @Test
    void aGoalsOwnSkipSkipsThatGoalAlone(@InjectMojo(goal = "ingest") IngestMojo ingest,
                                         @InjectMojo(goal = "cluster-down") ClusterDownMojo clusterDown)
            throws Exception {
        MavenSession build = build("batch-layer.ingest.skip", "true");
        MojoTesting.CapturingLog skipped = runIn(build, "ingest", ingest);
        assertEquals(List.of("INFO skipping ingest: batch-layer.ingest.skip is true"), skipped.lines);
        MojoTesting.CapturingLog ran = runIn(build, "cluster-down", clusterDown);
        assertTrue(ran.has("INFO", "no cluster running from"), ran.text());
    }

    @Test
    void everyGoalHasItsOwnSkip(@InjectMojo(goal = "generate") GenerateMojo generate,
                                @InjectMojo(goal = "cluster-up") ClusterUpMojo clusterUp,
                                @InjectMojo(goal = "create-topic") CreateTopicMojo createTopic,
                                @InjectMojo(goal = "publish") PublishMojo publish,
                                @InjectMojo(goal = "ingest") IngestMojo ingest,
                                @InjectMojo(goal = "summarize") SummarizeMojo summarize,
                                @InjectMojo(goal = "cluster-down") ClusterDownMojo clusterDown,
                                @InjectMojo(goal = "verify") VerifyMojo verify,
                                @InjectMojo(goal = "consume") ConsumeMojo consume) throws Exception {
        Map<String, AbstractBatchLayerMojo> goals = byGoal("generate", generate, "cluster-up", clusterUp,
                "create-topic", createTopic, "publish", publish, "ingest", ingest, "summarize", summarize,
                "cluster-down", clusterDown, "verify", verify, "consume", consume);
        for (Map.Entry<String, AbstractBatchLayerMojo> each : goals.entrySet()) {
            String goal = each.getKey();
            MojoTesting.CapturingLog log = runIn(build("batch-layer." + goal + ".skip", "true"), goal, each.getValue());
            assertEquals(List.of("INFO skipping " + goal + ": batch-layer." + goal + ".skip is true"), log.lines);
        }
        assertTouchedNothing();
    }
}
