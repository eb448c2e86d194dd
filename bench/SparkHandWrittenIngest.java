import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;

import io.github.batchlayer.job.spark.AssessmentSchema;
import org.apache.spark.sql.SparkSession;

/**
 * Benchmark reference (not part of the plugin): the Spark application a user would write by hand for ingest's
 * work, run in a fresh driver like ingest's. Kafka batch read (the same read options as ingest) -> from_json with
 * ingest's schema -> write.parquet; no manifest, no quarantine, no observation, no writer lease.
 * Usage: SparkHandWrittenIngest bootstrapServers topic outputPath -> prints "seconds: S" and "rows: N"
 * (seconds from a started session to the written parquet).
 */
public class SparkHandWrittenIngest {
    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("hand-written-ingest").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        long start = System.nanoTime();
        BenchKafkaSource.wholeTopic(spark, args[0], args[1])
                .select(from_json(col("value").cast("string"), AssessmentSchema.RECORD).as("r"))
                .select("r.*")
                .write().mode("overwrite").parquet(args[2]);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "seconds: %.2f%n", seconds);
        System.out.println("rows: " + spark.read().parquet(args[2]).count());
        spark.stop();
    }
}
