package io.github.batchlayer.job;

import io.github.batchlayer.cluster.config.HdfsNodeConfig;
import io.github.batchlayer.security.SensitiveKeys;

import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The driver's {@code spark.*} configuration as policy, apart from launching it: our defaults (loopback, no UI,
 * UTC, redaction of secrets in Spark's own output), the jars shipped to remote executors, the user's settings on
 * top, and the split into secret settings (they go to the driver in an owner-only file) and the rest (visible on
 * its command line as {@code -D}).
 *
 * @param visible settings that may show in {@code ps} and the argument file
 * @param secret  settings that must not ({@link SensitiveKeys})
 */
public record SparkDriverConf(Map<String, String> visible, Map<String, String> secret) {

    public SparkDriverConf {
        // sorted, so the driver's argument file reads the same from run to run
        visible = Collections.unmodifiableSortedMap(new TreeMap<>(visible));
        secret = Collections.unmodifiableSortedMap(new TreeMap<>(secret));
    }

    private static boolean onLoopback(String uri) {
        try {
            String host = URI.create(uri).getHost();
            return "127.0.0.1".equals(host) || "localhost".equals(host) || "[::1]".equals(host);
        } catch (IllegalArgumentException e) {
            return false;   // not a URI Java parses: Hadoop's client judges it, with its own defaults
        }
    }

    /** The configuration a driver of {@code spec} runs with. */
    public static SparkDriverConf of(SparkJobSpec spec) {
        Map<String, String> conf = new TreeMap<>();
        conf.put("spark.master", spec.master());
        conf.put("spark.app.name", "batch-layer");
        // our network rule: the driver binds to and advertises loopback unless the user says otherwise
        conf.put("spark.driver.host", "127.0.0.1");
        conf.put("spark.driver.bindAddress", "127.0.0.1");
        conf.put("spark.ui.enabled", "false");
        conf.put("spark.sql.shuffle.partitions", "8");
        conf.put("spark.sql.session.timeZone", "UTC");
        // Spark 4 isolates every session's artifacts: each session's tasks then get a class loader of their own
        // that asks the driver over RPC for every class it does not find, and Janino looks up many names that do
        // not exist while compiling a query. The jobs add no artifacts, so isolation only cost time: about 1 s of
        // the example's two ingests (7.3 s against 8.8 s, medians of 4 and 5 alternating builds).
        conf.put("spark.sql.artifact.isolation.enabled", "false");
        // running tasks' records so far reach the driver with the executors' heartbeats (10 s by default):
        // one per progress line
        conf.put("spark.executor.heartbeatInterval", "5s");
        // Spark's UI, event logs and plan strings redact matching keys/options: our one list of credential keys
        // (Kafka's SASL secret rides in the kafka.sasl.jaas.config option of the Kafka source), plus Spark's url
        conf.put("spark.redaction.regex", SensitiveKeys.regex());
        conf.put("spark.sql.redaction.options.regex", SensitiveKeys.regex() + "|url");
        if (spec.hdfsUri() != null) {
            conf.put("spark.hadoop.fs.defaultFS", spec.hdfsUri());
            if (onLoopback(spec.hdfsUri())) {
                // an HDFS on this machine (embedded, docker, a user's own): its DataNode runs here too
                HdfsNodeConfig.SINGLE_MACHINE_CLIENT.forEach((k, v) -> conf.put("spark.hadoop." + k, v));
            }
        }
        if (spec.remoteExecutors()) {
            // executors run elsewhere: ship the job jar and the Kafka source, never Spark's own jars
            List<String> everything = SparkArtifacts.driver(spec.scalaBinary(), spec.sparkVersion());
            String shipped = ShippedJars.confValue(ShippedJars.of(spec.resolver(), everything.subList(0, 1),
                    everything, spec.jobJar()));
            String userJars = spec.sparkConf().get("spark.jars");
            conf.put("spark.jars", userJars == null || userJars.isBlank() ? shipped : shipped + "," + userJars);
        }
        spec.sparkConf().forEach((k, v) -> {
            if (!"spark.jars".equals(k)) {
                conf.put(k, v);
            }
        });
        // secrets (spark.authenticate.secret, spark.hadoop.*.password ...) go through an owner-only file that
        // the job applies to its SparkSession; everything else stays visible on the command line
        return new SparkDriverConf(SensitiveKeys.nonSecretsOf(conf), SensitiveKeys.secretsOf(conf));
    }
}
