package io.github.batchlayer.maven;

import io.github.batchlayer.process.JavaProcessSpec;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.toolchain.Toolchain;
import org.apache.maven.toolchain.ToolchainManager;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The {@code java} the forked JVMs (broker, NameNode, DataNode, Spark driver, the external probe's driver) run
 * on, in order: the {@code javaHome} parameter, the JDK maven-toolchains-plugin selected (as surefire's
 * {@code jdkToolchain} reads it), then Maven's own; checked against {@link SupportedJdks} before anything starts.
 */
final class ForkJdk {

    /** A chosen java and where the choice came from, for messages. */
    record Choice(Path java, String source) {
    }

    private static final String WARNED = ForkJdk.class.getName() + ".warned:";

    private ForkJdk() {
    }

    /**
     * Resolves and checks the forks' java; fails naming the JDK, the range and how to choose another. A warning
     * is said once per build and JDK: {@code pluginContext} (may be null) remembers it across the goals.
     */
    static Path resolve(File javaHome, ToolchainManager toolchains, MavenSession session, Log log,
                        Map<String, Object> pluginContext) throws MojoExecutionException {
        String toolchainJava = null;
        if (javaHome == null && toolchains != null) {
            Toolchain jdk = toolchains.getToolchainFromBuildContext("jdk", session);
            toolchainJava = jdk == null ? null : jdk.findTool("java");
        }
        Choice choice = choose(javaHome == null ? null : javaHome.toPath(),
                toolchainJava == null ? null : Path.of(toolchainJava), JavaProcessSpec.currentJava());
        try {
            SupportedJdks.check(choice.java(), JdkVersion.of(choice.java()), choice.source())
                    .filter(warning -> pluginContext == null
                            || pluginContext.putIfAbsent(WARNED + choice.java(), Boolean.TRUE) == null)
                    .ifPresent(log::warn);
        } catch (RuntimeException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        log.debug("forked JVMs run " + choice.java() + " (" + choice.source() + ")");
        return choice.java();
    }

    /** The resolution order; a {@code javaHome} without {@code bin/java} is refused, not skipped. */
    static Choice choose(Path javaHome, Path toolchainJava, Path currentJava) throws MojoExecutionException {
        if (javaHome != null) {
            Path java = javaHome.resolve("bin").resolve("java");
            if (!Files.isExecutable(java)) {
                throw new MojoExecutionException("batch-layer.javaHome " + javaHome
                        + " is not a JDK or JRE: it has no executable bin/java");
            }
            return new Choice(java, "from batch-layer.javaHome");
        }
        if (toolchainJava != null) {
            return new Choice(toolchainJava, "from the maven-toolchains-plugin 'jdk' toolchain");
        }
        return new Choice(currentJava, "Maven's own JDK");
    }
}
