package io.github.batchlayer.job.contract;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One row of the seed's top-exams table. */
public record TopExam(@JsonProperty("exam_name") String examName, long total) {
}
