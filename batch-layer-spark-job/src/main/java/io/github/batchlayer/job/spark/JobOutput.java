package io.github.batchlayer.job.spark;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The warm driver's standard output and error: everything goes to the driver's own log (the fork's stdout), and
 * while a job runs also to that job's log ({@code logs/spark-<command>.log}), so a goal shows the tail of its own
 * job, as with a fresh driver. Installed before anything logs: log4j's console appender keeps the stream it finds
 * at its start.
 */
final class JobOutput extends OutputStream {
    private final OutputStream driverLog;
    private OutputStream jobLog;

    private JobOutput(OutputStream driverLog) {
        this.driverLog = driverLog;
    }

    static JobOutput install() {
        JobOutput output = new JobOutput(new FileOutputStream(FileDescriptor.out));
        PrintStream stream = new PrintStream(output, true, StandardCharsets.UTF_8);
        System.setOut(stream);
        System.setErr(stream);
        return output;
    }

    /** From now on a copy goes to {@code file} (replaced), or to no job log when null. */
    synchronized void routeTo(Path file) throws IOException {
        if (jobLog != null) {
            jobLog.close();
            jobLog = null;
        }
        if (file != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            jobLog = Files.newOutputStream(file);
        }
    }

    @Override
    public synchronized void write(int b) throws IOException {
        driverLog.write(b);
        if (jobLog != null) {
            jobLog.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        driverLog.write(bytes, offset, length);
        if (jobLog != null) {
            jobLog.write(bytes, offset, length);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        driverLog.flush();
        if (jobLog != null) {
            jobLog.flush();
        }
    }
}
