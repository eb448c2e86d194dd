package io.github.batchlayer.job.spark;

import java.util.Map;

/** What landing one batch produced: its committed manifest and the quarantine count per reason. */
public record LandedBatch(Manifest manifest, Map<String, Long> quarantineReasons) {
}
