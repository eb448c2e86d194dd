package io.github.batchlayer.maven;

import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.SessionData;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Makes Maven 4's model builder see a session copy's own settings, as Maven 3's does.
 * <p>
 * Maven 3 builds a dependency's POM (its parents, its BOM imports) with the resolver session it was handed, so
 * {@code ignoreArtifactDescriptorRepositories} on a copy keeps the POM's {@code <repositories>} out. Maven 4
 * (checked on 4.0.0-rc-5 and its master) builds it with the Maven session it finds in the copy's session data,
 * {@code InternalSession.from(copy)}; a copy shares that data with the build's session, so the model builder asks
 * the build's resolver session whether to ignore POM repositories
 * ({@code DefaultModelBuilder.mergeRepositories}), which says no unless the whole build runs with
 * {@code --ignore-transitive-repositories}. It then adds jitpack, JBoss, the snapshot repositories ... that
 * Spark's and Hadoop's POMs declare, and the prefix filter fetches each one's {@code prefixes.txt}.
 * <p>
 * So under Maven 4 the copy gets session data of its own in which that Maven session is seen through a view whose
 * {@code getSession()} is the copy; everything else is the build's (same data, same Maven session). The two
 * types involved are Maven 4 internals ({@code org.apache.maven.impl.InternalSession}, resolver 2's
 * {@code SessionData}), reached through dynamic proxies of the running Maven's own interfaces: under Maven 3, or
 * if a later Maven changes them, the copy is returned as it was.
 */
final class Maven4ModelBuilderView {

    static final String INTERNAL_SESSION = "org.apache.maven.impl.InternalSession";

    private Maven4ModelBuilderView() {
    }

    /**
     * @param copy  the copy of {@code build} with the settings the model builder must see
     * @param build the build's resolver session
     * @return {@code copy}, with session data of its own under Maven 4
     */
    static RepositorySystemSession of(DefaultRepositorySystemSession copy, RepositorySystemSession build) {
        Class<?> internalSession;
        try {
            internalSession = Class.forName(INTERNAL_SESSION, false, build.getClass().getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return copy; // Maven 3: its model builder reads the copy itself
        }
        SessionData shared = build.getData();
        Object mavenSession = shared.get(internalSession);
        if (!internalSession.isInstance(mavenSession)) {
            return copy;
        }
        Object seenFromCopy = proxy(internalSession, mavenSession, (method, args) ->
                method.getName().equals("getSession") && method.getParameterCount() == 0 ? copy : NOT_HANDLED);
        SessionData data = (SessionData) proxy(SessionData.class, shared, (method, args) ->
                isRead(method) && args[0] == internalSession ? seenFromCopy : NOT_HANDLED);
        return copy.setData(data);
    }

    /** {@code get(key)} and resolver 2's {@code computeIfAbsent(key, supplier)} */
    private static boolean isRead(Method method) {
        return (method.getName().equals("get") && method.getParameterCount() == 1)
                || (method.getName().equals("computeIfAbsent") && method.getParameterCount() == 2);
    }

    private static final Object NOT_HANDLED = new Object();

    private interface Answer {
        /** @return the answer, or {@link #NOT_HANDLED} to ask the delegate */
        Object answer(Method method, Object[] args);
    }

    /** An object of {@code type} that answers as {@code delegate} except where {@code override} answers. */
    private static Object proxy(Class<?> type, Object delegate, Answer override) {
        InvocationHandler handler = (self, method, args) -> {
            if (method.getName().equals("equals") && method.getParameterCount() == 1) {
                return self == args[0];
            }
            if (method.getName().equals("hashCode") && method.getParameterCount() == 0) {
                return System.identityHashCode(self);
            }
            Object answer = override.answer(method, args);
            if (answer != NOT_HANDLED) {
                return answer;
            }
            try {
                return method.invoke(delegate, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
