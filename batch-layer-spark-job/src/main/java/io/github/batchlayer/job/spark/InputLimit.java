package io.github.batchlayer.job.spark;

import java.util.Locale;

/**
 * How much input a driver takes for one job. A fresh driver takes any. The warm driver runs on the C1 compiler
 * alone, which starts Spark in a third of the CPU time but runs a large job's hot loops about half as fast, so a
 * job whose planned input is over the run's limit is handed back (see {@link InputOverLimitException}) before it
 * commits anything, and the plugin runs it on a fresh driver with the full JIT.
 */
@FunctionalInterface
interface InputLimit {
    InputLimit NONE = (command, records, what) -> { };

    /**
     * @param records the job's input as planned (ingest: offsets to read; summarize: committed raw rows)
     * @param what    what {@code records} counts, for the message
     */
    void admit(String command, long records, String what);

    /** At most {@code max} records a job; 0 or less: any. */
    static InputLimit atMost(long max) {
        if (max <= 0) {
            return NONE;
        }
        return (command, records, what) -> {
            if (records > max) {
                throw new InputOverLimitException(String.format(Locale.ROOT,
                        "%s has %,d %s, more than the %,d a job on the warm driver takes (its C1-only JIT suits"
                                + " small jobs)", command, records, what,
                        max));
            }
        };
    }
}
