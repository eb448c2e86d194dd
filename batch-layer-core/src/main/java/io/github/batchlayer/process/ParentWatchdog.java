package io.github.batchlayer.process;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Runs another main class and stops the JVM when what it belongs to is gone:
 * <ul>
 * <li>{@code <pid>}: the parent process (the Maven JVM that forked it). A JVM shutdown hook in Maven covers
 * failures and Ctrl-C; this covers {@code kill -9} of Maven, after which no hook runs and the broker or NameNode
 * would otherwise live on.</li>
 * <li>{@code state:<pid>:<file>}: a cluster kept running across Maven invocations stops once its state file, having
 * existed, is gone ({@code mvn clean}, a fresh checkout of the work directory): nothing else would ever stop it.
 * Until the file first appears the cluster is still starting, and it stops when process {@code pid} (the Maven
 * JVM running {@code cluster-up}, which writes the file once every service answers) is gone: killed then, it
 * would never write the file.</li>
 * </ul>
 *
 * <p>Usage: {@code ParentWatchdog <pid>|state:<pid>:<file> <mainClass> [args...]}. Loaded from the core jar, which has
 * no dependencies of its own on the forked classpath (only this class is used there).
 */
public final class ParentWatchdog {

    /** Prefix of the first argument that names a state file instead of a parent PID. */
    public static final String STATE_PREFIX = "state:";

    private ParentWatchdog() {
    }

    public static void main(String[] args) throws Throwable {
        String owner = args[0];
        String mainClass = args[1];
        String[] rest = Arrays.copyOfRange(args, 2, args.length);
        Runnable watch = owner.startsWith(STATE_PREFIX)
                ? () -> watchStateFile(owner.substring(STATE_PREFIX.length()))
                : () -> watch(Long.parseLong(owner));
        Thread watcher = new Thread(watch, "batch-layer-parent-watchdog");
        watcher.setDaemon(true);
        watcher.start();
        Method main = Class.forName(mainClass).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) rest);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void watch(long parentPid) {
        while (ProcessHandle.of(parentPid).map(ProcessHandle::isAlive).orElse(false)) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
        System.err.println("batch-layer: parent process " + parentPid + " is gone; stopping");
        // exit (not halt) so the service's own shutdown hooks flush and release its data directories
        System.exit(143);
    }

    private static void watchStateFile(String startingPidAndFile) {
        int colon = startingPidAndFile.indexOf(':');
        long startingPid = Long.parseLong(startingPidAndFile.substring(0, colon));
        java.nio.file.Path stateFile = java.nio.file.Path.of(startingPidAndFile.substring(colon + 1));
        boolean seen = false;
        while (true) {
            // the starter first, then the file: a starter that wrote the file and ended is seen with its file
            boolean starterGone = !ProcessHandle.of(startingPid).map(ProcessHandle::isAlive).orElse(false);
            boolean exists = java.nio.file.Files.exists(stateFile);
            if (seen && !exists) {
                break;
            }
            seen |= exists;
            if (!seen && starterGone) {
                System.err.println("batch-layer: process " + startingPid + " that was starting this kept cluster "
                        + "is gone before it wrote " + stateFile + "; stopping");
                System.exit(143);
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                return;
            }
        }
        System.err.println("batch-layer: cluster state " + stateFile + " is gone; stopping");
        System.exit(143);
    }

    /** The jar or directory this class was loaded from: what goes on a forked classpath to use it. */
    public static java.nio.file.Path location() {
        try {
            return java.nio.file.Path.of(ParentWatchdog.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
