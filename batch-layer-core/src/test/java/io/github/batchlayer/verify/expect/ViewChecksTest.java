package io.github.batchlayer.verify.expect;

import io.github.batchlayer.verify.Check;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewChecksTest {
    static final String DAILY = "day,device,total,status\n"
            + "2024-01-01,a,10,ok\n"
            + "2024-01-01,b,2.50,late\n"
            + "2024-01-02,a,7,ok\n";

    @TempDir
    Path dir;
    Path workDir;
    Path expected;

    @BeforeEach
    void views() {
        workDir = dir.resolve("target/batch-layer");
        expected = dir.resolve("src/batch-layer/expected");
        new ViewsFixture(workDir).view("daily_totals", false, DAILY)
                .view("top_devices", true, "device,total\na,17\nb,2.5\n");
    }

    private List<Check> check(ViewExpectation... expectations) {
        return ViewChecks.check(JobFigures.views(workDir).orElseThrow(),
                new DeclaredChecks(List.of(expectations), expected, null));
    }

    private static Check named(List<Check> checks, String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + checks));
    }

    private static ViewExpectation daily(Long rows, Long min, Long max, List<String> notNull, List<List<String>> unique,
                                         Map<String, List<String>> accepted, Map<String, BigDecimal> lo,
                                         Map<String, BigDecimal> hi) {
        return new ViewExpectation("daily_totals", rows, min, max, notNull, unique, accepted, lo, hi, null, null);
    }

    @Test
    void expectationsThatHoldPass() {
        List<Check> checks = check(daily(3L, null, null, List.of("day", "total"), List.of(List.of("day", "device")),
                Map.of("status", List.of("ok", "late")), Map.of("total", new BigDecimal("2.5")),
                Map.of("total", new BigDecimal("10"))));
        assertEquals(List.of("view:daily_totals:rows", "view:daily_totals:not-null:day",
                "view:daily_totals:not-null:total", "view:daily_totals:unique:day,device",
                "view:daily_totals:accepted-values:status", "view:daily_totals:min:total",
                "view:daily_totals:max:total"), checks.stream().map(Check::name).toList());
        assertTrue(checks.stream().allMatch(Check::passed), checks::toString);
    }

    @Test
    void eachBrokenExpectationNamesTheRows() {
        List<Check> checks = check(daily(null, 4L, 9L, List.of(), List.of(List.of("day")),
                Map.of("status", List.of("ok")), Map.of("total", new BigDecimal("5")), Map.of()));
        assertEquals("between 4 and 9 rows", named(checks, "view:daily_totals:rows").expected());
        assertFalse(named(checks, "view:daily_totals:rows").passed());
        Check unique = named(checks, "view:daily_totals:unique:day");
        assertFalse(unique.passed());
        assertEquals("1 value(s) repeat: [2024-01-01] at rows 1 and 2", unique.actual());
        Check accepted = named(checks, "view:daily_totals:accepted-values:status");
        assertEquals("1 of 3 rows do not: row 2 'late'", accepted.actual());
        assertEquals("1 of 3 rows do not: row 2 2.50", named(checks, "view:daily_totals:min:total").actual());
    }

    @Test
    void nullsAndUnknownColumnsFail() {
        new ViewsFixture(workDir).view("with_nulls", false, "k,v\nx,\n,1\n");
        List<Check> checks = check(new ViewExpectation("with_nulls", null, null, null, List.of("v", "nope"), null,
                null, null, null, null, null));
        assertEquals("1 of 2 rows do not: row 1 [x, ]", named(checks, "view:with_nulls:not-null:v").actual());
        Check unknown = named(checks, "view:with_nulls:not-null:nope");
        assertFalse(unknown.passed());
        assertEquals("the view has no column nope; its columns are [k, v]", unknown.actual());
    }

    @Test
    void aViewThatDidNotLandFailsNamingTheViewsThatDid() {
        Check missing = check(ViewExpectation.of("daily_total")).get(0);
        assertEquals("view:daily_total", missing.name());
        assertFalse(missing.passed());
        assertTrue(missing.actual().contains("[daily_totals, top_devices]"), missing.actual());
    }

    @Test
    void goldenFilesCompareAsAMultisetWithNumbersNumerically() {
        ViewsFixture.write(expected.resolve("daily_totals.csv"), "day,device,total,status\n"
                + "2024-01-02,a,7.0,ok\n2024-01-01,b,2.5,late\n2024-01-01,a,10,ok\n");
        Check golden = check().get(0);
        assertEquals("view:daily_totals:golden", golden.name());
        assertTrue(golden.passed(), golden.actual());
    }

    @Test
    void aWrongGoldenRowIsListedAsMissingAndTheViewsRowAsExtra() {
        ViewsFixture.write(expected.resolve("daily_totals.csv"), "day,device,total,status\n"
                + "2024-01-01,a,10,ok\n2024-01-01,b,3,late\n2024-01-02,a,7,ok\n");
        Check golden = check().get(0);
        assertFalse(golden.passed());
        assertEquals("3 rows; 1 missing: row 2 [2024-01-01, b, 3, late]; 1 extra: row 2 [2024-01-01, b, 2.50, late]",
                golden.actual());
    }

    @Test
    void anOrderedViewComparesInOrderUnlessThePomSaysOtherwise() {
        ViewsFixture.write(expected.resolve("top_devices.csv"), "device,total\nb,2.5\na,17\n");
        Check golden = check().get(0);
        assertFalse(golden.passed());
        assertEquals("the same rows in another order: row 1 is [a, 17], expected [b, 2.5]", golden.actual());
        ViewExpectation unordered = new ViewExpectation("top_devices", null, null, null, null, null, null, null, null,
                false, null);
        assertTrue(check(unordered).get(0).passed());
    }

    @Test
    void goldenHeadersMustMatchAndAGoldenFileWithoutAViewFails() {
        ViewsFixture.write(expected.resolve("top_devices.csv"), "device,count\na,17\nb,2.5\n");
        ViewsFixture.write(expected.resolve("top_device.csv"), "device,total\n");
        List<Check> checks = check();
        Check orphan = named(checks, "golden:top_device.csv");
        assertFalse(orphan.passed());
        assertTrue(orphan.actual().contains("no view top_device landed"), orphan.actual());
        assertTrue(named(checks, "view:top_devices:golden").actual().startsWith("columns differ"));
    }

    @Test
    void withoutAViewListEveryDeclaredViewFails() {
        List<Check> checks = ViewChecks.check(null, new DeclaredChecks(List.of(ViewExpectation.of("x")), null, null));
        assertFalse(checks.get(0).passed());
        assertTrue(checks.get(0).actual().startsWith("summarize recorded no views"), checks.get(0).actual());
        assertTrue(ViewChecks.check(null, DeclaredChecks.none()).isEmpty(), "nothing declared, nothing checked");
    }
}
