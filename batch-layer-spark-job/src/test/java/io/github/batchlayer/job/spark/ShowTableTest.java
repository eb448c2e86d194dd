package io.github.batchlayer.job.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout alone, on hand-written cells: what Spark's show() prints for the same cells. */
class ShowTableTest {

    @Test
    void wholeCellsLeftAlignedWhenNotTruncated() {
        String table = ShowTable.render(List.of("base_exam_id", "exam_name"),
                List.of(List.of("37f0a30a", "Normal Forms and All That Jazz Master Class"),
                        List.of("b", "Learning Git")), 0, false);
        assertEquals("""
                +------------+-------------------------------------------+
                |base_exam_id|exam_name                                  |
                +------------+-------------------------------------------+
                |37f0a30a    |Normal Forms and All That Jazz Master Class|
                |b           |Learning Git                               |
                +------------+-------------------------------------------+
                """, table);
    }

    @Test
    void truncatedCellsAreCutWithAnEllipsisAndRightAligned() {
        String table = ShowTable.render(List.of("exam_name", "n"),
                List.of(List.of("Normal Forms and All That Jazz Master Class", "1")), 20, false);
        assertEquals("""
                +--------------------+---+
                |           exam_name|  n|
                +--------------------+---+
                |Normal Forms and ...|  1|
                +--------------------+---+
                """, table);
    }

    @Test
    void aNarrowTruncateCutsWithoutEllipsis() {
        assertEquals("abc", ShowTable.cell("abcdef", 3));
        assertEquals("a...", ShowTable.cell("abcdefgh", 4));
        assertEquals("abc", ShowTable.cell("abc", 3));
    }

    @Test
    void saysWhenThereWereMoreRows() {
        String one = ShowTable.render(List.of("a"), List.of(List.of("1")), 0, true);
        assertEquals("+---+\n|a  |\n+---+\n|1  |\n+---+\nonly showing top 1 row\n", one);
        String two = ShowTable.render(List.of("a"), List.of(List.of("1"), List.of("2")), 0, true);
        assertEquals("only showing top 2 rows", two.lines().reduce((x, y) -> y).orElseThrow());
    }

    @Test
    void anEmptyResultIsAHeaderBetweenRules() {
        assertEquals("+---+-----+\n|a  |bcdef|\n+---+-----+\n+---+-----+\n",
                ShowTable.render(List.of("a", "bcdef"), List.of(), 0, false));
    }

    @Test
    void controlCharactersAreEscapedSoALineStaysALine() {
        String table = ShowTable.render(List.of("v"), List.of(List.of("a\nb\tc")), 0, false);
        assertEquals("|a\\nb\\tc|", table.lines().toList().get(3));
    }

    @Test
    void wideCharactersTakeTwoColumns() {
        String table = ShowTable.render(List.of("name"), List.of(List.of("日本"), List.of("abcde")), 0, false);
        assertEquals(List.of("+-----+", "|name |", "+-----+", "|日本 |", "|abcde|", "+-----+"),
                table.lines().toList());
    }

    @Test
    void theHeaderIsNeverCut() {
        String table = ShowTable.render(List.of("a_long_column_name"), List.of(List.of("x")), 5, false);
        assertEquals("|a_long_column_name|", table.lines().toList().get(1));
    }

    @Test
    void aRowOfTheWrongWidthIsABug() {
        assertThrows(IllegalArgumentException.class,
                () -> ShowTable.render(List.of("a", "b"), List.of(List.of("1")), 0, false));
    }
}
