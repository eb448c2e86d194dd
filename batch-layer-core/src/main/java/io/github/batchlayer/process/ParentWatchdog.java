package io.github.batchlayer.process;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Runs another main class and stops the JVM when what it belongs to is gone:
 * <ul>
 * <li>{@code <pid>}: the parent process (the Maven JVM that forked it). A JVM shutdown hook in Maven covers
 * failures and Ctrl-C; this covers {@code kill -9} of Maven, after which no hook runs and the broker or NameNode
 * would otherwise live on.</li>
 * <li>{@code state:<file>}: a cluster kept running across Maven invocations stops once its state file, having
 * existed, is gone ({@code mvn clean}, a fresh checkout of the work directory): nothing else would ever stop it.</li>
 * </ul>
 *
 * <p>Usage: {@code ParentWatchdog <pid>|state:<file> <mainClass> [args...]}. Loaded from the core jar, which has
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
                ? () -> watchStateFile(java.nio.file.Path.of(owner.substring(STATE_PREFIX.length())))
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

    private static void watchStateFile(java.nio.file.Path stateFile) {
        boolean seen = false;
        while (true) {
            boolean exists = java.nio.file.Files.exists(stateFile);
            if (seen && !exists) {
                break;
            }
            seen |= exists;
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
