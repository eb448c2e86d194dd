package io.github.batchlayer.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.batchlayer.pipeline.JournalEntry;
import io.github.batchlayer.pipeline.RunJournal;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

/** Goals run without a cluster: no state file in the work directory and no bootstrap servers given. */
@MojoTest
class NoClusterTest {

    private static final String HINT = "run batch-layer:cluster-up first";

    @TempDir
    Path temp;

    @Test
    @InjectMojo(goal = "cluster-down")
    void clusterDownSaysNoClusterAndDoesNotFail(ClusterDownMojo mojo) throws Exception {
        mojo.workDir = temp.toFile();
        MojoTesting.execution(mojo, "default-cli");
        MojoTesting.CapturingLog log = MojoTesting.capture(mojo);
        mojo.execute();
        assertTrue(log.has("INFO", "no cluster running from " + temp), log.text());
        assertTrue(log.lines.stream().noneMatch(l -> l.startsWith("WARN") || l.startsWith("ERROR")), log.text());
    }

    @Test
    @InjectMojo(goal = "create-topic")
    void createTopicFailsWithWhatToDo(CreateTopicMojo mojo) {
        mojo.workDir = temp.toFile();
        MojoTesting.execution(mojo, "default-cli");
        MojoTesting.capture(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains(HINT), e.getMessage());
        assertTrue(e.getMessage().contains("-Dbatch-layer.kafkaBootstrapServers"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "create-topic")
    void createTopicFailsAlsoWhenBoundToTheLifecycle(CreateTopicMojo mojo) {
        mojo.workDir = temp.toFile();
        MojoTesting.execution(mojo, "create-topic");
        MojoTesting.capture(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains(HINT), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "publish")
    void publishOnTheCommandLineFailsAtOnce(PublishMojo mojo) {
        mojo.workDir = temp.toFile();
        MojoTesting.execution(mojo, "default-cli");
        MojoTesting.capture(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains(HINT), e.getMessage());
        // the build fails here and now, so nothing is left in the journal for verify to judge
        List<JournalEntry> failures = new RunJournal(temp).failures();
        assertEquals(0, failures.size());
    }

    @Test
    @InjectMojo(goal = "publish")
    void publishBoundToTheLifecycleRecordsTheFailureAndGoesOn(PublishMojo mojo) throws Exception {
        mojo.workDir = temp.toFile();
        MojoTesting.execution(mojo, "publish-seed");
        MojoTesting.CapturingLog log = MojoTesting.capture(mojo);

        mojo.execute(); // does not throw: verify fails the build later

        List<JournalEntry> entries = new RunJournal(temp).entries();
        assertEquals(1, entries.size(), entries.toString());
        JournalEntry entry = entries.get(0);
        assertEquals("publish", entry.goal());
        assertEquals("publish-seed", entry.execution());
        assertEquals(JournalEntry.Status.FAILED, entry.status());
        assertTrue(entry.message().contains(HINT), entry.message());
        assertTrue(temp.resolve("journal.jsonl").toFile().isFile());
        assertTrue(log.has("ERROR", "publish failed: "), log.text());
        assertTrue(log.has("ERROR", "journal.jsonl"), log.text());
    }

    @Test
    @InjectMojo(goal = "publish")
    void aLaterLifecyclePublishSkipsAfterAFailure(PublishMojo mojo) throws Exception {
        mojo.workDir = temp.toFile();
        MojoTesting.execution(mojo, "publish-1");
        MojoTesting.capture(mojo);
        mojo.execute();
        MojoTesting.execution(mojo, "publish-2");
        MojoTesting.CapturingLog log = MojoTesting.capture(mojo);
        mojo.execute();
        assertTrue(log.has("WARN", "skipping publish: an earlier goal failed (publish: "), log.text());
        List<JournalEntry> entries = new RunJournal(temp).entries();
        assertEquals(2, entries.size());
        assertEquals(JournalEntry.Status.SKIPPED, entries.get(1).status());
        assertEquals("publish-2", entries.get(1).execution());
    }

    @Test
    @InjectMojo(goal = "query")
    void queryWithoutAStatementSaysHowToGiveOne(QueryMojo mojo) {
        mojo.workDir = temp.toFile();
        MojoTesting.execution(mojo, "default-cli");
        MojoTesting.capture(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("-Dbatch-layer.sql=\"SELECT ...\""), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "describe")
    void describeFailsWithWhatToDo(DescribeMojo mojo) {
        mojo.workDir = temp.toFile();
        MojoTesting.execution(mojo, "default-cli");
        MojoTesting.capture(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains(HINT), e.getMessage());
    }
}
