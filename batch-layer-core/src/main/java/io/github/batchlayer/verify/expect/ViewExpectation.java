package io.github.batchlayer.verify.expect;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the consumer expects of one batch view, as declared in the pom. Every part is optional; an unset part adds
 * no check. Several expectations may name the same view; all of them apply.
 *
 * @param view           the view's name (its SQL file's base name without an order prefix)
 * @param rows           exact row count, or null
 * @param minRows        least row count, or null
 * @param maxRows        greatest row count, or null
 * @param notNull        columns that must hold no null (an empty CSV field)
 * @param unique         column sets whose value combinations must not repeat
 * @param acceptedValues column to the values it may hold (nulls are left to {@code notNull})
 * @param min            column to its least value, numeric
 * @param max            column to its greatest value, numeric
 * @param ordered        compare the golden CSV in order (true), as a multiset (false), or as the view's SQL says
 *                       (null: in order when the SELECT has a top-level ORDER BY)
 * @param chart          the report's bar chart for this view, or null for the default choice
 */
public record ViewExpectation(String view, Long rows, Long minRows, Long maxRows, List<String> notNull,
                              List<List<String>> unique, Map<String, List<String>> acceptedValues,
                              Map<String, BigDecimal> min, Map<String, BigDecimal> max, Boolean ordered,
                              ChartColumns chart) {

    public ViewExpectation {
        Objects.requireNonNull(view, "view");
        if (view.isBlank()) {
            throw new IllegalArgumentException("an expectation needs a <view>");
        }
        notNull = notNull == null ? List.of() : List.copyOf(notNull);
        unique = unique == null ? List.of() : unique.stream().map(List::copyOf).toList();
        acceptedValues = acceptedValues == null ? Map.of() : copy(acceptedValues);
        min = min == null ? Map.of() : copy(min);
        max = max == null ? Map.of() : copy(max);
    }

    /** Only the view's name: its golden file (if any) and nothing else is checked. */
    public static ViewExpectation of(String view) {
        return new ViewExpectation(view, null, null, null, null, null, null, null, null, null, null);
    }

    private static <V> Map<String, V> copy(Map<String, V> map) {
        // keeps the pom's order: checks are listed as declared
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * The two columns of a bar chart.
     *
     * @param label the column whose values name the bars
     * @param value the numeric column the bars measure
     */
    public record ChartColumns(String label, String value) {
        public ChartColumns {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }
}
