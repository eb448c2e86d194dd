package io.github.batchlayer.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

class ProcessStopperTest {

    @TempDir
    Path temp;

    @Test
    void stopsOnlyTheJvmStartedWithItsArgumentFile() throws Exception {
        JavaProcessSpec spec = TestMains.spec("sleeper", temp, List.of(), TestMains.Sleep.class, List.of("60"));
        Process process = ForkedJvm.start(spec);
        try {
            long pid = process.pid();
            String argFile = ForkedJvm.argFile(spec).toString();
            String otherArgFile = temp.resolve("logs/other.args").toAbsolutePath().toString();

            // until the child has exec'd java, its command line is the spawn helper's
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (!ProcessStopper.isAlive(pid, argFile) && System.nanoTime() < deadline && process.isAlive()) {
                Thread.sleep(50);
            }
            assertTrue(ProcessStopper.isAlive(pid, argFile));
            assertFalse(ProcessStopper.isAlive(pid, otherArgFile));

            assertFalse(ProcessStopper.stopIfOurs(pid, otherArgFile, 5), "not ours: must not be stopped");
            assertFalse(process.waitFor(300, TimeUnit.MILLISECONDS), "still running");

            assertTrue(ProcessStopper.stopIfOurs(pid, argFile, 5));
            assertTrue(process.waitFor(10, TimeUnit.SECONDS), "stopped");
            assertFalse(ProcessStopper.isAlive(pid, argFile));
            assertFalse(ProcessStopper.stopIfOurs(pid, argFile, 5), "nothing left to stop");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void aJvmStartedAgainFromItsArgumentFileIsFoundUnderItsNewPid() throws Exception {
        JavaProcessSpec spec = TestMains.spec("restarted", temp, List.of(), TestMains.Sleep.class, List.of("60"));
        Process first = ForkedJvm.start(spec);
        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        String argFile = ForkedJvm.argFile(spec).toString();
        assertTrue(ProcessStopper.running(argFile).isEmpty());
        // the same command line again, as someone restarting the service by hand would run it
        Process again = new ProcessBuilder(spec.javaExecutable().toString(), "@" + argFile).start();
        try {
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (ProcessStopper.running(argFile).isEmpty() && System.nanoTime() < deadline && again.isAlive()) {
                Thread.sleep(50);
            }
            assertEquals(List.of(again.pid()),
                    ProcessStopper.running(argFile).stream().map(ProcessHandle::pid).toList());
            assertFalse(ProcessStopper.isAlive(first.pid(), argFile), "the recorded PID is gone");
        } finally {
            again.destroyForcibly();
        }
    }

    @Test
    void anUnknownPidIsNotAlive() {
        assertFalse(ProcessStopper.isAlive(Long.MAX_VALUE, "/nowhere.args"));
        assertFalse(ProcessStopper.stopIfOurs(Long.MAX_VALUE, "/nowhere.args", 1));
    }

    @Test
    void stopTreeKillsAProcessThatIgnoresNothing() throws Exception {
        Process sleep = new ProcessBuilder("sleep", "60").start();
        ProcessStopper.stopTree(sleep.toHandle(), 5);
        assertTrue(sleep.waitFor(5, TimeUnit.SECONDS));
    }
}
