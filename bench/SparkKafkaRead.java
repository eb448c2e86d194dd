import org.apache.spark.sql.SparkSession;

/**
 * Benchmark reference (not part of the plugin): how long Spark's Kafka source alone takes to read a topic's
 * whole range in a fresh driver, with the options ingest uses and nothing after the read (a "noop" sink: no
 * parse, no parquet, no HDFS). It bounds what any Spark ingest can reach on this machine.
 * Usage: SparkKafkaRead bootstrapServers topic  -> prints "seconds: S" (from a started session to the read's end).
 */
public class SparkKafkaRead {
    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("spark-kafka-read").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        long start = System.nanoTime();
        BenchKafkaSource.wholeTopic(spark, args[0], args[1])
                .selectExpr("partition", "offset", "timestamp", "value")
                .write().format("noop").mode("overwrite").save();
        System.out.printf(java.util.Locale.ROOT, "seconds: %.2f%n", (System.nanoTime() - start) / 1e9);
        spark.stop();
    }
}
