package io.github.batchlayer.job.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * The warm driver's first job, on itself, while the build is still creating the topic and publishing: the
 * preset's ingest path (classify, parquet write, observed counts, manifest commit) on a few hand-made messages
 * into a local scratch directory, and a read and group-by of what it wrote; then the scratch is deleted. The
 * first real ingest then finds those classes loaded and that code compiled (a cold first job took seconds longer
 * than the same job run second). Nothing of it reaches the cluster.
 */
final class WarmUp {
    private static final String TOPIC = "warm-up";

    private WarmUp() {
    }

    static void run(SparkSession spark, java.nio.file.Path scratch) throws IOException {
        Path root = new Path(scratch.toAbsolutePath().toUri());
        FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                rows.add(RowFactory.create(null, message(i).getBytes(StandardCharsets.UTF_8), TOPIC, 0, (long) i,
                        new Timestamp(1_516_717_442_000L + i), 0));
            }
            ManifestStore store = new ManifestStore(new Path(root, "raw"), spark.sparkContext().hadoopConfiguration());
            TreeMap<Integer, OffsetRange> ranges = new TreeMap<>();
            ranges.put(0, new OffsetRange(0, 0, rows.size()));
            new BatchLander(store, new Path(root, "quarantine"), 1000, () -> { }, AssessmentParser.preset())
                    .land(spark.createDataFrame(rows, KafkaColumns.SCHEMA).repartition(2), 1,
                            new BatchRange(TOPIC, ranges));
            spark.read().parquet(new Path(root, "raw").toString()).groupBy("exam_name").count().collectAsList();
        } finally {
            fs.delete(root, true);
        }
    }

    private static String message(int i) {
        return "{\"keen_id\":\"w" + i + "\",\"exam_name\":\"warm-up\",\"base_exam_id\":\"b\",\"user_exam_id\":\"u"
                + i + "\",\"started_at\":\"2018-01-23T14:23:19.082Z\",\"sequences\":{\"attempt\":1,\"id\":\"s\","
                + "\"questions\":[{\"id\":\"q\",\"user_correct\":true,\"options\":[{\"id\":\"o\",\"checked\":true}]}]"
                + "}}";
    }
}
