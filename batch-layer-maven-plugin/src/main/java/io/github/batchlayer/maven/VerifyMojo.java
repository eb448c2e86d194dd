package io.github.batchlayer.maven;

import io.github.batchlayer.report.HtmlReport;
import io.github.batchlayer.verify.Check;
import io.github.batchlayer.verify.JUnitReport;
import io.github.batchlayer.verify.VerifyExpectations;
import io.github.batchlayer.verify.VerifyResult;
import io.github.batchlayer.verify.Verifier;
import io.github.batchlayer.verify.expect.DeclaredChecks;
import io.github.batchlayer.verify.expect.ViewExpectation;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Judges the run, like failsafe's verify: recorded goal failures, and the landed figures against an independent
 * streaming read of the published source (record count, distinct exams, per-exam counts, the top-exam table,
 * summary totals and rows), the account of published = raw + quarantined (per value of {@code countBy} too), the
 * quarantine threshold, and the expectations declared in the pom, per batch view and golden CSV. Writes
 * {@code verify.json}, {@code report.html} and a JUnit XML report, then fails the build when any check failed.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends AbstractBatchLayerMojo {

    /** Expected number of raw rows landed (e.g. the seed's 3280). */
    @Parameter(property = "batch-layer.expectedRecords")
    private Long expectedRecords;

    /** Expected number of distinct exams (e.g. the seed's 103). */
    @Parameter(property = "batch-layer.expectedDistinctExams")
    private Integer expectedDistinctExams;

    /**
     * Expected top exams: exam name to number of assessments, as
     * {@code <property><name>Learning Git</name><value>394</value></property>} (names have spaces).
     */
    @Parameter
    private Properties expectedTopExams = new Properties();

    /** How many quarantined messages are tolerated before the build fails. */
    @Parameter(property = "batch-layer.maxQuarantined", defaultValue = "0")
    private long maxQuarantined;

    /** An exam is a top exam with more than this many assessments (as in summarize). */
    @Parameter(property = PropertyNames.MIN_ASSESSMENTS, defaultValue = Defaults.MIN_ASSESSMENTS)
    private int minAssessments;

    /**
     * Expectations per batch view, each checked against the view's CSV
     * ({@code target/batch-layer/views/<view>.csv}):
     * <pre>
     * &lt;expectations&gt;
     *   &lt;expectation&gt;
     *     &lt;view&gt;daily_totals&lt;/view&gt;              the view (SQL file 01_daily_totals.sql), required
     *     &lt;rows&gt;7&lt;/rows&gt;                       exact row count; or &lt;minRows&gt; and/or &lt;maxRows&gt;
     *     &lt;notNull&gt;day,total&lt;/notNull&gt;         columns without nulls (an empty CSV field is null)
     *     &lt;unique&gt;day;device,day&lt;/unique&gt;     column sets (';' between sets) whose values do not repeat
     *     &lt;acceptedValues&gt;&lt;status&gt;ok,late&lt;/status&gt;&lt;/acceptedValues&gt;   allowed values per column
     *     &lt;min&gt;&lt;total&gt;0&lt;/total&gt;&lt;/min&gt;          least value per numeric column
     *     &lt;max&gt;&lt;total&gt;500&lt;/total&gt;&lt;/max&gt;        greatest value per numeric column
     *     &lt;ordered&gt;false&lt;/ordered&gt;             golden CSV order: default in order when the SQL has ORDER BY
     *     &lt;chart&gt;day,total&lt;/chart&gt;             report chart columns (label,value)
     *   &lt;/expectation&gt;
     * &lt;/expectations&gt;
     * </pre>
     * Values compare as text, and numerically when both sides are numbers (1 equals 1.0). A view that did not
     * land, or a column it does not have, fails its check.
     */
    @Parameter
    private List<Expectation> expectations = new ArrayList<>();

    /**
     * Golden CSVs, one per view: {@code <view>.csv} (header row, UTF-8, RFC 4180 quoting) must hold the view's
     * rows as a multiset, or in order when the view's SELECT has a top-level ORDER BY. A file whose view did not
     * land fails the build.
     */
    @Parameter(property = "batch-layer.expectedDirectory",
            defaultValue = "${project.basedir}/src/batch-layer/expected")
    private File expectedDirectory;

    /**
     * A dotted field path (e.g. {@code exam_name}, {@code device.id}) whose per-value counts are reconciled:
     * in the source file (read again with Jackson) = in raw + in quarantine, a message without the value counting
     * under null. Give summarize the same value (it counts the Spark side); set it as a pom property
     * {@code batch-layer.countBy} to reach both goals.
     */
    @Parameter(property = PropertyNames.COUNT_BY)
    private String countBy;

    /**
     * Where the checks are also written as a JUnit XML report ({@code TEST-batch-layer.xml}, one test case per
     * check), next to failsafe's so CI test summaries (Jenkins, GitLab, GitHub) show them.
     */
    @Parameter(property = "batch-layer.junitReportDirectory",
            defaultValue = "${project.build.directory}/failsafe-reports")
    private File junitReportDirectory;

    /** Write the result and report but do not fail the build. */
    @Parameter(property = "batch-layer.testFailureIgnore", defaultValue = "false")
    private boolean testFailureIgnore;

    @Override
    protected void run() throws MojoFailureException {
        Path dir = workDir.toPath();
        LinkedHashMap<String, Long> top = new LinkedHashMap<>();
        for (String exam : new TreeSet<>(expectedTopExams.stringPropertyNames())) {
            String value = expectedTopExams.getProperty(exam);
            try {
                top.put(exam, Long.parseLong(value.trim()));
            } catch (NumberFormatException ex) {
                throw new MojoFailureException("expectedTopExams: '" + value + "' for " + exam + " is not a number");
            }
        }
        DeclaredChecks declared = declaredChecks();
        VerifyResult result = new Verifier().verify(dir, new VerifyExpectations(expectedRecords,
                expectedDistinctExams, top, maxQuarantined, minAssessments), declared);
        Path json = result.write(dir);
        Path report = HtmlReport.write(dir, result, charts(declared));
        Path junit = JUnitReport.write(junitReportDirectory.toPath(), result);
        for (Check check : result.checks()) {
            String line = String.format("%s %s: expected %s, actual %s", check.passed() ? "PASS" : "FAIL",
                    check.name(), check.expected(), check.actual());
            if (check.passed()) {
                getLog().info(line);
            } else {
                getLog().error(line);
            }
        }
        getLog().info(String.format("%d checks, %d failed; results in %s, report %s", result.checks().size(),
                result.failedChecks().size(), json, report));
        getLog().debug("JUnit report " + junit);
        if (!result.passed()) {
            StringBuilder message = new StringBuilder("batch layer verification failed:");
            result.failedChecks().forEach(c -> message.append("\n  ").append(c.name()).append(": expected ")
                    .append(c.expected()).append(", actual ").append(c.actual()));
            message.append("\nsee ").append(report);
            if (testFailureIgnore) {
                getLog().warn(message.toString());
            } else {
                throw new MojoFailureException(message.toString());
            }
        }
    }

    private DeclaredChecks declaredChecks() throws MojoFailureException {
        List<ViewExpectation> typed = new ArrayList<>();
        for (Expectation e : expectations) {
            try {
                typed.add(e.toExpectation());
            } catch (IllegalArgumentException ex) {
                throw new MojoFailureException("expectations: " + ex.getMessage());
            }
        }
        return new DeclaredChecks(typed, expectedDirectory == null ? null : expectedDirectory.toPath(), countBy);
    }

    private static Map<String, ViewExpectation.ChartColumns> charts(DeclaredChecks declared) {
        Map<String, ViewExpectation.ChartColumns> charts = new HashMap<>();
        declared.expectations().stream().filter(e -> e.chart() != null).forEach(e -> charts.put(e.view(), e.chart()));
        return charts;
    }
}
