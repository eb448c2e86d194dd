package io.github.batchlayer.maven;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The {@code spark.*} settings a job run gets, from the typed parameters (memory, cores), the {@code <sparkConf>}
 * map, {@code -Dspark.*} user properties and Hadoop settings ({@code <hadoopConf>} and {@code -Dfs.*},
 * {@code -Ddfs.*}, {@code -Dhadoop.*}), which Spark hands to Hadoop's client as {@code spark.hadoop.*}. So a
 * secured or tuned cluster needs no code change. The pom's map wins over user properties, typed parameters over
 * both (they are what the user named explicitly).
 */
final class JobSparkConf {

    private static final String[] HADOOP_PREFIXES = {"fs.", "dfs.", "hadoop."};

    private JobSparkConf() {
    }

    record Resources(String executorMemory, Integer executorCores, Integer maxCores, Integer driverCores) {
    }

    static Map<String, String> assemble(Resources resources, Map<String, String> sparkConf,
                                        Map<String, String> hadoopConf, Properties userProperties) {
        Map<String, String> conf = new TreeMap<>();
        if (userProperties != null) {
            for (String key : userProperties.stringPropertyNames()) {
                String value = userProperties.getProperty(key);
                if (key.startsWith("spark.")) {
                    conf.put(key, value);
                } else if (isHadoopKey(key)) {
                    conf.put("spark.hadoop." + key, value);
                }
            }
        }
        if (hadoopConf != null) {
            hadoopConf.forEach((k, v) -> conf.put("spark.hadoop." + k, v));
        }
        if (sparkConf != null) {
            conf.putAll(sparkConf);
        }
        if (resources.executorMemory() != null && !resources.executorMemory().isBlank()) {
            conf.put("spark.executor.memory", resources.executorMemory());
        }
        if (resources.executorCores() != null) {
            conf.put("spark.executor.cores", resources.executorCores().toString());
        }
        if (resources.maxCores() != null) {
            // standalone: total cores of the application, which with executor cores sets the executor count
            conf.put("spark.cores.max", resources.maxCores().toString());
        }
        if (resources.driverCores() != null) {
            conf.put("spark.driver.cores", resources.driverCores().toString());
        }
        return conf;
    }

    private static boolean isHadoopKey(String key) {
        for (String prefix : HADOOP_PREFIXES) {
            // hadoop.version and the like are build properties, not Hadoop client settings
            if (key.startsWith(prefix) && !key.endsWith(".version")) {
                return true;
            }
        }
        return false;
    }
}
