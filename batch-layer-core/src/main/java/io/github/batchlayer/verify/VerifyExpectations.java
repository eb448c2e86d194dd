package io.github.batchlayer.verify;

import java.util.LinkedHashMap;

/**
 * What the consumer declares in its pom on top of the independent source figures. Unset values (null, empty map)
 * add no check; {@code maxQuarantined} and {@code minAssessments} always apply.
 *
 * @param expectedRecords       raw rows that must land, or null
 * @param expectedDistinctExams distinct exam names that must land, or null
 * @param expectedTopExams      exam name to expected assessment count (may be empty)
 * @param maxQuarantined        messages allowed in quarantine over all ingest batches (0: none)
 * @param minAssessments        the top-exams threshold, exclusive, as in the seed's "more than 100"
 */
public record VerifyExpectations(Long expectedRecords, Integer expectedDistinctExams,
                                 LinkedHashMap<String, Long> expectedTopExams, long maxQuarantined,
                                 int minAssessments) {

    public static final long DEFAULT_MAX_QUARANTINED = 0;
    public static final int DEFAULT_MIN_ASSESSMENTS = 100;

    public VerifyExpectations {
        // a defensive copy keeps the declared order (the report lists expectations as written in the pom)
        expectedTopExams = expectedTopExams == null ? new LinkedHashMap<>() : new LinkedHashMap<>(expectedTopExams);
        if (maxQuarantined < 0) {
            throw new IllegalArgumentException("maxQuarantined must be >= 0, was " + maxQuarantined);
        }
        if (minAssessments < 0) {
            throw new IllegalArgumentException("minAssessments must be >= 0, was " + minAssessments);
        }
    }

    /** Only the independent comparison with the source, no declared expectations. */
    public static VerifyExpectations defaults() {
        return new VerifyExpectations(null, null, null, DEFAULT_MAX_QUARANTINED, DEFAULT_MIN_ASSESSMENTS);
    }

    @Override
    public LinkedHashMap<String, Long> expectedTopExams() {
        return new LinkedHashMap<>(expectedTopExams);
    }
}
