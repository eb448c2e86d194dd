package io.github.batchlayer.report;

import io.github.batchlayer.verify.CsvTable;
import io.github.batchlayer.verify.expect.CellValue;
import io.github.batchlayer.verify.expect.LandedView;
import io.github.batchlayer.verify.expect.ViewExpectation.ChartColumns;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report's part for the batch views: per view its row count, its first rows and, when it has a label and a
 * number, a bar chart. A view charts by default when its second column holds only numbers (the first column
 * names the bars); the pom can name the two columns instead.
 */
final class ViewsSection {
    static final int SAMPLE_ROWS = 10;
    static final int CHART_BARS = 30;

    private ViewsSection() {
    }

    static void render(StringBuilder html, List<LandedView> views, Map<String, ChartColumns> charts) {
        html.append("<h2>Batch views</h2>\n");
        if (views.isEmpty()) {
            html.append("<p>summarize landed no view.</p>\n");
        }
        for (LandedView view : views) {
            html.append("<section class=\"view\" id=\"view-").append(Html.escape(view.name())).append("\">\n<h3>")
                    .append(Html.escape(view.name())).append("</h3>\n<p>").append(view.rows()).append(" rows")
                    .append(view.sqlFile() == null ? "" : " from " + Html.escape(view.sqlFile()))
                    .append(view.parquetPath() == null ? "" : ", landed at " + Html.escape(view.parquetPath()))
                    .append("</p>\n");
            if (!Files.isRegularFile(view.csvFile())) {
                html.append("<p>").append(Html.escape(view.csvFile())).append(" is missing.</p>\n</section>\n");
                continue;
            }
            CsvTable table;
            try {
                table = CsvTable.read(view.csvFile());
            } catch (UncheckedIOException e) {
                html.append("<p>").append(Html.escape(e.getMessage())).append("</p>\n</section>\n");
                continue;
            }
            chart(html, view, table, charts.get(view.name()));
            List<List<String>> rows = table.rows().subList(0, Math.min(SAMPLE_ROWS, table.rows().size()));
            html.append("<p>First ").append(rows.size()).append(" of ").append(table.rows().size())
                    .append(" rows of ").append(Html.escape(view.csvFile().getFileName())).append(":</p>\n");
            html.append(HtmlTable.render(table.header(), rows, null)).append("</section>\n");
        }
    }

    private static void chart(StringBuilder html, LandedView view, CsvTable table, ChartColumns declared) {
        int label = declared == null ? 0 : table.column(declared.label());
        int value = declared == null ? 1 : table.column(declared.value());
        if (declared != null && (label < 0 || value < 0)) {
            html.append("<p>No chart: the view has no column ").append(Html.escape(label < 0 ? declared.label()
                    : declared.value())).append(" (its columns are ").append(Html.escape(table.header()))
                    .append(").</p>\n");
            return;
        }
        if (table.header().size() < 2 || table.rows().isEmpty() || !numeric(table, value)) {
            return;
        }
        List<BarChartSvg.Bar> bars = new ArrayList<>();
        for (List<String> row : table.rows().subList(0, Math.min(CHART_BARS, table.rows().size()))) {
            String text = value < row.size() ? row.get(value) : "";
            BigDecimal n = CellValue.number(text);
            bars.add(new BarChartSvg.Bar(label < row.size() ? row.get(label) : "", n == null ? 0 : n.doubleValue(),
                    text));
        }
        String title = table.header().get(value) + " by " + table.header().get(label) + " (" + view.name() + ")";
        html.append("<div class=\"chart\">").append(BarChartSvg.render(bars, title, "no rows")).append("</div>\n");
        if (table.rows().size() > CHART_BARS) {
            html.append("<p>The chart shows the first ").append(CHART_BARS).append(" of ").append(table.rows().size())
                    .append(" rows.</p>\n");
        }
    }

    private static boolean numeric(CsvTable table, int column) {
        return table.rows().stream().allMatch(r -> column < r.size()
                && (CellValue.isNull(r.get(column)) || CellValue.number(r.get(column)) != null));
    }
}
