package io.github.batchlayer.maven;

import io.github.batchlayer.report.HtmlReport;
import io.github.batchlayer.verify.Check;
import io.github.batchlayer.verify.VerifyExpectations;
import io.github.batchlayer.verify.VerifyResult;
import io.github.batchlayer.verify.Verifier;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Judges the run, like failsafe's verify: recorded goal failures, and the landed figures against an independent
 * streaming read of the published source (record count, distinct exams, per-exam counts, the top-exam table,
 * summary totals and rows), the quarantine threshold, and the expectations declared in the pom. Writes
 * {@code verify.json} and {@code report.html}, then fails the build when any check failed.
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
        VerifyResult result = new Verifier().verify(dir, new VerifyExpectations(expectedRecords,
                expectedDistinctExams, top, maxQuarantined, minAssessments));
        Path json = result.write(dir);
        Path report = HtmlReport.write(dir, result);
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
}
