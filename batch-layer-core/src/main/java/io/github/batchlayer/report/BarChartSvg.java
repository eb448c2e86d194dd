package io.github.batchlayer.report;

import io.github.batchlayer.dataset.ExamCount;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG: one bar per exam, scaled to the largest total, label on the left and
 * value at the bar's end. Plain SVG keeps the report a single file that opens anywhere without scripts.
 */
public final class BarChartSvg {
    static final int LABEL_WIDTH = 380;
    static final int BAR_AREA = 420;
    static final int ROW_HEIGHT = 24;
    static final int BAR_HEIGHT = 16;

    private BarChartSvg() {
    }

    public static String render(List<ExamCount> exams, String title) {
        long max = exams.stream().mapToLong(ExamCount::total).max().orElse(0);
        int width = LABEL_WIDTH + BAR_AREA + 60;
        int height = Math.max(1, exams.size()) * ROW_HEIGHT + 10;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">%n", width, height, width, height,
                Html.escape(title)));
        svg.append("<title>").append(Html.escape(title)).append("</title>\n");
        if (exams.isEmpty()) {
            svg.append("<text x=\"0\" y=\"18\" font-size=\"13\">no exam above the threshold</text>\n");
        }
        for (int i = 0; i < exams.size(); i++) {
            ExamCount exam = exams.get(i);
            int y = i * ROW_HEIGHT + 5;
            // a bar of at least one pixel so a small but non-zero total stays visible
            long length = max == 0 ? 0 : Math.max(exam.total() > 0 ? 1 : 0, Math.round(exam.total() * (double) BAR_AREA / max));
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">%s</text>", LABEL_WIDTH - 8,
                    y + BAR_HEIGHT - 3, Html.escape(exam.examName())));
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#4a7ab8\"/>", LABEL_WIDTH, y, length,
                    BAR_HEIGHT));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\">%d</text>%n",
                    LABEL_WIDTH + length + 4, y + BAR_HEIGHT - 3, exam.total()));
        }
        return svg.append("</svg>\n").toString();
    }
}
