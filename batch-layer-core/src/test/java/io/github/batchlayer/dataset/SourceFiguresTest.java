package io.github.batchlayer.dataset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceFiguresTest {
    @TempDir
    Path dir;

    private static String rec(String keen, String exam, String questions, boolean counts) {
        return "{\"keen_id\":\"" + keen + "\",\"sequences\":{\"questions\":[" + questions + "]"
                + (counts ? ",\"counts\":{\"total\":1}" : "") + "},\"exam_name\":\"" + exam + "\"}";
    }

    @Test
    void computesTheSeedFigures() throws IOException {
        String q1t = "{\"id\":\"q1\",\"user_correct\":true}";
        String q1f = "{\"id\":\"q1\",\"user_correct\":false}";
        String q2m = "{\"id\":\"q2\"}";
        Path f = Files.writeString(dir.resolve("f.json"), "[" + String.join(",\n",
                rec("k1", "B", q1t + "," + q2m, true),
                rec("k2", "B", q1f, true),
                rec("k2", "B", q1f, true),
                rec("k3", "A", q1t, false),
                rec("k4", "C", "", true)) + "]");
        SourceFigures all = SourceFigures.read(f, Slice.all(), 0);
        assertEquals(5, all.records());
        assertEquals(3, all.distinctExams());
        assertEquals(List.of(new ExamCount("B", 3), new ExamCount("A", 1), new ExamCount("C", 1)), all.topExams());
        assertEquals(5, all.questionPairs());
        assertEquals(4, all.distinctKeenIds());
        assertEquals(1, all.recordsWithoutCounts());
        assertEquals(1L, all.summaryCounts().get(new SummaryKey("B", "q1", true)));
        assertEquals(2L, all.summaryCounts().get(new SummaryKey("B", "q1", false)));
        assertEquals(1L, all.summaryCounts().get(new SummaryKey("B", "q2", false)), "missing user_correct is false");
        assertEquals(List.of(new ExamCount("B", 3)), SourceFigures.read(f, Slice.all(), 1).topExams());

        SourceFigures slice = SourceFigures.read(f, Slice.parse("[3:5)"), 0);
        assertEquals(2, slice.records());
        assertEquals(1, slice.questionPairs());
    }
}
