package io.github.batchlayer.job.spark;

import io.github.batchlayer.job.contract.ViewResult;
import java.util.Arrays;
import java.util.List;

/** The summarize result's {@code views}: one {@link ViewResult} per landed view, in run order. */
final class ViewList {
    private ViewList() {
    }

    static List<ViewResult> of(List<ViewRunner.LandedView> views) {
        return views.stream().map(v -> new ViewResult(v.file().name(), v.file().source(), v.rows().size(),
                Arrays.asList(v.schema().fieldNames()), v.ordered(), v.parquetPath(), v.csvPath().toString()))
                .toList();
    }
}
