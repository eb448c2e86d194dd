package io.github.batchlayer.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.batchlayer.process.JavaProcessSpec;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The forks' JDK: the resolution order, reading a JDK's version, and the check against the engines' range. */
class ForkJdkTest {

    @TempDir
    Path temp;

    private final Path toolchainJava = Path.of("/toolchains/jdk-21/bin/java");
    private final Path mavensJava = Path.of("/maven/jdk/bin/java");

    /** A JDK home with an executable bin/java printing the given version, and a release file unless null. */
    private Path fakeJdk(String name, String releaseVersion, String printedVersion) throws Exception {
        Path home = Files.createDirectories(temp.resolve(name).resolve("bin")).getParent();
        Path java = Files.writeString(home.resolve("bin/java"),
                "#!/bin/sh\necho 'openjdk version \"" + printedVersion + "\" 2024-01-16' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (releaseVersion != null) {
            Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + releaseVersion
                    + "\"\nJAVA_RUNTIME_VERSION=\"x\"\n");
        }
        return home;
    }

    @Test
    void javaHomeComesFirstThenTheToolchainThenMavensOwn() throws Exception {
        Path home = fakeJdk("jdk-17", "17.0.12", "17.0.12");
        ForkJdk.Choice fromHome = ForkJdk.choose(home, toolchainJava, mavensJava);
        assertEquals(home.resolve("bin/java"), fromHome.java());
        assertTrue(fromHome.source().contains("batch-layer.javaHome"), fromHome.source());

        ForkJdk.Choice fromToolchain = ForkJdk.choose(null, toolchainJava, mavensJava);
        assertEquals(toolchainJava, fromToolchain.java());
        assertTrue(fromToolchain.source().contains("toolchain"), fromToolchain.source());

        assertEquals(mavensJava, ForkJdk.choose(null, null, mavensJava).java());
    }

    @Test
    void aNewerJdkIsUsedAndWarnedAboutOncePerBuild() throws Exception {
        Path home = fakeJdk("jdk-25", "25.0.3", "25.0.3");
        MojoTesting.CapturingLog log = new MojoTesting.CapturingLog();
        Map<String, Object> build = new HashMap<>();
        assertEquals(home.resolve("bin/java"), ForkJdk.resolve(home.toFile(), null, null, log, build));
        assertEquals(home.resolve("bin/java"), ForkJdk.resolve(home.toFile(), null, null, log, build));
        assertEquals(1, log.lines.stream().filter(l -> l.startsWith("WARN ") && l.contains("(Java 25, from"
                + " batch-layer.javaHome) is newer than the engines document")).count(), log.text());
    }

    @Test
    void aJavaHomeWithoutJavaIsRefusedNotSkipped() throws Exception {
        Path notAJdk = Files.createDirectories(temp.resolve("empty"));
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> ForkJdk.choose(notAJdk, toolchainJava, mavensJava));
        assertTrue(e.getMessage().contains(notAJdk + " is not a JDK or JRE"), e.getMessage());
    }

    @Test
    void theVersionComesFromTheReleaseFileElseFromJavaVersion() throws Exception {
        assertEquals(21, JdkVersion.of(fakeJdk("with-release", "21.0.4", "99").resolve("bin/java")));
        assertEquals(11, JdkVersion.of(fakeJdk("without-release", null, "11.0.22").resolve("bin/java")));
        assertEquals(8, JdkVersion.of(fakeJdk("old", null, "1.8.0_402").resolve("bin/java")));
        assertEquals(Runtime.version().feature(), JdkVersion.of(JavaProcessSpec.currentJava()));
    }

    @Test
    void belowSeventeenFailsNamingTheJdkTheRangeAndBothWaysOut() throws Exception {
        Path java = fakeJdk("jdk-11", "11.0.22", "11.0.22").resolve("bin/java");
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> SupportedJdks.check(java, JdkVersion.of(java), "Maven's own JDK"));
        String message = e.getMessage();
        assertTrue(message.contains(java.toString()), message);
        assertTrue(message.contains("Java 11"), message);
        assertTrue(message.contains(SupportedJdks.RANGE), message);
        assertTrue(message.contains("-Dbatch-layer.javaHome="), message);
        assertTrue(message.contains("maven-toolchains-plugin 'jdk' toolchain"), message);
    }

    @Test
    void seventeenAndTwentyOnePassNewerWarns() {
        Path java = Path.of("/jdk/bin/java");
        assertEquals(Optional.empty(), SupportedJdks.check(java, 17, "test"));
        assertEquals(Optional.empty(), SupportedJdks.check(java, 21, "test"));
        Optional<String> warning = SupportedJdks.check(java, 25, "test");
        assertTrue(warning.orElse("").contains("/jdk/bin/java (Java 25, test) is newer than the engines document"),
                warning.toString());
    }
}
