package io.github.batchlayer.job.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads and commits the manifests under {@code <raw>/_manifests}. Committing writes the manifest under a
 * pending name and renames it into place: a rename is atomic on HDFS, so a reader sees a whole manifest or
 * none, and a job killed before the rename leaves a batch that does not count.
 */
public final class ManifestStore {
    private final FileSystem fs;
    private final Path rawRoot;

    public ManifestStore(Path rawRoot, Configuration conf) throws IOException {
        this.fs = rawRoot.getFileSystem(conf);
        this.rawRoot = fs.makeQualified(rawRoot);
    }

    public Path rawRoot() {
        return rawRoot;
    }

    /** All committed manifests, by batch id. */
    public List<Manifest> committed() throws IOException {
        Path dir = BatchLayout.manifestsDir(rawRoot);
        List<Manifest> manifests = new ArrayList<>();
        if (!fs.exists(dir)) {
            return manifests;
        }
        for (FileStatus status : fs.listStatus(dir)) {
            OptionalLong id = BatchLayout.batchIdOfManifest(status.getPath().getName());
            if (status.isFile() && id.isPresent()) {
                Manifest m = Manifest.fromJson(read(status.getPath()));
                if (m.batchId() != id.getAsLong()) {
                    throw new IllegalStateException("manifest " + status.getPath() + " says batch " + m.batchId());
                }
                manifests.add(m);
            }
        }
        manifests.sort(Comparator.comparingLong(Manifest::batchId));
        return manifests;
    }

    public static long nextBatchId(List<Manifest> committed) {
        return committed.stream().mapToLong(Manifest::batchId).max().orElse(0L) + 1;
    }

    /** Where the committed batches of {@code topic} end, per partition: the next batch starts there. */
    public static Map<Integer, Long> committedUntil(List<Manifest> committed, String topic) {
        Map<Integer, Long> until = new TreeMap<>();
        committed.stream().filter(m -> m.range().topic().equals(topic))
                .flatMap(m -> m.range().ranges().values().stream())
                .forEach(r -> until.merge(r.partition(), r.until(), Math::max));
        return until;
    }

    /** The commit point of a batch. Fails if the batch id is already committed (a concurrent run). */
    public void commit(Manifest manifest) throws IOException {
        Path target = BatchLayout.manifestFile(rawRoot, manifest.batchId());
        Path pending = BatchLayout.pendingManifestFile(rawRoot, manifest.batchId(), UUID.randomUUID().toString());
        fs.mkdirs(BatchLayout.manifestsDir(rawRoot));
        try (OutputStream out = fs.create(pending, false)) {
            out.write(manifest.toJson().getBytes(StandardCharsets.UTF_8));
        }
        // HDFS rename refuses an existing target; the local file system would overwrite, hence the check first.
        if (fs.exists(target) || !fs.rename(pending, target)) {
            fs.delete(pending, false);
            throw new IllegalStateException("batch " + manifest.batchId() + " is already committed at " + target
                    + " (another ingest running on the same raw path?)");
        }
    }

    /** Pending manifests of runs that died before renaming: never a commit, safe to remove. */
    public List<Path> deletePendingManifests() throws IOException {
        List<Path> deleted = new ArrayList<>();
        Path dir = BatchLayout.manifestsDir(rawRoot);
        if (!fs.exists(dir)) {
            return deleted;
        }
        for (FileStatus status : fs.listStatus(dir)) {
            if (status.getPath().getName().startsWith(".pending-") && fs.delete(status.getPath(), false)) {
                deleted.add(status.getPath());
            }
        }
        return deleted;
    }

    private String read(Path path) throws IOException {
        try (InputStream in = fs.open(path); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
