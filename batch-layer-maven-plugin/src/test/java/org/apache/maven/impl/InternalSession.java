package org.apache.maven.impl;

import org.eclipse.aether.RepositorySystemSession;

/**
 * Stands in for Maven 4's interface of that name (maven-impl) in the tests of
 * {@code io.github.batchlayer.maven.Maven4ModelBuilderView}: the Maven session a resolver session's data holds
 * under this interface's class, whose {@code getSession()} Maven 4's model builder asks for its settings.
 */
public interface InternalSession {

    RepositorySystemSession getSession();

    /** any other method: the view passes it on */
    String describe(String prefix);
}
