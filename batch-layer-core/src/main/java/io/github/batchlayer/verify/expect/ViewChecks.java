package io.github.batchlayer.verify.expect;

import io.github.batchlayer.verify.Check;
import io.github.batchlayer.verify.CsvTable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Judges the declared expectations and golden CSVs against the views summarize landed. A view named in the pom
 * or by a golden file that did not land is a failed check, never a silent pass; so is a column that the view
 * does not have.
 */
public final class ViewChecks {
    static final int SAMPLE = 5;
    private static final String GOLDEN_SUFFIX = ".csv";

    private ViewChecks() {
    }

    /**
     * @param views    the views the job reported, or null when its result holds no view list
     * @param declared the pom's expectations and the golden directory
     */
    public static List<Check> check(List<LandedView> views, DeclaredChecks declared) {
        Map<String, Path> golden = goldenFiles(declared.expectedDirectory());
        Map<String, List<ViewExpectation>> byView = new LinkedHashMap<>();
        declared.expectations().forEach(e -> byView.computeIfAbsent(e.view(), v -> new ArrayList<>()).add(e));
        golden.keySet().forEach(v -> byView.computeIfAbsent(v, x -> new ArrayList<>()));
        List<Check> checks = new ArrayList<>();
        if (byView.isEmpty()) {
            return checks;
        }
        Map<String, LandedView> landed = new LinkedHashMap<>();
        if (views != null) {
            views.forEach(v -> landed.put(v.name(), v));
        }
        byView.forEach((name, expectations) -> {
            LandedView view = landed.get(name);
            if (view == null) {
                String source = expectations.isEmpty() ? ExpectCheckNames.orphanGolden(golden.get(name)
                        .getFileName().toString()) : ExpectCheckNames.view(name);
                checks.add(Check.fail(source, "a view named " + name, missing(name, views, golden.get(name))));
                return;
            }
            CsvTable table;
            try {
                table = CsvTable.read(view.csvFile());
            } catch (UncheckedIOException e) {
                checks.add(Check.fail(ExpectCheckNames.view(name), "its CSV " + view.csvFile(),
                        "cannot read " + view.csvFile() + ": " + e.getCause().getMessage()));
                return;
            }
            for (ViewExpectation e : expectations) {
                checks.addAll(expectationChecks(view, table, e));
            }
            if (golden.containsKey(name)) {
                checks.add(golden(view, table, golden.get(name), expectations));
            }
        });
        return checks;
    }

    private static String missing(String name, List<LandedView> views, Path goldenFile) {
        String why = views == null ? "summarize recorded no views (its result has no view list): did it run the"
                + " SQL files of the views directory?"
                : "no view " + name + " landed; the views are " + views.stream().map(LandedView::name).toList();
        return goldenFile == null ? why : why + " (golden file " + goldenFile + ")";
    }

