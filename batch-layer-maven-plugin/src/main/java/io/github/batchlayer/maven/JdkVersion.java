package io.github.batchlayer.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The feature version (17, 21, 25 ...) of a {@code java} executable: from its home's {@code release} file, which
 * every JDK and JRE since 9 carries, else from what {@code java -version} prints.
 */
final class JdkVersion {

    private static final Pattern RELEASE_LINE = Pattern.compile("(?m)^JAVA_VERSION=\"?([^\"\\s]+)\"?");
    private static final Pattern VERSION_OUTPUT = Pattern.compile("version \"([^\"]+)\"");

    private JdkVersion() {
    }

    static int of(Path java) {
        Path release = java.toAbsolutePath().getParent().resolveSibling("release");
        try {
            if (Files.isRegularFile(release)) {
                Matcher m = RELEASE_LINE.matcher(Files.readString(release, StandardCharsets.UTF_8));
                if (m.find()) {
                    return feature(m.group(1), release.toString());
                }
            }
            return fromVersionOutput(java);
        } catch (IOException e) {
            throw new IllegalStateException("cannot tell the Java version of " + java + ": " + e.getMessage(), e);
        }
    }

    private static int fromVersionOutput(Path java) throws IOException {
        Process p = new ProcessBuilder(java.toString(), "-version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            p.destroy();
        }
        Matcher m = VERSION_OUTPUT.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("cannot tell the Java version of " + java + ": '" + java
                    + " -version' printed: " + out.strip());
        }
        return feature(m.group(1), java + " -version");
    }

    /** "17.0.12" is 17, "21" is 21, "1.8.0_402" is 8. */
    static int feature(String version, String where) {
        String[] parts = version.split("[.+_-]");
        try {
            int first = Integer.parseInt(parts[0]);
            return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
        } catch (NumberFormatException e) {
            throw new IllegalStateException("unreadable Java version '" + version + "' in " + where, e);
        }
    }
}
