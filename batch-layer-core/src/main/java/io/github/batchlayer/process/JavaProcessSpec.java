package io.github.batchlayer.process;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to run in a forked JVM: a Java main with a resolved classpath, its flags, arguments and where its output
 * goes. The Kafka broker, the HDFS daemons and the Spark job are all one of these; {@link ForkedJvm} runs them.
 *
 * @param name        short service name, used in logs, in the argument file name and as a marker on the
 *                    command line (so a stale PID is only ever stopped if it is still our process)
 * @param javaExecutable the {@code java} binary
 * @param jvmArgs     flags before the main class ({@code -Xmx}, {@code -D}, {@code --add-opens} ...)
 * @param classpath   entries in order
 * @param mainClass   fully qualified main class
 * @param args        program arguments
 * @param environment extra environment variables
 * @param workDir     working directory (created if missing)
 * @param logFile     standard output and error both go here (appended)
 */
public record JavaProcessSpec(String name, Path javaExecutable, List<String> jvmArgs, List<Path> classpath,
                              String mainClass, List<String> args, Map<String, String> environment,
                              Path workDir, Path logFile) {

    public JavaProcessSpec {
        jvmArgs = List.copyOf(jvmArgs);
        classpath = List.copyOf(classpath);
        args = List.copyOf(args);
        environment = Map.copyOf(environment);
    }

    /** The {@code java} of the JVM running this code: the one Maven runs on. */
    public static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
