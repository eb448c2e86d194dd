package io.github.batchlayer.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

@MojoTest
class GenerateMojoTest {

    @TempDir
    Path temp;

    @Test
    @InjectMojo(goal = "generate")
    void writesTheSeedDatasetOnceThenSaysUpToDate(GenerateMojo mojo) throws Exception {
        Path out = temp.resolve("data/assessments.json");
        mojo.workDir = temp.resolve("work").toFile();
        MojoTesting.set(mojo, "output", out.toFile());
        MojoTesting.execution(mojo, "default-cli");

        MojoTesting.CapturingLog first = MojoTesting.capture(mojo);
        mojo.execute();
        assertTrue(first.has("INFO", "generated " + out), first.text());
        assertTrue(Files.size(out) > 0);
        assertTrue(Files.readString(out).trim().startsWith("["), "a JSON array");
        long modified = Files.getLastModifiedTime(out).toMillis();
        byte[] content = Files.readAllBytes(out);

        MojoTesting.CapturingLog second = MojoTesting.capture(mojo);
        mojo.execute();
        assertTrue(second.has("INFO", "dataset up to date: " + out), second.text());
        assertEquals(modified, Files.getLastModifiedTime(out).toMillis(), "the file is kept");
        assertTrue(java.util.Arrays.equals(content, Files.readAllBytes(out)));
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "profile", value = "huge")
    void rejectsAnUnknownProfile(GenerateMojo mojo) throws Exception {
        Path out = temp.resolve("data/assessments.json");
        MojoTesting.set(mojo, "output", out.toFile());
        MojoTesting.execution(mojo, "default-cli");
        MojoTesting.capture(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("unknown profile 'huge': use seed or scaled", e.getMessage());
        assertTrue(Files.notExists(out));
    }
}
