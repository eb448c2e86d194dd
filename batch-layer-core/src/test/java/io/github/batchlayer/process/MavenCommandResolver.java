package io.github.batchlayer.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link ClasspathResolver} for tests of the core, which has no Maven inside: it writes a throw-away pom that
 * depends on the coordinates and runs Maven's own {@code dependency:build-classpath} on it, so jars are resolved
 * exactly as the plugin resolves them (transitively, runtime scope, through the user's settings) and cached in the
 * same local repository. The build passes where Maven lives and which repository it uses as system properties
 * ({@code maven.home}, {@code maven.repo.local}, else {@code ~/.m2/repository}).
 */
public final class MavenCommandResolver implements ClasspathResolver {

    private final Path workDir;

    /** @param workDir where the throw-away poms and their logs go */
    public MavenCommandResolver(Path workDir) {
        this.workDir = workDir;
    }

    @Override
    public List<Path> resolve(List<String> coordinates) {
        try {
            Path dir = Files.createTempDirectory(Files.createDirectories(workDir), "resolve-");
            Files.writeString(dir.resolve("pom.xml"), pom(coordinates), StandardCharsets.UTF_8);
            Path classpath = dir.resolve("classpath.txt");
            Path log = dir.resolve("mvn.log");
            List<String> command = List.of(mvn(), "-B", "-q", "-Dmaven.repo.local=" + localRepository(),
                    "org.apache.maven.plugins:maven-dependency-plugin:" + required("maven-dependency-plugin.version")
                            + ":build-classpath", "-DincludeScope=runtime", "-Dmdep.outputFile=" + classpath);
            Process mvn = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!mvn.waitFor(10, TimeUnit.MINUTES)) {
                mvn.destroyForcibly().waitFor();
                throw new IllegalStateException("resolving " + coordinates + " took over 10 minutes; see " + log);
            }
            if (mvn.exitValue() != 0) {
                throw new IllegalStateException("cannot resolve " + coordinates + " (exit " + mvn.exitValue() + "):\n"
                        + LogTail.of(log, 30));
            }
            String jars = Files.readString(classpath, StandardCharsets.UTF_8).trim();
            return Arrays.stream(jars.split(File.pathSeparator))
                    .filter(s -> !s.isBlank()).map(Path::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while resolving " + coordinates, e);
        }
    }

    private static String pom(List<String> coordinates) {
        StringBuilder pom = new StringBuilder("""
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>io.github.batchlayer.test</groupId>
                  <artifactId>resolve</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <dependencies>
                """);
        for (String coordinate : coordinates) {
            // group:artifact[:extension[:classifier]]:version, as ClasspathResolver takes them
            String[] p = coordinate.split(":");
            pom.append("    <dependency><groupId>").append(p[0]).append("</groupId><artifactId>").append(p[1])
                    .append("</artifactId><version>").append(p[p.length - 1]).append("</version>");
            if (p.length >= 4) {
                pom.append("<type>").append(p[2]).append("</type>");
            }
            if (p.length == 5) {
                pom.append("<classifier>").append(p[3]).append("</classifier>");
            }
            pom.append("</dependency>\n");
        }
        return pom.append("  </dependencies>\n</project>\n").toString();
    }

    private static String mvn() {
        String home = System.getProperty("maven.home");
        return home == null || home.isBlank() ? "mvn" : Path.of(home, "bin", "mvn").toString();
    }

    private static String localRepository() {
        String repo = System.getProperty("maven.repo.local");
        return repo == null || repo.isBlank()
                ? Path.of(System.getProperty("user.home"), ".m2", "repository").toString() : repo;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (the core's pom passes it "
                    + "to surefire)");
        }
        return value;
    }
}
