package io.github.batchlayer.cluster.config;

/** Logging configurations for the forked services: everything to the console, which the fork sends to a file. */
public final class Log4jConfigs {

    private Log4jConfigs() {
    }

    public static String log4j2Console() {
        return String.join("\n",
                "status = warn",
                "appender.console.type = Console",
                "appender.console.name = console",
                "appender.console.layout.type = PatternLayout",
                "appender.console.layout.pattern = %d{ISO8601} %-5p [%c{1}] %m%n",
                "rootLogger.level = info",
                "rootLogger.appenderRef.console.ref = console",
                "logger.kafka.name = kafka",
                "logger.kafka.level = info",
                "logger.state.name = state.change.logger",
                "logger.state.level = warn",
                "") ;
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
