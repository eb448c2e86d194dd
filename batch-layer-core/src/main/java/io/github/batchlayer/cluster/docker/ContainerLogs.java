package io.github.batchlayer.cluster.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

/**
 * A container's output in {@code target/batch-layer/logs/<service>.log}. While cluster-up waits, the log is
 * followed live (so a service that does not come up is reported with its current last lines); before a
 * container is removed its whole log is saved once more, since the follower is gone by then (cluster-down may run
 * in another Maven invocation).
 */
final class ContainerLogs {

    private final DockerClient docker;

    ContainerLogs(DockerClient docker) {
        this.docker = docker;
    }

    /** Streams the container's output into the file until the returned handle is closed or the container ends. */
    Closeable follow(String containerId, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
        ResultCallback.Adapter<Frame> callback = docker.logContainerCmd(containerId).withStdOut(true)
                .withStdErr(true).withFollowStream(true).exec(new Writer(out));
        return () -> {
            callback.close();
            out.close();
        };
    }

    /** Replaces the file with the container's whole log so far. */
    void save(String containerId, Path file) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                docker.logContainerCmd(containerId).withStdOut(true).withStdErr(true).withFollowStream(false)
                        .exec(new Writer(out)).awaitCompletion(60, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot save the log of container " + containerId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Writer extends ResultCallback.Adapter<Frame> {
        private final OutputStream out;

        Writer(OutputStream out) {
            this.out = out;
        }

        @Override
        public void onNext(Frame frame) {
            try {
                synchronized (out) {
                    out.write(frame.getPayload());
                    out.flush();
                }
            } catch (IOException closed) {
                // the handle was closed while a frame was in flight: nothing left to write to
            }
        }
    }
}
