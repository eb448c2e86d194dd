package io.github.batchlayer.maven;

import io.github.batchlayer.generator.DatasetGenerator;
import io.github.batchlayer.generator.GeneratorProfile;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a deterministic synthetic dataset with the seed's schema. Profile {@code seed} reproduces the seed's
 * published figures exactly (3280 records, 103 exams, its top-exam table); {@code scaled} writes any number of
 * records with the same shape and a skewed exam popularity. An identical file already present is kept.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_TEST_RESOURCES, threadSafe = true)
public class GenerateMojo extends AbstractBatchLayerMojo {

    /** {@code seed} (3280 records, the seed's figures) or {@code scaled}. */
    @Parameter(property = "batch-layer.profile", defaultValue = "seed")
    private String profile;

    /** Number of records (the seed profile needs 3280). */
    @Parameter(property = "batch-layer.records", defaultValue = "3280")
    private long records;

    /** Random seed: the same (profile, records, seed) gives a byte-identical file. */
    @Parameter(property = "batch-layer.randomSeed", defaultValue = "20180128")
    private long randomSeed;

    /** Where the JSON array goes. */
    @Parameter(property = PropertyNames.GENERATED_DATASET, defaultValue = Defaults.DATASET)
    private File output;

    /** Writes a file and talks to no cluster: the test skips (skipTests ...) do not skip it. */
    @Override
    protected boolean needsCluster() {
        return false;
    }

    @Override
    protected void run() throws MojoExecutionException {
        GeneratorProfile chosen;
        try {
            chosen = GeneratorProfile.valueOf(profile.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("unknown profile '" + profile + "': use seed or scaled");
        }
        Path out = output.toPath();
        Path stamp = out.resolveSibling(out.getFileName() + ".params");
        String params = chosen + " records=" + records + " seed=" + randomSeed;
        try {
            if (Files.isRegularFile(out) && Files.isRegularFile(stamp)
                    && Files.readString(stamp, StandardCharsets.UTF_8).equals(params)) {
                getLog().info("dataset up to date: " + out + " (" + params + ")");
                return;
            }
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.deleteIfExists(stamp);
            long started = System.nanoTime();
            DatasetGenerator.generate(out, chosen, records, randomSeed);
            Files.writeString(stamp, params, StandardCharsets.UTF_8);
            getLog().info(String.format("generated %s: %,d records, %,d bytes in %.1f s (%s)", out, records,
                    Files.size(out), (System.nanoTime() - started) / 1e9, params));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("generate: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("generate: cannot write " + out + ": " + e.getMessage(), e);
        }
    }
}
