package io.github.batchlayer.verify.expect;

import io.github.batchlayer.dataset.DatasetException;
import io.github.batchlayer.verify.Check;
import io.github.batchlayer.verify.CheckNames;
import io.github.batchlayer.verify.MapDiff;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Did every record arrive, once?" answered like an account: every message published is either a committed raw
 * row or a quarantined message; and, counted by a field, per value, the source's count is the raw count plus the
 * quarantined count. A record lost, doubled, or landed with another value shows as a difference.
 */
public final class SourceReconciliation {
    private static final String NULL_LABEL = "(null)";

    private SourceReconciliation() {
    }

    /**
     * @param published   the successful publishes
     * @param rawRows     committed raw rows, or null when no job reported them
     * @param quarantined quarantined messages over all ingest batches
     * @param countBy     the field path to reconcile per value, or null
     * @param landed      the job's counts by that path, or null when it reported none
     */
    public static List<Check> check(List<PublishedFile> published, Long rawRows, long quarantined, String countBy,
                                    LandedCounts landed) {
        List<Check> checks = new ArrayList<>();
        if (!published.isEmpty()) {
            checks.add(records(published, rawRows, quarantined));
        }
        if (countBy != null) {
            checks.add(countsBy(published, countBy, landed));
        }
        return checks;
    }

    private static Check records(List<PublishedFile> published, Long rawRows, long quarantined) {
        long sent = published.stream().mapToLong(PublishedFile::records).sum();
        if (rawRows == null) {
            return Check.fail(CheckNames.RAW_ROWS, sent + " rows (records published)",
                    "no row count: neither summarize rawRows nor an ingest committedRows was recorded");
        }
        // without a quarantine the account is the plain row count, as the check has always shown it
        String actual = quarantined == 0 ? Long.toString(rawRows)
                : rawRows + " raw + " + quarantined + " quarantined = " + (rawRows + quarantined);
        return new Check(CheckNames.RAW_ROWS, Long.toString(sent), actual, rawRows + quarantined == sent);
    }

    private static Check countsBy(List<PublishedFile> published, String path, LandedCounts landed) {
        String name = ExpectCheckNames.countsBy(path);
        String expected = "per value of " + path + ": source = raw + quarantined";
        if (published.isEmpty()) {
            return Check.fail(name, expected, "no successful publish in the journal: nothing to count");
        }
        if (landed == null) {
            return Check.fail(name, expected, "summarize recorded no counts by " + path
                    + ": give summarize the same countBy (-Dbatch-layer.countBy=" + path + ")");
        }
        if (!landed.path().equals(path)) {
            return Check.fail(name, expected, "summarize counted by " + landed.path() + ", not " + path);
        }
        Map<String, Long> source;
        try {
            source = SourceValueCounts.read(published, path);
        } catch (DatasetException | UncheckedIOException e) {
            return Check.fail(name, expected, "cannot read the source: " + e.getMessage());
        }
        MapDiff diff = MapDiff.of(source, landed.total(), value -> value == null ? NULL_LABEL : value);
        return new Check(name, source.size() + " values of " + path + ", source = raw + quarantined",
                landed.total().size() + " values; " + diff.describe("value(s)"), diff.isEmpty());
    }
}
