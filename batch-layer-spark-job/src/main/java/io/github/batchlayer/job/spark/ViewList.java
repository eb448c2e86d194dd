package io.github.batchlayer.job.spark;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The summarize result's {@code views}: one entry per view in run order, {@code name}, {@code sqlFile} (a path,
 * or {@code preset:<file>}), {@code rows}, {@code columns} (names in order), {@code ordered} (the statement ends in
 * a top-level ORDER BY), {@code parquetPath} (on the cluster) and {@code csvPath} (local, absolute).
 */
final class ViewList {
    private ViewList() {
    }

    static void put(ArrayNode array, List<ViewRunner.LandedView> views) {
        for (ViewRunner.LandedView v : views) {
            ObjectNode entry = array.addObject();
            entry.put("name", v.file().name());
            entry.put("sqlFile", v.file().source());
            entry.put("rows", v.rows().size());
            ArrayNode columns = entry.putArray("columns");
            for (String c : v.schema().fieldNames()) {
                columns.add(c);
            }
            entry.put("ordered", v.ordered());
            entry.put("parquetPath", v.parquetPath());
            entry.put("csvPath", v.csvPath().toString());
        }
    }
}
