package io.github.batchlayer.job.spark;

import java.util.Map;

/**
 * What landing one batch produced: its committed manifest, the quarantine count per reason, and per name the
 * top-level fields of landed messages that the schema does not name (dropped from the rows).
 */
public record LandedBatch(Manifest manifest, Map<String, Long> quarantineReasons, Map<String, Long> unknownFields) {
    public LandedBatch(Manifest manifest, Map<String, Long> quarantineReasons) {
        this(manifest, quarantineReasons, Map.of());
    }
}
