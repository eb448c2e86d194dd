package io.github.batchlayer.report;

import java.util.List;

/** Renders a header and rows as an HTML table, every cell escaped; an optional class per row marks pass/fail. */
final class HtmlTable {
    private HtmlTable() {
    }

    static String render(List<String> header, List<? extends List<?>> rows, List<String> rowClasses) {
        StringBuilder html = new StringBuilder("<table>\n<thead><tr>");
        for (String h : header) {
            html.append("<th>").append(Html.escape(h)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < rows.size(); i++) {
            String css = rowClasses == null ? null : rowClasses.get(i);
            html.append(css == null ? "<tr>" : "<tr class=\"" + Html.escape(css) + "\">");
            for (Object cell : rows.get(i)) {
                html.append("<td>").append(Html.escape(cell)).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }
}
