package io.github.batchlayer.verify;

import io.github.batchlayer.dataset.Slice;

import java.nio.file.Path;

/**
 * What one successful publish sent: a slice of a dataset file and how many records the producer acknowledged.
 *
 * @param execution the Maven execution id, to name the publish in messages
 */
public record PublishedRange(String execution, Path dataset, Slice slice, long records) {
}
