package io.github.batchlayer.cluster.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.BuildResponseItem;

import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.cluster.EngineVersions;
import io.github.batchlayer.cluster.docker.compose.BuildSpec;
import io.github.batchlayer.cluster.docker.compose.ComposeService;
import io.github.batchlayer.log.BuildLog;
import io.github.batchlayer.process.ClasspathResolver;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds a service's image from its compose {@code build:} section through the engine's API, with the jars Maven
 * resolves for the service's jar set added to the context under {@code jars/}. The image is tagged with the content
 * hash of all inputs (context files, jars, build arguments) and only built when no image has that tag: a second
 * cluster-up with the same versions builds nothing. The reaper's image ({@link ReaperStarter}) is built the same way
 * from a context of its own.
 */
final class ImageBuilder {

    private final DockerClient docker;
    private final ClasspathResolver resolver;
    private final EngineVersions versions;
    private final Path stagingRoot;
    private final Path logDir;
    private final BuildLog log;
    private final Map<String, String> builtThisRun = new HashMap<>();

    ImageBuilder(DockerClient docker, ClasspathResolver resolver, EngineVersions versions, Path stagingRoot,
                 Path logDir, BuildLog log) {
        this.docker = docker;
        this.resolver = resolver;
        this.versions = versions;
        this.stagingRoot = stagingRoot;
        this.logDir = logDir;
        this.log = log;
    }

    /** The image to run for a service: its own {@code image} when it has no build, else the built (or cached) tag. */
    String imageFor(ComposeService service) {
        BuildSpec build = service.build();
        if (build == null) {
            return service.image();
        }
        String jarSet = service.extension(JarSets.EXTENSION);
        List<Path> jars = jarSet == null ? List.of() : resolver.resolve(JarSets.coordinates(jarSet, versions));
        return imageFor(service.name(), repository(service), build, jars);
    }

    /** The tag of an image built from a context plus jars under {@code jars/}: built only when no image has it. */
    String imageFor(String name, String repository, BuildSpec build, List<Path> jars) {
        ContentHash hash = new ContentHash().directory(build.context()).text("dockerfile:" + build.dockerfile())
                .values("arg", build.args());
        jars.stream().sorted().forEach(hash::jar);
        String tag = repository + ":" + hash.hex();
        if (builtThisRun.containsKey(tag) || exists(tag)) {
            log.info(name + ": image " + tag + " is up to date");
            builtThisRun.put(tag, tag);
            return tag;
        }
        build(name, build, jars, tag);
        builtThisRun.put(tag, tag);
        return tag;
    }

    private void build(String service, BuildSpec build, List<Path> jars, String tag) {
        long started = System.nanoTime();
        String name = tag.substring(0, tag.indexOf(':')).replaceAll("[^A-Za-z0-9_.-]", "_");
        Path context = stagingRoot.resolve(name);
        stage(build.context(), jars, context);
        Path buildLog = logDir.resolve("build-" + name + ".log");
        log.info(service + ": building image " + tag + " (" + jars.size() + " jars, base "
                + build.args().getOrDefault("BASE_IMAGE", "?") + "), log " + buildLog);
        Set<String> tags = new HashSet<>(List.of(tag));
        try (BufferedWriter out = Files.newBufferedWriter(buildLog, StandardCharsets.UTF_8)) {
            var command = docker.buildImageCmd()
                    .withBaseDirectory(context.toFile())
                    .withDockerfile(context.resolve(build.dockerfile()).toFile())
                    .withTags(tags)
                    // the base image is local (built offline) or pulled by FROM; never force a pull
                    .withPull(false)
                    .withRemove(true)
                    .withForcerm(true)
                    .withLabels(Map.of(ClusterLabels.INPUTS, tag.substring(tag.indexOf(':') + 1)));
            build.args().forEach(command::withBuildArg);
            command.exec(new BuildImageResultCallback() {
                @Override
                public void onNext(BuildResponseItem item) {
                    try {
                        if (item.getStream() != null) {
                            out.write(item.getStream());
                        }
                        if (item.getErrorDetail() != null) {
                            out.write("ERROR: " + item.getErrorDetail().getMessage() + "\n");
                        }
                        out.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    super.onNext(item);
                }
            }).awaitImageId();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new ImageBuildException("building image " + tag + " for service " + service + " failed: "
                    + e.getMessage() + "; last lines of " + buildLog + ":\n"
                    + io.github.batchlayer.process.LogTail.of(buildLog, 20), e);
        } finally {
            // the staged context holds hard links to the local repository: nothing worth keeping
            DockerFiles.deleteTree(context);
        }
        log.info(String.format("%s: built %s in %.1f s", service, tag, (System.nanoTime() - started) / 1e9));
    }

    /** Copies the context and puts the jars under {@code jars/}. */
    private static void stage(Path source, List<Path> jars, Path context) {
        DockerFiles.deleteTree(context);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path to = context.resolve(source.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
            Path jarDir = Files.createDirectories(context.resolve("jars"));
            for (Path jar : jars) {
                DockerFiles.linkOrCopy(jar, jarDir.resolve(jar.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the build context " + context, e);
        }
    }

    private boolean exists(String tag) {
        try {
            docker.inspectImageCmd(tag).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static String repository(ComposeService service) {
        String image = service.image() != null ? service.image() : "batch-layer/" + service.name();
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        return colon > slash ? image.substring(0, colon) : image;
    }
}
