package io.github.batchlayer.dataset;

/** Told how far a pass over a source file got, after each record; a listener decides how often to report. */
@FunctionalInterface
public interface ReadProgress {
    ReadProgress NONE = (records, bytes) -> { };

    void reached(long records, long bytes);
}
