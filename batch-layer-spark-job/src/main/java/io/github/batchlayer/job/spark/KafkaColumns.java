package io.github.batchlayer.job.spark;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The columns Spark's Kafka batch source produces (the part this job uses). Declared so tests can build a
 * Dataset of the same shape without a broker and run everything after the Kafka read.
 */
public final class KafkaColumns {
    public static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("key", DataTypes.BinaryType, true),
            DataTypes.createStructField("value", DataTypes.BinaryType, true),
            DataTypes.createStructField("topic", DataTypes.StringType, true),
            DataTypes.createStructField("partition", DataTypes.IntegerType, true),
            DataTypes.createStructField("offset", DataTypes.LongType, true),
            DataTypes.createStructField("timestamp", DataTypes.TimestampType, true),
            DataTypes.createStructField("timestampType", DataTypes.IntegerType, true)));

    private KafkaColumns() {
    }
}
