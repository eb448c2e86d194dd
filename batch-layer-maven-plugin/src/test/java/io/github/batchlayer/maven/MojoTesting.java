package io.github.batchlayer.maven;

import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.logging.SystemStreamLog;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/** Helpers for the mojo tests: a log that keeps its lines, field access, and a real MojoExecution. */
final class MojoTesting {

    private MojoTesting() {
    }

    /** Keeps every line (prefixed with its level) and still prints it, so a failing test shows the build log. */
    static final class CapturingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        private void keep(String level, CharSequence content) {
            lines.add(level + " " + content);
        }

        @Override
        public void info(CharSequence content) {
            keep("INFO", content);
            super.info(content);
        }

        @Override
        public void warn(CharSequence content) {
            keep("WARN", content);
            super.warn(content);
        }

        @Override
        public void warn(CharSequence content, Throwable error) {
            keep("WARN", content);
            super.warn(content, error);
        }

        @Override
        public void error(CharSequence content) {
            keep("ERROR", content);
            super.error(content);
        }

        @Override
        public void error(CharSequence content, Throwable error) {
            keep("ERROR", content);
            super.error(content, error);
        }

        boolean has(String level, String fragment) {
            return lines.stream().anyMatch(l -> l.startsWith(level + " ") && l.contains(fragment));
        }

        String text() {
            return String.join("\n", lines);
        }
    }

    /** Gives the mojo a log that the test can read. */
    static CapturingLog capture(AbstractBatchLayerMojo mojo) {
        CapturingLog log = new CapturingLog();
        mojo.setLog(log);
        return log;
    }

    /**
     * Replaces the harness's mocked MojoExecution with a real one for the mojo's own descriptor: goal() and the
     * execution id ({@code default-cli} = typed on the command line, anything else = bound to the lifecycle).
     */
    static void execution(AbstractBatchLayerMojo mojo, String executionId) {
        mojo.mojoExecution = new MojoExecution(mojo.mojoExecution.getMojoDescriptor(), executionId);
    }

    /**
     * A real MojoExecution of the named goal: for a test that injects several mojos, whose harness-made
     * executions all carry the descriptor of one of them.
     */
    static void execution(AbstractBatchLayerMojo mojo, String goal, String executionId) {
        MojoDescriptor descriptor = new MojoDescriptor();
        descriptor.setGoal(goal);
        mojo.mojoExecution = new MojoExecution(descriptor, executionId);
    }

    /** Sets a (private) parameter field declared by the mojo or one of its superclasses. */
    static void set(Object mojo, String name, Object value) {
        for (Class<?> c = mojo.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                field.set(mojo, value);
                return;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("no field " + name + " in " + mojo.getClass());
    }
}
