import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Benchmark reference (not part of the plugin): a batch read of a whole topic with the options ingest uses. */
final class BenchKafkaSource {
    private BenchKafkaSource() {
    }

    static Dataset<Row> wholeTopic(SparkSession spark, String bootstrapServers, String topic) {
        return spark.read().format("kafka")
                .option("kafka.bootstrap.servers", bootstrapServers)
                .option("subscribe", topic)
                .option("startingOffsets", "earliest")
                .option("endingOffsets", "latest")
                .option("kafka.isolation.level", "read_committed")
                .option("kafka.max.partition.fetch.bytes", "5242880")
                .option("minPartitions", String.valueOf(spark.sparkContext().defaultParallelism()))
                .load();
    }
}
