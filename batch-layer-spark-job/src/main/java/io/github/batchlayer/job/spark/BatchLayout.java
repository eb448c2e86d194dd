package io.github.batchlayer.job.spark;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.Path;

/**
 * Names on the file system: {@code <root>/batch=000001/} for data (a Hive-style partition directory, so readers
 * get a {@code batch} column for free) and {@code <raw>/_manifests/000001.json} for commits. Spark ignores
 * paths starting with '_' or '.', so the manifests and pending temp files never show up as data.
 */
public final class BatchLayout {
    public static final String MANIFESTS_DIR = "_manifests";
    private static final Pattern BATCH_DIR = Pattern.compile("batch=(\\d+)");
    private static final Pattern MANIFEST_FILE = Pattern.compile("(\\d+)\\.json");

    private BatchLayout() {
    }

    public static String batchDirName(long batchId) {
        return String.format("batch=%06d", batchId);
    }

    public static Path batchDir(Path root, long batchId) {
        return new Path(root, batchDirName(batchId));
    }

    public static Path manifestsDir(Path rawRoot) {
        return new Path(rawRoot, MANIFESTS_DIR);
    }

    public static Path manifestFile(Path rawRoot, long batchId) {
        return new Path(manifestsDir(rawRoot), String.format("%06d.json", batchId));
    }

    /** A temp name in the manifests directory: hidden (dot) so neither Spark nor manifest listing sees it. */
    public static Path pendingManifestFile(Path rawRoot, long batchId, String unique) {
        return new Path(manifestsDir(rawRoot), String.format(".pending-%06d-%s.json", batchId, unique));
    }

    public static OptionalLong batchIdOfDir(String name) {
        return idOf(BATCH_DIR.matcher(name));
    }

    public static OptionalLong batchIdOfManifest(String name) {
        return idOf(MANIFEST_FILE.matcher(name));
    }

    private static OptionalLong idOf(Matcher m) {
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }
}
