package io.github.batchlayer.job.contract;

import java.util.Locale;

/**
 * What {@code ingest} does when the topic is not the one its committed batches read (deleted and created again,
 * another cluster behind the same address, or offsets below the committed ones): the value of
 * {@link IngestArgs#ON_TOPIC_CHANGE}, written on the command line as {@link #toString()}.
 */
public enum OnTopicChange {
    /** Stop, name the change and this option; nothing is read (the default). */
    FAIL,
    /** Read the topic as it is now from its earliest offsets into the same raw path; committed batches stay. */
    RESTART_FROM_EARLIEST;

    /** {@code fail}, {@code restart-from-earliest}: the option's documented values. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
