package io.github.batchlayer.verify;

/**
 * Quarantined messages are kept, never dropped silently, and the build says so: more than the allowed number
 * fails, naming where they are and why they were set aside.
 */
final class QuarantineCheck {
    private QuarantineCheck() {
    }

    static Check check(IngestHistory ingest, long maxQuarantined) {
        long quarantined = ingest.totalQuarantined();
        String expected = "at most " + maxQuarantined + " quarantined";
        if (quarantined <= maxQuarantined) {
            return Check.pass(CheckNames.QUARANTINED, expected, quarantined + " quarantined");
        }
        return Check.fail(CheckNames.QUARANTINED, expected, quarantined
                + " message(s) in the quarantine output (raw records that did not parse, kept with offset and"
                + " reason); reasons: " + String.join("; ", ingest.quarantineReasons()));
    }
}
