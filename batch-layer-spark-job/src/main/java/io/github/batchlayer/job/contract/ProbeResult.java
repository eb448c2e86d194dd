package io.github.batchlayer.job.contract;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What {@code probe} found: the file system and the master it reached, or the step that failed and why. A failed
 * step is a result (exit 0), so the plugin can name the endpoint.
 *
 * @param filesystem the file system's URI, once the probe file was written, read and deleted
 * @param executors  executors that ran the trivial job (the driver not counted), null when it did not run
 * @param failedStep null when both steps passed
 * @param error      what failed, null when nothing did
 */
public record ProbeResult(String sparkVersion, String master, String filesystem, String probePath,
                          Integer executors, Step failedStep, String error, double seconds) {

    public enum Step {
        @JsonProperty("filesystem") FILESYSTEM,
        @JsonProperty("spark") SPARK
    }
}
