package io.github.batchlayer.job.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Removes {@code batch=N} directories that no manifest commits: the leftovers of a run killed between writing
 * data and committing. Their offsets were never recorded, so the next run reads them again under a new batch
 * id; keeping the old files would land the same records twice.
 */
public final class UncommittedBatchCleaner {
    private final Configuration conf;

    public UncommittedBatchCleaner(Configuration conf) {
        this.conf = conf;
    }

    /** @return the directories deleted */
    public List<Path> clean(Path root, Set<Long> committedBatchIds) throws IOException {
        FileSystem fs = root.getFileSystem(conf);
        List<Path> deleted = new ArrayList<>();
        if (!fs.exists(root)) {
            return deleted;
        }
        for (FileStatus status : fs.listStatus(root)) {
            OptionalLong id = BatchLayout.batchIdOfDir(status.getPath().getName());
            if (status.isDirectory() && id.isPresent() && !committedBatchIds.contains(id.getAsLong())) {
                if (!fs.delete(status.getPath(), true)) {
                    throw new IOException("could not delete uncommitted batch directory " + status.getPath());
                }
                deleted.add(status.getPath());
            }
        }
        return deleted;
    }
}
