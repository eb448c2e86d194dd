package io.github.batchlayer.generator;

/** What {@link DatasetGenerator} produces. */
public enum GeneratorProfile {
    /** A stand-in for the seed's file: exactly 3280 records honouring every known fact of the real one. */
    SEED,
    /** Any number of records with the same schema, exam popularity skewed Zipf-like; streamed. */
    SCALED
}
