package io.github.batchlayer.cluster.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Logging configurations for the forked JVMs (services and Spark drivers): everything to the console, which the
 * fork sends to a file.
 */
public final class Log4jConfigs {

    private Log4jConfigs() {
    }

    /** The services' log4j2 configuration (Kafka, Spark standalone daemons): info, Kafka's chatty state log quiet. */
    public static String log4j2Console() {
        Map<String, String> loggers = new LinkedHashMap<>();
        loggers.put("kafka", "info");
        loggers.put("state.change.logger", "warn");
        return log4j2Console("info", loggers);
    }

    /**
     * A log4j2 properties file sending everything to the console at {@code rootLevel}, with the given loggers
     * (name to level) set apart.
     */
    public static String log4j2Console(String rootLevel, Map<String, String> loggers) {
        StringBuilder config = new StringBuilder(String.join("\n",
                "status = warn",
                "appender.console.type = Console",
                "appender.console.name = console",
                "appender.console.target = SYSTEM_OUT",
                "appender.console.layout.type = PatternLayout",
                "appender.console.layout.pattern = %d{ISO8601} %-5p [%c{1}] %m%n",
                "rootLogger.level = " + rootLevel,
                "rootLogger.appenderRef.console.ref = console",
                ""));
        int i = 0;
        for (Map.Entry<String, String> logger : loggers.entrySet()) {
            config.append("logger.l").append(i).append(".name = ").append(logger.getKey()).append('\n');
            config.append("logger.l").append(i).append(".level = ").append(logger.getValue()).append('\n');
            i++;
        }
        return config.toString();
    }

    /** Hadoop 3.4 logs through reload4j (log4j 1 syntax). */
    public static String log4jConsole() {
        return String.join("\n",
                "log4j.rootLogger=INFO,console",
                "log4j.appender.console=org.apache.log4j.ConsoleAppender",
                "log4j.appender.console.target=System.out",
                "log4j.appender.console.layout=org.apache.log4j.PatternLayout",
                "log4j.appender.console.layout.ConversionPattern=%d{ISO8601} %-5p [%c{1}] %m%n",
                "log4j.logger.org.apache.hadoop.hdfs.StateChange=WARN",
                "log4j.logger.org.apache.hadoop.hdfs.server.namenode.FSNamesystem.audit=WARN",
                "log4j.logger.BlockStateChange=WARN",
                "");
    }
}
