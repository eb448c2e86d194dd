package io.github.batchlayer.generator;

/**
 * What the generator decided about one record before writing it; {@link AttemptWriter} draws the rest
 * (answers, ids, option times). {@code startedAtMillis} is -1 to derive started_at from the keen timestamp.
 */
record Attempt(int exam, String baseExamId, int total, boolean withCounts, boolean withCertification,
               String keenTimestamp, String keenId, long startedAtMillis) {
}
