package io.github.batchlayer.report;

import io.github.batchlayer.pipeline.JournalEntry;

import java.util.List;
import java.util.Locale;

/**
 * The goals of a run on one time axis, from the journal (each entry's end time and duration): where the build's
 * time went, and which goal failed or was skipped, at a glance.
 */
final class TimelineSvg {
    static final int AXIS = 480;
    static final int ROW = 20;
    private static final int GAP = 8;

    private TimelineSvg() {
    }

    static String render(List<JournalEntry> entries) {
        long start = entries.stream().mapToLong(TimelineSvg::startMillis).min().orElse(0);
        long end = entries.stream().mapToLong(JournalEntry::atMillis).max().orElse(0);
        double span = Math.max(1, end - start);
        int labelWidth = (int) Math.ceil(entries.stream().mapToInt(e -> label(e).length()).max().orElse(0)
                * BarChartSvg.CHAR_WIDTH) + 2 * GAP;
        int width = labelWidth + AXIS + 70;
        int height = entries.size() * ROW + 30;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"goal timeline\">%n"
                + "<title>goal timeline</title>%n", width, height, width, height));
        for (int i = 0; i < entries.size(); i++) {
            JournalEntry e = entries.get(i);
            int y = i * ROW + 4;
            int x = labelWidth + (int) Math.round((startMillis(e) - start) * AXIS / span);
            int length = Math.max(1, (int) Math.round(e.seconds() * 1000 * AXIS / span));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">%s"
                    + "</text><rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"14\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\" font-size=\"11\">%.1f s</text>%n", labelWidth - GAP, y + 12,
                    Html.escape(label(e)), e.status().name().toLowerCase(Locale.ROOT), x, y, length, colour(e),
                    x + length + 4, y + 12, e.seconds()));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">0 s</text>"
                + "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%.1f s</text>%n", labelWidth,
                height - 6, labelWidth + AXIS, height - 6, span / 1000));
        return svg.append("</svg>\n").toString();
    }

    private static long startMillis(JournalEntry e) {
        return e.atMillis() - Math.round(e.seconds() * 1000);
    }

    private static String label(JournalEntry e) {
        return e.goal() + " " + e.execution();
    }

    private static String colour(JournalEntry e) {
        return switch (e.status()) {
            case OK -> "#4a7ab8";
            case FAILED -> "#c62828";
            case SKIPPED -> "#9e9e9e";
        };
    }
}
