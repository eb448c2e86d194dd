package io.github.batchlayer.report;

import io.github.batchlayer.dataset.ExamCount;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BarChartSvgTest {
    @Test
    void barsAreScaledToTheLargestTotal() {
        String svg = BarChartSvg.render(List.of(new ExamCount("Learning Git", 394),
                new ExamCount("Introduction to Python", 197), new ExamCount("Tiny", 0)), "top <exams>");
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(svg.contains("width=\"" + BarChartSvg.BAR_AREA + "\" height=\"" + BarChartSvg.BAR_HEIGHT + "\""));
        assertTrue(svg.contains("width=\"" + BarChartSvg.BAR_AREA / 2 + "\" height=\""));
        assertTrue(svg.contains(">394</text>") && svg.contains(">Learning Git</text>"));
        assertTrue(svg.contains("<title>top &lt;exams&gt;</title>"));
        assertEquals(3, svg.split("<rect ").length - 1);
    }

    @Test
    void anEmptyChartSaysSo() {
        assertTrue(BarChartSvg.render(List.of(), "t").contains("no exam above the threshold"));
    }
}
