package io.github.batchlayer.job.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.substring;

import io.github.batchlayer.job.contract.QuarantineSample;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The first quarantined messages of a batch (lowest offsets), each with its partition, offset, reason and the
 * start of its text, for the verify report: the quarantine itself is parquet on HDFS, which Maven's JVM does not
 * read. Read back from the batch's small quarantine output, so the Kafka range is not read a third time.
 */
public final class QuarantineSamples {
    public static final int COUNT = 10;
    static final int MESSAGE_START = 200;

    private QuarantineSamples() {
    }

    public static List<QuarantineSample> first(SparkSession spark, Path quarantineRoot, long batchId,
                                               long quarantined) {
        List<QuarantineSample> samples = new ArrayList<>();
        if (quarantined == 0) {
            return samples;
        }
        for (Row r : spark.read().parquet(BatchLayout.batchDir(quarantineRoot, batchId).toString())
                .orderBy(col("kafka_partition"), col("kafka_offset")).limit(COUNT)
                .select(col("kafka_partition"), col("kafka_offset"), col(AssessmentParser.REASON),
                        substring(col("value"), 1, MESSAGE_START)).collectAsList()) {
            samples.add(new QuarantineSample(batchId, r.getInt(0), r.getLong(1), r.getString(2),
                    r.isNullAt(3) ? null : r.getString(3)));
        }
        return samples;
    }
}
