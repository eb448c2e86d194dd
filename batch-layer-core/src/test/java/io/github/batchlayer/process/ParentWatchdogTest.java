package io.github.batchlayer.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

class ParentWatchdogTest {

    @TempDir
    Path temp;

    @Test
    void theForkedJvmExitsWhenItsParentIsGone() throws Exception {
        Process parent = new ProcessBuilder("sleep", "2").start();
        assertStopsWhenGone(parent, OwnerWatchdog.process(parent.pid()).wrap(sleeper("watched")),
                "parent process " + parent.pid() + " is gone");
    }

    /** The wrapped JVM exits (143, saying why) once {@code owner}, a short-lived process, has ended. */
    private static void assertStopsWhenGone(Process owner, JavaProcessSpec spec, String why) throws Exception {
        Process child = ForkedJvm.start(spec);
        try {
            assertTrue(owner.waitFor(10, TimeUnit.SECONDS));
            assertTrue(child.waitFor(20, TimeUnit.SECONDS), "outlived its owner");
            assertEquals(143, child.exitValue());
            String log = Files.readString(spec.logFile());
            assertTrue(log.contains(why), log);
        } finally {
            child.destroyForcibly();
            owner.destroyForcibly();
        }
    }

    @Test
    void aKeptRunningJvmExitsWhenItsStateFileIsRemoved() throws Exception {
        Path state = temp.resolve("cluster.json");
        JavaProcessSpec spec = OwnerWatchdog.stateFile(state).wrap(sleeper("kept"));
        assertEquals(List.of(ParentWatchdog.STATE_PREFIX + ProcessHandle.current().pid() + ":" + state.toAbsolutePath(),
                TestMains.Sleep.class.getName(), "60"), spec.args());
        assertEquals(ParentWatchdog.class.getName(), spec.mainClass());
        Process child = ForkedJvm.start(spec);
        try {
            // before the state file is written (cluster-up still starting) the service must keep running
            assertTrue(!child.waitFor(3, TimeUnit.SECONDS), "exited before its state file existed");
            Files.writeString(state, "{}");
            assertTrue(!child.waitFor(3, TimeUnit.SECONDS), "exited while its state file exists");
            Files.delete(state);
            assertTrue(child.waitFor(20, TimeUnit.SECONDS), "outlived its state file");
            assertEquals(143, child.exitValue());
            assertTrue(Files.readString(spec.logFile()).contains("cluster state " + state + " is gone"));
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void aKeptClusterStillStartingExitsWhenTheBuildStartingItIsGone() throws Exception {
        // kill -9 of a command-line cluster-up while its services boot: the state file is never written
        Path state = temp.resolve("never-written.json");
        Process starter = new ProcessBuilder("sleep", "2").start();
        JavaProcessSpec spec = new OwnerWatchdog(ParentWatchdog.STATE_PREFIX + starter.pid() + ":" + state)
                .wrap(sleeper("starting"));
        assertStopsWhenGone(starter, spec, "process " + starter.pid() + " that was starting this kept cluster is gone");
    }

    @Test
    void aKeptClusterOutlivesTheBuildThatStartedItOnceItsStateFileExists() throws Exception {
        Path state = temp.resolve("cluster.json");
        Files.writeString(state, "{}");
        Process starter = new ProcessBuilder("sleep", "1").start();
        Process child = ForkedJvm.start(new OwnerWatchdog(ParentWatchdog.STATE_PREFIX + starter.pid() + ":" + state)
                .wrap(sleeper("kept-after-start")));
        try {
            assertTrue(starter.waitFor(10, TimeUnit.SECONDS));
            assertTrue(!child.waitFor(5, TimeUnit.SECONDS), "a started kept cluster must outlive its cluster-up");
            Files.delete(state);
            assertTrue(child.waitFor(20, TimeUnit.SECONDS), "outlived its state file");
        } finally {
            child.destroyForcibly();
        }
    }

    /** A JVM that sleeps a minute, unwrapped. */
    private JavaProcessSpec sleeper(String name) {
        return new JavaProcessSpec(name, JavaProcessSpec.currentJava(), TestMains.LIGHT_JVM,
                List.of(TestMains.classesOf(TestMains.Sleep.class)), TestMains.Sleep.class.getName(), List.of("60"),
                Map.of(), temp, temp.resolve(name + ".log"));
    }

    @Test
    void locationIsWhereTheClassWasLoadedFrom() {
        Path location = ParentWatchdog.location();
        assertTrue(Files.exists(location.resolve("io/github/batchlayer/process/ParentWatchdog.class"))
                || location.toString().endsWith(".jar"), location.toString());
    }
}
