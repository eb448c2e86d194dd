package io.github.batchlayer.maven;

import io.github.batchlayer.verify.expect.ViewExpectation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code <expectation>} of the verify goal's {@code <expectations>}: what one batch view must hold. Maven
 * fills the fields from the pom; every field but {@code view} is optional.
 */
public class Expectation {
    /** The view's name: its SQL file's base name without the order prefix (01_daily_totals.sql: daily_totals). */
    String view;
    /** Exact row count. */
    Long rows;
    /** Least row count. */
    Long minRows;
    /** Greatest row count. */
    Long maxRows;
    /** Comma-separated columns that must hold no null. */
    String notNull;
    /** Comma-separated columns whose value combinations must not repeat; several sets separated by ';'. */
    String unique;
    /** Column name to the comma-separated values it may hold, e.g. {@code <status>ok,late</status>}. */
    Map<String, String> acceptedValues = new LinkedHashMap<>();
    /** Column name to its least value, e.g. {@code <total>0</total>}. */
    Map<String, String> min = new LinkedHashMap<>();
    /** Column name to its greatest value. */
    Map<String, String> max = new LinkedHashMap<>();
    /** Compare the golden CSV in order (true) or as a multiset (false); default: in order when the SQL has ORDER BY. */
    Boolean ordered;
    /** The report's bar chart: {@code label,value} columns; default: the first two when the second is numeric. */
    String chart;

    /** The typed expectation; an unreadable value is an IllegalArgumentException naming the view and the field. */
    ViewExpectation toExpectation() {
        if (view == null || view.isBlank()) {
            throw new IllegalArgumentException("an <expectation> has no <view>");
        }
        List<List<String>> uniqueSets = new ArrayList<>();
        if (unique != null) {
            for (String set : unique.split(";")) {
                List<String> columns = columns(set);
                if (!columns.isEmpty()) {
                    uniqueSets.add(columns);
                }
            }
        }
        Map<String, List<String>> accepted = new LinkedHashMap<>();
        acceptedValues.forEach((column, values) -> accepted.put(column, columns(values)));
        ViewExpectation.ChartColumns chartColumns = null;
        if (chart != null && !chart.isBlank()) {
            List<String> parts = columns(chart);
            if (parts.size() != 2) {
                throw new IllegalArgumentException("expectation for view " + view + ": <chart> names two columns,"
                        + " label,value; got '" + chart + "'");
            }
            chartColumns = new ViewExpectation.ChartColumns(parts.get(0), parts.get(1));
        }
        return new ViewExpectation(view.trim(), rows, minRows, maxRows, columns(notNull), uniqueSets, accepted,
                numbers("min", min), numbers("max", max), ordered, chartColumns);
    }

    private Map<String, BigDecimal> numbers(String field, Map<String, String> values) {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        values.forEach((column, value) -> {
            try {
                numbers.put(column, new BigDecimal(value.trim()));
            } catch (NumberFormatException | NullPointerException e) {
                throw new IllegalArgumentException("expectation for view " + view + ": <" + field + "><" + column
                        + "> must be a number, got '" + value + "'");
            }
        });
        return numbers;
    }

    private static List<String> columns(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
