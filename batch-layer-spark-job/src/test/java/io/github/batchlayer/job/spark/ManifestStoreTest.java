package io.github.batchlayer.job.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;

class ManifestStoreTest {
    private static BatchRange range(String topic, long from, long until) {
        return new BatchRange(topic, new TreeMap<>(Map.of(0, new OffsetRange(0, from, until))));
    }

    @Test
    void manifestJsonRoundTrips() {
        Manifest m = new Manifest(1, range("t", 0, 3279), 3279, 0, "2026-01-01T00:00:00Z");
        assertTrue(m.toJson().contains("\"offsets\" : {\n    \"0\" : [ 0, 3279 ]"), m.toJson());
        assertEquals(m, Manifest.fromJson(m.toJson()));
    }

    @Test
    void commitsByRenameAndPlansFromCommitted() throws Exception {
        java.nio.file.Path dir = TestSpark.dir("manifests");
        ManifestStore store = new ManifestStore(new Path(dir.toUri().toString()), new Configuration());
        assertEquals(List.of(), store.committed());
        assertEquals(1, ManifestStore.nextBatchId(store.committed()));

        store.commit(new Manifest(1, range("t", 0, 3279), 3279, 0, "2026-01-01T00:00:00Z"));
        store.commit(new Manifest(2, range("t", 3279, 3280), 1, 0, "2026-01-01T00:01:00Z"));
        store.commit(new Manifest(3, range("other", 0, 7), 7, 0, "2026-01-01T00:02:00Z"));

        List<Manifest> committed = store.committed();
        assertEquals(List.of(1L, 2L, 3L), committed.stream().map(Manifest::batchId).toList());
        assertEquals(4, ManifestStore.nextBatchId(committed));
        assertEquals(Map.of(0, 3280L), ManifestStore.committedUntil(committed, "t"));
        assertTrue(Files.isRegularFile(dir.resolve("_manifests/000001.json")));
        try (var files = Files.list(dir.resolve("_manifests"))) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().startsWith(".pending-")
                    && f.toString().endsWith(".json")), "no pending manifest left after a commit");
        }
        assertThrows(IllegalStateException.class,
                () -> store.commit(new Manifest(2, range("t", 0, 1), 1, 0, "x")), "a batch commits once");
    }

    @Test
    void deletesUncommittedBatchDirsAndPendingManifests() throws Exception {
        java.nio.file.Path raw = TestSpark.dir("cleanup-raw");
        java.nio.file.Path quarantine = TestSpark.dir("cleanup-q");
        ManifestStore store = new ManifestStore(new Path(raw.toUri().toString()), new Configuration());
        store.commit(new Manifest(1, range("t", 0, 10), 10, 0, "x"));
        Files.createDirectories(raw.resolve("batch=000001"));
        Files.writeString(raw.resolve("batch=000001/part-0.parquet"), "kept");
        Files.createDirectories(raw.resolve("batch=000002"));          // killed before its commit
        Files.writeString(raw.resolve("batch=000002/part-0.parquet"), "orphan");
        Files.createDirectories(quarantine.resolve("batch=000002"));
        Files.writeString(raw.resolve("_manifests/.pending-000002-abc.json"), "{}");
        Files.createDirectories(raw.resolve("not-a-batch"));

        UncommittedBatchCleaner cleaner = new UncommittedBatchCleaner(new Configuration());
        Set<Long> ids = Set.of(1L);
        assertEquals(1, cleaner.clean(new Path(raw.toUri().toString()), ids).size());
        assertEquals(1, cleaner.clean(new Path(quarantine.toUri().toString()), ids).size());
        assertEquals(1, store.deletePendingManifests().size());

        assertTrue(Files.exists(raw.resolve("batch=000001/part-0.parquet")));
        assertFalse(Files.exists(raw.resolve("batch=000002")));
        assertFalse(Files.exists(quarantine.resolve("batch=000002")));
        assertTrue(Files.exists(raw.resolve("not-a-batch")));
        assertEquals(1, store.committed().size(), "the pending manifest never counted");
        // a root that does not exist yet is simply empty
        assertEquals(0, cleaner.clean(new Path(raw.resolve("none").toUri().toString()), ids).size());
    }

    @Test
    void layoutNames() {
        assertEquals("batch=000042", BatchLayout.batchDirName(42));
        assertEquals(42L, BatchLayout.batchIdOfDir("batch=000042").getAsLong());
        assertEquals(7L, BatchLayout.batchIdOfManifest("000007.json").getAsLong());
        assertTrue(BatchLayout.batchIdOfManifest(".pending-000007-x.json").isEmpty());
    }
}
