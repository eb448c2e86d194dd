import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Benchmark reference (not part of the plugin): DuckDB turning the same records from a local newline-delimited
 * JSON file into one parquet file, on this machine's cores: a practical limit for JSON -> parquet here (no Kafka,
 * no HDFS, no JVM-per-task engine).
 * Usage: DuckDbJsonToParquet input.json output.parquet -> prints "seconds: S" and "rows: N".
 */
public class DuckDbJsonToParquet {
    public static void main(String[] args) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = db.createStatement()) {
            long start = System.nanoTime();
            sql.execute("COPY (SELECT * FROM read_ndjson_auto('" + args[0].replace("'", "''") + "')) TO '"
                    + args[1].replace("'", "''") + "' (FORMAT parquet)");
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(java.util.Locale.ROOT, "seconds: %.2f%n", seconds);
            try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM read_parquet('"
                    + args[1].replace("'", "''") + "')")) {
                rows.next();
                System.out.println("rows: " + rows.getLong(1));
            }
        }
    }
}
