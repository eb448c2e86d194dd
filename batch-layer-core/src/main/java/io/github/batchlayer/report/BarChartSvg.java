package io.github.batchlayer.report;

import io.github.batchlayer.dataset.ExamCount;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG: one bar per row, scaled to the largest value, label on the left and
 * value at the bar's end. Plain SVG keeps the report a single file that opens anywhere without scripts.
 *
 * <p>The label column is as wide as the longest label needs (estimated from its length; SVG text cannot be
 * measured without a browser), and a label longer than {@link #WRAP_CHARS} characters wraps onto more lines at
 * word boundaries, so no label runs off the left edge. The chart scales down with the page ({@code viewBox}).
 */
public final class BarChartSvg {
    static final int BAR_AREA = 420;
    static final int ROW_HEIGHT = 24;
    static final int BAR_HEIGHT = 16;
    static final int WRAP_CHARS = 40;
    // a generous average advance of 12 px sans-serif text: labels get a little more room than they need
    static final double CHAR_WIDTH = 7.2;
    static final int LINE_HEIGHT = 14;
    private static final int GAP = 8;

    /** One bar: what names it, how long it is, and the value as shown. */
    public record Bar(String label, double value, String valueText) {
    }

    private BarChartSvg() {
    }

    public static String render(List<ExamCount> exams, String title) {
        List<Bar> bars = exams.stream().map(e -> new Bar(e.examName(), e.total(), Long.toString(e.total()))).toList();
        return render(bars, title, "no exam above the threshold");
    }

    public static String render(List<Bar> bars, String title, String whenEmpty) {
        List<List<String>> labels = bars.stream().map(b -> wrap(String.valueOf(b.label()))).toList();
        int longest = labels.stream().flatMap(List::stream).mapToInt(String::length).max().orElse(0);
        int labelWidth = (int) Math.ceil(longest * CHAR_WIDTH) + GAP * 2;
        int valueWidth = (int) Math.ceil(bars.stream().mapToInt(b -> b.valueText().length()).max().orElse(1)
                * CHAR_WIDTH) + GAP;
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int width = labelWidth + BAR_AREA + valueWidth;
        int height = 10;
        for (List<String> lines : labels) {
            height += rowHeight(lines);
        }
        height = Math.max(height, ROW_HEIGHT + 10);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">%n", width, height, width, height,
                Html.escape(title)));
        svg.append("<title>").append(Html.escape(title)).append("</title>\n");
        if (bars.isEmpty()) {
            svg.append("<text x=\"0\" y=\"18\" font-size=\"13\">").append(Html.escape(whenEmpty)).append("</text>\n");
        }
        int y = 5;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            List<String> lines = labels.get(i);
            int rowHeight = rowHeight(lines);
            int barY = y + (rowHeight - ROW_HEIGHT) / 2;
            // a bar of at least one pixel so a small but non-zero value stays visible
            long length = max <= 0 || bar.value() <= 0 ? 0
                    : Math.max(1, Math.round(bar.value() * BAR_AREA / max));
            label(svg, lines, labelWidth - GAP, y + (rowHeight - lines.size() * LINE_HEIGHT) / 2 + LINE_HEIGHT - 3);
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#4a7ab8\"/>", labelWidth, barY, length,
                    BAR_HEIGHT));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>%n",
                    labelWidth + length + 4, barY + BAR_HEIGHT - 3, Html.escape(bar.valueText())));
            y += rowHeight;
        }
        return svg.append("</svg>\n").toString();
    }

    private static int rowHeight(List<String> lines) {
        return Math.max(ROW_HEIGHT, lines.size() * LINE_HEIGHT + 8);
    }

    private static void label(StringBuilder svg, List<String> lines, int x, int firstBaseline) {
        String start = String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">", x,
                firstBaseline);
        if (lines.size() == 1) {
            svg.append(start).append(Html.escape(lines.get(0))).append("</text>");
            return;
        }
        svg.append(start);
        for (int i = 0; i < lines.size(); i++) {
            svg.append(String.format(Locale.ROOT, "<tspan x=\"%d\" dy=\"%d\">", x, i == 0 ? 0 : LINE_HEIGHT))
                    .append(Html.escape(lines.get(i))).append("</tspan>");
        }
        svg.append("</text>");
    }

    /** Lines of at most WRAP_CHARS characters, broken at spaces; a longer word is cut. */
    static List<String> wrap(String label) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.split(" ", -1)) {
            while (word.length() > WRAP_CHARS) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, WRAP_CHARS));
                word = word.substring(WRAP_CHARS);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > WRAP_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
