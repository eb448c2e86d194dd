package io.github.batchlayer.job.spark;

/** The job's own progress lines ("ingest: ..."), on stdout, apart from Spark's log4j output. */
public final class JobLog {
    private JobLog() {
    }

    public static void info(String line) {
        System.out.println(line);
        System.out.flush();
    }

    public static void warn(String line) {
        System.err.println("WARNING " + line);
        System.err.flush();
    }

    public static String seconds(long startNanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", elapsedSeconds(startNanos));
    }

    public static double elapsedSeconds(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 1e8) / 10.0;
    }
}
