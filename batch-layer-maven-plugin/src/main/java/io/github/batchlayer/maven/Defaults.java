package io.github.batchlayer.maven;

import io.github.batchlayer.kafka.TopicSpec;

/**
 * The defaults that more than one goal relies on, each spelled once: the {@code defaultValue} of every
 * {@code @Parameter} that declares one of them, so a default cannot differ between two goals.
 */
final class Defaults {

    static final String WORK_DIR = "${project.build.directory}/batch-layer";
    /** What the generate goal writes and the publish goal reads. */
    static final String DATASET = WORK_DIR + "/data/assessments.json";

    /** The seed's topic and its {@code max.message.bytes} (which a consumer's fetch size must match). */
    static final String TOPIC = TopicSpec.SEED_TOPIC;
    static final String MAX_MESSAGE_BYTES = TopicSpec.SEED_MAX_MESSAGE_BYTES;

    /** Where ingest lands raw rows and quarantined messages, where summarize reads and the external probe writes. */
    static final String RAW_PATH = "/tmp/raw_assessments";
    static final String QUARANTINE_PATH = "/tmp/raw_assessments_quarantine";

    /** Heap of a Spark driver: the job's and the external launcher's probe's. */
    static final String DRIVER_MEMORY = "1g";

    /** An exam is a top exam with more than this many assessments (the seed's 100): summarize and verify. */
    static final String MIN_ASSESSMENTS = "100";

    private Defaults() {
    }
}
