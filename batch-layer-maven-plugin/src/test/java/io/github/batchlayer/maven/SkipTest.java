package io.github.batchlayer.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** batch-layer.skip: every goal says it skips and touches nothing (no work directory, no cluster, no file). */
@MojoTest
class SkipTest {

    @TempDir
    Path temp;

    private void assertSkips(AbstractBatchLayerMojo mojo, String goal) throws Exception {
        Path workDir = temp.resolve("work");
        mojo.workDir = workDir.toFile();
        MojoTesting.execution(mojo, "default-cli");
        MojoTesting.CapturingLog log = MojoTesting.capture(mojo);
        mojo.execute();
        assertTrue(log.has("INFO", "skipping " + goal + ": batch-layer.skip is true"), log.text());
        assertFalse(Files.exists(workDir), "skip must not create " + workDir);
    }

    @Test
    @InjectMojo(goal = "cluster-up")
    @MojoParameter(name = "skip", value = "true")
    void clusterUp(ClusterUpMojo mojo) throws Exception {
        assertSkips(mojo, "cluster-up");
    }

    @Test
    @InjectMojo(goal = "cluster-down")
    @MojoParameter(name = "skip", value = "true")
    void clusterDown(ClusterDownMojo mojo) throws Exception {
        assertSkips(mojo, "cluster-down");
    }

    @Test
    @InjectMojo(goal = "create-topic")
    @MojoParameter(name = "skip", value = "true")
    void createTopic(CreateTopicMojo mojo) throws Exception {
        assertSkips(mojo, "create-topic");
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "skip", value = "true")
    void generate(GenerateMojo mojo) throws Exception {
        File out = temp.resolve("data/assessments.json").toFile();
        MojoTesting.set(mojo, "output", out);
        assertSkips(mojo, "generate");
        assertFalse(out.exists());
    }

    @Test
    @InjectMojo(goal = "publish")
    @MojoParameter(name = "skip", value = "true")
    void publish(PublishMojo mojo) throws Exception {
        assertSkips(mojo, "publish");
    }

    @Test
    @InjectMojo(goal = "ingest")
    @MojoParameter(name = "skip", value = "true")
    void ingest(IngestMojo mojo) throws Exception {
        assertSkips(mojo, "ingest");
    }

    @Test
    @InjectMojo(goal = "summarize")
    @MojoParameter(name = "skip", value = "true")
    void summarize(SummarizeMojo mojo) throws Exception {
        assertSkips(mojo, "summarize");
    }

    @Test
    @InjectMojo(goal = "query")
    @MojoParameter(name = "skip", value = "true")
    void query(QueryMojo mojo) throws Exception {
        assertSkips(mojo, "query");
    }

    @Test
    @InjectMojo(goal = "describe")
    @MojoParameter(name = "skip", value = "true")
    void describe(DescribeMojo mojo) throws Exception {
        assertSkips(mojo, "describe");
    }
}
