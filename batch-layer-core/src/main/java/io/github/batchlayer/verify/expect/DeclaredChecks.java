package io.github.batchlayer.verify.expect;

import java.nio.file.Path;
import java.util.List;

/**
 * The checks a consumer declares on top of the built-in ones: expectations per view, golden CSVs, and the field
 * the source reconciliation counts by.
 *
 * @param expectations      per-view expectations, in pom order
 * @param expectedDirectory where golden CSVs ({@code <view>.csv}) live; null or absent: none
 * @param countBy           dotted field path whose per-value counts are reconciled, or null
 */
public record DeclaredChecks(List<ViewExpectation> expectations, Path expectedDirectory, String countBy) {

    public DeclaredChecks {
        expectations = expectations == null ? List.of() : List.copyOf(expectations);
        countBy = countBy == null || countBy.isBlank() ? null : countBy.trim();
    }

    public static DeclaredChecks none() {
        return new DeclaredChecks(List.of(), null, null);
    }
}
