package io.github.batchlayer.job.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.substring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The first quarantined messages of a batch (lowest offsets), each with its partition, offset, reason and the
 * start of its text, for the verify report: the quarantine itself is parquet on HDFS, which Maven's JVM does not
 * read. Read back from the batch's small quarantine output, so the Kafka range is not read a third time.
 */
public final class QuarantineSamples {
    /** The field of the ingest result that holds them. */
    public static final String RESULT_FIELD = "quarantineSamples";
    public static final int COUNT = 10;
    static final int MESSAGE_START = 200;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private QuarantineSamples() {
    }

    public static ArrayNode first(SparkSession spark, Path quarantineRoot, long batchId, long quarantined) {
        ArrayNode samples = MAPPER.createArrayNode();
        if (quarantined == 0) {
            return samples;
        }
        for (Row r : spark.read().parquet(BatchLayout.batchDir(quarantineRoot, batchId).toString())
                .orderBy(col("kafka_partition"), col("kafka_offset")).limit(COUNT)
                .select(col("kafka_partition"), col("kafka_offset"), col(AssessmentParser.REASON),
                        substring(col("value"), 1, MESSAGE_START)).collectAsList()) {
            ObjectNode sample = samples.addObject().put("batch", batchId).put("partition", r.getInt(0))
                    .put("offset", r.getLong(1)).put("reason", r.getString(2));
            sample.put("message", r.isNullAt(3) ? null : r.getString(3));
        }
        return samples;
    }
}
