package io.github.batchlayer.maven;

import io.github.batchlayer.process.ClasspathResolver;

import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyFilter;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Resolves the engines' jars through Maven's own resolver: from the project's repositories (Maven Central by
 * default), cached in the local repository, honouring the user's settings (mirrors, proxies, offline mode). Only
 * from those: the repositories that Spark's and Hadoop's POMs declare deep down (jitpack, JBoss, Sonatype
 * snapshots ...) are ignored, as the resolver's session allows: asking them is slow, prints transfer errors
 * under Maven 3.9+ (their {@code prefixes.txt}), and would let a POM choose where the build's jars come from.
 * Maven 4's model builder needs {@link Maven4ModelBuilderView} to see that setting.
 */
final class MavenClasspathResolver implements ClasspathResolver {

    private static final Set<String> NOT_AT_RUNTIME = Set.of("test", "provided", "system");

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    MavenClasspathResolver(RepositorySystem system, RepositorySystemSession session,
                           List<RemoteRepository> repositories) {
        this.system = system;
        this.session = Maven4ModelBuilderView.of(
                new DefaultRepositorySystemSession(session).setIgnoreArtifactDescriptorRepositories(true), session);
        this.repositories = repositories;
    }

    @Override
    public List<Path> resolve(List<String> coordinates) {
        CollectRequest collect = new CollectRequest();
        coordinates.forEach(c -> collect.addDependency(new Dependency(new DefaultArtifact(c), "runtime")));
        collect.setRepositories(repositories);
        DependencyFilter runtimeOnly = (node, parents) -> node.getDependency() == null
                || !NOT_AT_RUNTIME.contains(node.getDependency().getScope());
        try {
            return system.resolveDependencies(session, new DependencyRequest(collect, runtimeOnly))
                    .getArtifactResults().stream()
                    .map(ArtifactResult::getArtifact)
                    .filter(a -> a.getFile() != null && a.getFile().getName().endsWith(".jar"))
                    .map(a -> a.getFile().toPath())
                    .toList();
        } catch (DependencyResolutionException e) {
            throw new IllegalStateException("cannot resolve " + coordinates + " from " + repositories.stream()
                    .map(RemoteRepository::getUrl).toList() + ": " + e.getMessage()
                    + " (check the version you set, or your network/mirror settings)", e);
        }
    }
}
