package io.github.batchlayer.cluster.lifecycle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.cluster.ClusterState;
import io.github.batchlayer.log.BuildLog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One owner per work directory: {@code cluster-up} claims the directory in {@code owner.json} before it stops
 * anything or resets the journal, so a second build started in a directory whose cluster belongs to a live build
 * is refused at once instead of stopping that build's cluster. The claim is made by a hard link of a complete
 * temp file (atomic: of two claims at the same moment one fails), and removed when the cluster is stopped.
 *
 * <p>A claim whose owner is dead (its PID gone, or reused by a process that started at another instant) is swept
 * with its cluster, as leftovers always were. A kept cluster ({@code mvn batch-layer:cluster-up} typed on the
 * command line, or {@code -Dbatch-layer.keepRunning} in a lifecycle build, whose bound {@code cluster-down} then
 * leaves it running) outlives its owner on purpose: goals of later {@code mvn} invocations use it without asking, but
 * another {@code cluster-up}, which would stop it and reset its journal, is refused until {@code cluster-down}.
 */
public final class ClusterOwnership {
    public static final String FILE_NAME = "owner.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ClusterOwnership() {
    }

    public static Path file(Path workDir) {
        return workDir.resolve(FILE_NAME);
    }

    /**
     * Claims {@code workDir} for this process. Stops what a dead owner (or a build from before owners were
     * recorded) left running first.
     *
     * @return true when an earlier build's leftovers were stopped
     * @throws ClusterException naming the live owner and what to do, when the directory is taken
     */
    public static boolean claim(Path workDir, boolean kept, BuildLog log) {
        boolean swept = false;
        for (int attempt = 0; attempt < 3; attempt++) {
            if (create(workDir, ClusterOwner.current(kept))) {
                // a state file nobody owns (written before owners were recorded): leftovers, as always
                return ClusterStopper.stop(workDir, log) || swept;
            }
            Optional<ClusterOwner> owner = read(workDir);
            if (owner.isPresent()) {
                refuseIfTaken(workDir, owner.get());
            }
            // a dead owner (or this very process claiming again): stop what it left, then take its place, unless
            // someone else took it meanwhile (the claim read again is no longer the one judged)
            swept |= ClusterStopper.stop(workDir, log);
            if (read(workDir).equals(owner)) {
                release(workDir);
            }
        }
        throw new ClusterException("cannot claim " + workDir + ": other builds keep claiming it at the same moment");
    }

    /** The owner of a live, not kept cluster other than this process: {@code cluster-down} leaves that one alone. */
    public static Optional<ClusterOwner> otherLiveBuild(Path workDir) {
        return read(workDir).filter(o -> !o.kept() && !o.sameProcessAsThis() && o.stillRunning());
    }

    public static void release(Path workDir) {
        try {
            Files.deleteIfExists(file(workDir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file(workDir), e);
        }
    }

    private static void refuseIfTaken(Path workDir, ClusterOwner owner) {
        if (owner.sameProcessAsThis()) {
            return;
        }
        if (owner.kept() && Files.isRegularFile(ClusterState.file(workDir))) {
            throw new ClusterException("a kept cluster runs from " + workDir + " (started by " + owner.describe()
                    + "): goals of other mvn invocations use it as it is. To start a new one, stop it first with "
                    + "mvn batch-layer:cluster-down, or give this build another -Dbatch-layer.workDir");
        }
        if (!owner.kept() && owner.stillRunning()) {
            throw new ClusterException("the cluster in " + workDir + " belongs to a build that is still running: "
                    + owner.describe() + ". Nothing was stopped or reset. Wait until that build has finished, or "
                    + "give this one another -Dbatch-layer.workDir (and its own ports if you fixed them)");
        }
    }

    private static Optional<ClusterOwner> read(Path workDir) {
        Path file = file(workDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), ClusterOwner.class));
        } catch (IOException e) {
            // a claim is a hard link of a complete file, so this is damage, not a claim being written: no owner
            return Optional.empty();
        }
    }

    private static boolean create(Path workDir, ClusterOwner owner) {
        try {
            Files.createDirectories(workDir);
            Path tmp = Files.createTempFile(workDir, "owner-", ".json.tmp");
            try {
                JSON.writeValue(tmp.toFile(), owner);
                Files.createLink(file(workDir), tmp);
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot claim " + workDir + " in " + file(workDir), e);
        }
    }
}
