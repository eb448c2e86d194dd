package io.github.batchlayer.cluster;

/**
 * A forked JVM that a launcher started and {@code cluster-down} must stop.
 *
 * @param name    service name (kafka, namenode, datanode ...)
 * @param pid     operating system process id
 * @param argFile absolute path of the JVM's argument file: the PID is only stopped while its command line
 *                still names this file, so a PID reused by the system is never touched
 * @param logFile where the service logs
 */
public record ServiceProcess(String name, long pid, String argFile, String logFile) {
}
