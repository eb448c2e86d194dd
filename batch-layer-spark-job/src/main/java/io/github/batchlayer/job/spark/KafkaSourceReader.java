package io.github.batchlayer.job.spark;

import java.util.Map;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The only place that touches Kafka through Spark: a batch read of exactly the planned offsets.
 *
 * <ul>
 *   <li>{@code assign} + explicit starting/ending JSON: the read is a fixed range, repeatable if a task is
 *       retried, and covers only partitions that have something new.</li>
 *   <li>{@code kafka.isolation.level=read_committed}: aborted transactions are never landed (their offsets are
 *       gaps, so row counts may be below until - from).</li>
 *   <li>{@code failOnDataLoss} defaults to true: if retention already deleted part of the range, the batch fails
 *       instead of committing a manifest that claims offsets it never landed. Spark skips transaction markers
 *       and aborted records without calling that data loss. {@code --fail-on-data-loss false} accepts the loss
 *       knowingly (e.g. to move past an expired range).</li>
 * </ul>
 */
public final class KafkaSourceReader {
    private KafkaSourceReader() {
    }

    public static Dataset<Row> read(SparkSession spark, IngestOptions options, BatchRange range) {
        DataFrameReader reader = spark.read().format("kafka");
        for (Map.Entry<String, String> e : options.kafkaProperties().entrySet()) {
            reader = reader.option("kafka." + e.getKey(), e.getValue());   // forwarded as given
        }
        return reader
                .option("kafka.bootstrap.servers", options.bootstrapServers())
                .option("kafka.isolation.level", "read_committed")
                .option("kafka.max.partition.fetch.bytes", String.valueOf(options.maxPartitionFetchBytes()))
                .option("assign", range.assignJson())
                .option("startingOffsets", range.startingOffsetsJson())
                .option("endingOffsets", range.endingOffsetsJson())
                .option("failOnDataLoss", String.valueOf(options.failOnDataLoss()))
                // One Kafka partition is one Spark task by default: the seed's single-partition topic would be
                // parsed on one core. Split the offset ranges so every core (or executor) takes a share.
                .option("minPartitions", String.valueOf(Math.max(1, spark.sparkContext().defaultParallelism())))
                .load();
    }
}