    private static Map<String, Path> goldenFiles(Path dir) {
        Map<String, Path> files = new LinkedHashMap<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(p -> p.getFileName().toString().endsWith(GOLDEN_SUFFIX) && Files.isRegularFile(p)).sorted()
                    .forEach(p -> {
                        String file = p.getFileName().toString();
                        files.put(file.substring(0, file.length() - GOLDEN_SUFFIX.length()), p);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return files;
    }

    private static Check golden(LandedView view, CsvTable table, Path file, List<ViewExpectation> expectations) {
        Boolean declared = expectations.stream().map(ViewExpectation::ordered).filter(o -> o != null)
                .findFirst().orElse(null);
        boolean ordered = declared != null ? declared : view.ordered();
        String name = ExpectCheckNames.view(view.name(), "golden");
        try {
            return GoldenCsv.compare(name, file.toString(), CsvTable.read(file), table, ordered);
        } catch (UncheckedIOException e) {
            return Check.fail(name, "rows as in " + file, "cannot read " + file + ": " + e.getCause().getMessage());
        }
    }

    private static List<Check> expectationChecks(LandedView view, CsvTable table, ViewExpectation e) {
        List<Check> checks = new ArrayList<>();
        String v = view.name();
        if (e.rows() != null || e.minRows() != null || e.maxRows() != null) {
            checks.add(rows(v, table.rows().size(), e));
        }
        for (String column : e.notNull()) {
            checks.add(columnCheck(v, "not-null", column, table, "no null", ViewChecks::notNull));
        }
        for (List<String> columns : e.unique()) {
            checks.add(unique(v, columns, table));
        }
        e.acceptedValues().forEach((column, values) -> checks.add(columnCheck(v, "accepted-values", column, table,
                "only " + values, (index, rows) -> accepted(index, rows, values))));
        e.min().forEach((column, min) -> checks.add(columnCheck(v, "min", column, table,
                "numbers >= " + min.toPlainString(), (index, rows) -> bound(index, rows, min, true))));
        e.max().forEach((column, max) -> checks.add(columnCheck(v, "max", column, table,
                "numbers <= " + max.toPlainString(), (index, rows) -> bound(index, rows, max, false))));
        return checks;
    }

    private static Check rows(String view, long rows, ViewExpectation e) {
        String name = ExpectCheckNames.view(view, "rows");
        if (e.rows() != null) {
            return Check.equal(name, e.rows(), rows);
        }
        String expected = e.minRows() != null && e.maxRows() != null ? "between " + e.minRows() + " and " + e.maxRows()
                : e.minRows() != null ? "at least " + e.minRows() : "at most " + e.maxRows();
        boolean ok = (e.minRows() == null || rows >= e.minRows()) && (e.maxRows() == null || rows <= e.maxRows());
        return new Check(name, expected + " rows", rows + " rows", ok);
    }

    /** What one column check finds: the rows (0-based) that break it, and how to show one. */
    private interface ColumnRule {
        List<String> offenders(int column, List<List<String>> rows);
    }

    private static Check columnCheck(String view, String kind, String column, CsvTable table, String expected,
                                     ColumnRule rule) {
        String name = ExpectCheckNames.view(view, kind, column);
        int index = table.column(column);
        if (index < 0) {
            return Check.fail(name, expected, "the view has no column " + column + "; its columns are "
                    + table.header());
        }
        List<String> offenders = rule.offenders(index, table.rows());
        if (offenders.isEmpty()) {
            return Check.pass(name, expected, table.rows().size() + " rows, all do");
        }
        return Check.fail(name, expected, offenders.size() + " of " + table.rows().size() + " rows do not: "
                + String.join(", ", offenders.subList(0, Math.min(SAMPLE, offenders.size())))
                + (offenders.size() > SAMPLE ? ", ..." : ""));
    }

    private static List<String> notNull(int column, List<List<String>> rows) {
        List<String> offenders = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (CellValue.isNull(field(rows.get(i), column))) {
                offenders.add("row " + (i + 1) + " " + GoldenCsv.show(rows.get(i)));
            }
        }
        return offenders;
    }

    private static List<String> accepted(int column, List<List<String>> rows, List<String> values) {
        Set<String> allowed = values.stream().map(CellValue::canonical).collect(Collectors.toSet());
        List<String> offenders = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String value = field(rows.get(i), column);
            if (!CellValue.isNull(value) && !allowed.contains(CellValue.canonical(value))) {
                offenders.add("row " + (i + 1) + " '" + value + "'");
            }
        }
        return offenders;
    }

    private static List<String> bound(int column, List<List<String>> rows, BigDecimal limit, boolean lower) {
        List<String> offenders = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String value = field(rows.get(i), column);
            if (CellValue.isNull(value)) {
                continue;
            }
            BigDecimal n = CellValue.number(value);
            if (n == null) {
                offenders.add("row " + (i + 1) + " '" + value + "' (not a number)");
            } else if (lower ? n.compareTo(limit) < 0 : n.compareTo(limit) > 0) {
                offenders.add("row " + (i + 1) + " " + value);
            }
        }
        return offenders;
    }

    private static Check unique(String view, List<String> columns, CsvTable table) {
        String joined = String.join(",", columns);
        String name = ExpectCheckNames.view(view, "unique", joined);
        String expected = "no repeated (" + joined + ")";
        List<Integer> indexes = new ArrayList<>();
        for (String column : columns) {
            int index = table.column(column);
            if (index < 0) {
                return Check.fail(name, expected, "the view has no column " + column + "; its columns are "
                        + table.header());
            }
            indexes.add(index);
        }
        Map<List<String>, Integer> firstRow = new LinkedHashMap<>();
        Set<List<String>> repeated = new HashSet<>();
        List<String> offenders = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> row = table.rows().get(i);
            List<String> key = indexes.stream().map(c -> CellValue.canonical(field(row, c))).toList();
            Integer first = firstRow.putIfAbsent(key, i);
            if (first != null && repeated.add(key)) {
                offenders.add(GoldenCsv.show(key) + " at rows " + (first + 1) + " and " + (i + 1));
            }
        }
        if (offenders.isEmpty()) {
            return Check.pass(name, expected, table.rows().size() + " rows, " + firstRow.size() + " distinct");
        }
        return Check.fail(name, expected, offenders.size() + " value(s) repeat: "
                + String.join("; ", offenders.subList(0, Math.min(SAMPLE, offenders.size())))
                + (offenders.size() > SAMPLE ? "; ..." : ""));
    }

    private static String field(List<String> row, int column) {
        return column < row.size() ? row.get(column) : null;
    }

}
