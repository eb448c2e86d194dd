package io.github.batchlayer.verify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.batchlayer.dataset.Slice;
import io.github.batchlayer.dataset.SourceFigures;
import io.github.batchlayer.generator.DatasetGenerator;
import io.github.batchlayer.generator.GeneratorProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed's own run on the generated seed dataset: five publishes, two ingests, the seed's published figures. */
class SeedVerifyTest {
    @TempDir
    Path dir;

    @Test
    void theSeedRunPassesAndLearningGit393Fails() {
        Path dataset = dir.resolve("assessments.json");
        DatasetGenerator.generate(dataset, GeneratorProfile.SEED, 3280, DatasetGenerator.DEFAULT_SEED);
        WorkDirFixture run = WorkDirFixture.withDataset(dir, dataset)
                .publish("p1", 0, 1000L).publish("p2", 1000, 2000L).publish("p3", 2000, 3000L)
                .publish("p4", 3000, 3279L).ingest(0, 0, 3279, 0, null, 3279)
                .publish("p5", 3279, 3280L).ingest(1, 3279, 3280, 0, null, 3280)
                .land(SourceFigures.read(dataset, Slice.all(), 0), 100);
        LinkedHashMap<String, Long> top = new LinkedHashMap<>();
        top.put("Learning Git", 394L);
        top.put("Introduction to Python", 162L);
        VerifyExpectations seed = new VerifyExpectations(3280L, 103, top, 0, 100);

        VerifyResult result = new Verifier().verify(run.workDir, seed);
        assertTrue(result.passed(), () -> result.failedChecks().toString());
        Check source = result.checks().stream().filter(c -> c.name().equals(CheckNames.PUBLISHED_SOURCE))
                .findFirst().orElseThrow();
        assertTrue(source.actual().endsWith("assessments.json [0:3280)"), source.actual());

        ObjectNode json = run.summarizeJson();
        ((ObjectNode) json.path("examCounts")).put("Learning Git", 393);
        ((ObjectNode) json.path("topExams").get(0)).put("total", 393);
        run.writeSummarize(json);
        VerifyResult tampered = new Verifier().verify(run.workDir, seed);
        assertEquals(List.of(CheckNames.EXAM_COUNTS, CheckNames.TOP_EXAMS, CheckNames.expectedTopExam("Learning Git")),
                tampered.failedChecks().stream().map(Check::name).toList());
    }
}
