package io.github.batchlayer.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

class ForkedJvmTest {

    @TempDir
    Path temp;

    @Test
    void argumentFileQuotesEveryArgument() {
        JavaProcessSpec spec = new JavaProcessSpec("svc", Path.of("/usr/bin/java"),
                List.of("-Xmx1g", "-Dmsg=say \"hi\" now", "-Dwin=C:\\dir\\x"),
                List.of(Path.of("/a b/one.jar"), Path.of("/c/two.jar")), "com.example.Main",
                List.of("plain", "with space", "", "back\\slash\"quote"), Map.of(), temp, temp.resolve("svc.log"));
        assertEquals(List.of(
                "\"-Dbatchlayer.service=svc\"",
                "\"-Xmx1g\"",
                "\"-Dmsg=say \\\"hi\\\" now\"",
                "\"-Dwin=C:\\\\dir\\\\x\"",
                "-cp",
                "\"/a b/one.jar:/c/two.jar\"",
                "com.example.Main",
                "\"plain\"",
                "\"with space\"",
                "\"\"",
                "\"back\\\\slash\\\"quote\""), ForkedJvm.argumentLines(spec));
    }

    @Test
    void argFileSitsNextToTheLog() {
        JavaProcessSpec spec = TestMains.spec("kafka", temp, List.of(), TestMains.Echo.class, List.of());
        assertEquals(temp.resolve("logs/kafka.args").toAbsolutePath(), ForkedJvm.argFile(spec));
    }

    @Test
    void runsARealMainWithTrickyArgumentsAndReturnsItsExitCode() throws Exception {
        Path dir = temp.resolve("dir with space");
        List<String> args = List.of("a b", "say \"hi\"", "back\\slash", "", "tab\there");
        JavaProcessSpec spec = TestMains.spec("echo", dir, List.of("-Dexit=3", "-Dtest.prop=x y \"z\""),
                TestMains.Echo.class, args);

        assertEquals(3, ForkedJvm.run(spec, 60));

        String log = Files.readString(spec.logFile(), StandardCharsets.UTF_8);
        assertTrue(log.contains("service=echo"), log);
        assertTrue(log.contains("prop=[x y \"z\"]"), log);
        for (String arg : args) {
            assertTrue(log.contains("arg=[" + arg + "]"), "missing " + arg + " in:\n" + log);
        }
        assertTrue(Files.isRegularFile(ForkedJvm.argFile(spec)), "the argument file documents what ran");
    }

    @Test
    void runAppendsToTheLog() throws Exception {
        JavaProcessSpec spec = TestMains.spec("echo", temp, List.of(), TestMains.Echo.class, List.of("first"));
        Files.createDirectories(spec.logFile().getParent());
        Files.writeString(spec.logFile(), "earlier line\n");
        assertEquals(0, ForkedJvm.run(spec, 60));
        String log = Files.readString(spec.logFile());
        assertTrue(log.startsWith("earlier line\n"), log);
        assertTrue(log.contains("arg=[first]"), log);
    }
}
