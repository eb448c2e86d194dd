package io.github.batchlayer.maven;

import org.apache.maven.impl.InternalSession;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystemSession;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Under Maven 4 (here: the stand-in {@link InternalSession} on the test class path) the copy's session data shows
 * the build's Maven session with the copy as its resolver session, and shares everything else with the build.
 */
class Maven4ModelBuilderViewTest {

    @Test
    void theModelBuilderSeesTheCopysSettingsAndTheBuildsEverythingElse() {
        DefaultRepositorySystemSession build = new DefaultRepositorySystemSession();
        InternalSession mavenSession = new InternalSession() {
            @Override
            public RepositorySystemSession getSession() {
                return build;
            }

            @Override
            public String describe(String prefix) {
                return prefix + "the build's Maven session";
            }
        };
        build.getData().set(InternalSession.class, mavenSession);
        DefaultRepositorySystemSession copy = new DefaultRepositorySystemSession(build)
                .setIgnoreArtifactDescriptorRepositories(true);

        RepositorySystemSession viewed = Maven4ModelBuilderView.of(copy, build);

        assertSame(copy, viewed);
        InternalSession seen = (InternalSession) viewed.getData().get(InternalSession.class);
        assertSame(copy, seen.getSession());
        assertTrue(seen.getSession().isIgnoreArtifactDescriptorRepositories());
        assertEquals("it is the build's Maven session", seen.describe("it is "));
        assertSame(seen, viewed.getData().get(InternalSession.class));
        // the build's own view is untouched
        assertFalse(((InternalSession) build.getData().get(InternalSession.class)).getSession()
                .isIgnoreArtifactDescriptorRepositories());
        // caches and the like stay shared, both ways
        build.getData().set("cache", "from the build");
        assertEquals("from the build", viewed.getData().get("cache"));
        viewed.getData().set("resolved", "by the engines");
        assertEquals("by the engines", build.getData().get("resolved"));
    }

    @Test
    void withoutMaven4sSessionTheCopyIsLeftAsItIs() {
        DefaultRepositorySystemSession build = new DefaultRepositorySystemSession();
        DefaultRepositorySystemSession copy = new DefaultRepositorySystemSession(build);
        assertSame(build.getData(), Maven4ModelBuilderView.of(copy, build).getData());
    }
}
