package io.github.batchlayer.dataset;

/** One row of the seed's "top exams" table: an exam name and its number of assessments. */
public record ExamCount(String examName, long total) {
}
