package io.github.batchlayer.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.batchlayer.job.contract.ResultCodec;
import io.github.batchlayer.job.contract.SummarizeArgs;
import io.github.batchlayer.job.contract.SummarizeResult;
import io.github.batchlayer.job.contract.ViewResult;
import io.github.batchlayer.verify.Check;
import io.github.batchlayer.verify.VerifyResult;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The pom shape of {@code <expectations>} reaches the checks, and the JUnit report lands where asked. */
@MojoTest
class VerifyExpectationsMojoTest {

    @TempDir
    Path temp;

    @Test
    @InjectMojo(goal = "verify", pom = "src/test/resources/verify-expectations/pom.xml")
    void expectationsFromThePomAreChecked(VerifyMojo mojo) throws Exception {
        Path work = temp.resolve("batch-layer");
        Files.createDirectories(work.resolve("views"));
        Files.createDirectories(work.resolve("results"));
        Files.writeString(work.resolve("views/daily_totals.csv"),
                "day,total,status\n2024-01-01,4,ok\n2024-01-02,12,lost\n");
        // a consumer's own data: views, no exam figures, written as the job writes it
        ResultCodec.write(work.resolve("results/summarize.json"), SummarizeArgs.COMMAND, new SummarizeResult(2, null,
                Map.of(), List.of(), null, null, null, List.of(new ViewResult("daily_totals",
                "src/batch-layer/views/01_daily_totals.sql", 2, List.of("day", "total", "status"), false,
                "/tmp/batch_views/daily_totals", "views/daily_totals.csv")), null, 1.0));
        mojo.workDir = work.toFile();
        MojoTesting.set(mojo, "expectedDirectory", temp.resolve("expected").toFile());
        MojoTesting.set(mojo, "junitReportDirectory", temp.resolve("failsafe-reports").toFile());
        MojoTesting.execution(mojo, "check");
        MojoTesting.capture(mojo);
        mojo.execute();

        Map<String, Check> checks = VerifyResult.read(work.resolve("verify.json")).checks().stream()
                .collect(Collectors.toMap(Check::name, c -> c));
        assertTrue(checks.get("view:daily_totals:rows").passed());
        assertTrue(checks.get("view:daily_totals:not-null:total").passed(), "columns are trimmed");
        assertTrue(checks.get("view:daily_totals:unique:day").passed());
        assertTrue(checks.get("view:daily_totals:unique:day,total").passed());
        assertEquals("1 of 2 rows do not: row 2 'lost'",
                checks.get("view:daily_totals:accepted-values:status").actual());
        assertFalse(checks.get("view:daily_totals:max:total").passed());
        assertTrue(checks.get("view:daily_totals:min:total").passed());
        assertFalse(checks.get("view:no_such_view").passed());
        assertTrue(Files.readString(temp.resolve("failsafe-reports/TEST-batch-layer.xml"))
                .contains("<testcase name=\"view:no_such_view\""));
        assertTrue(Files.readString(work.resolve("report.html")).contains("total by day (daily_totals)"),
                "the chart the pom names");
    }
}
