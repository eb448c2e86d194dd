package io.github.batchlayer.dataset;

/**
 * One group of the seed's assessments_summary: exam, question and the answer's correctness, a missing
 * {@code user_correct} counting as false as the seed's code does.
 */
public record SummaryKey(String examName, String questionId, boolean userCorrect) {
}
