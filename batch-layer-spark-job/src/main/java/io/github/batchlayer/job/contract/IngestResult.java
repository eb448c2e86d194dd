package io.github.batchlayer.job.contract;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one {@code ingest} run did ({@code results/ingest.json}, and the ingest's figures in the run journal).
 *
 * @param batchId            the batch it committed, or null when there was nothing new
 * @param offsets            per partition, what the batch covers
 * @param quarantineReasons  quarantined messages per reason (only reasons that occurred)
 * @param quarantineSamples  the batch's first quarantined messages by partition and offset (at most 10)
 * @param removedUncommitted what a killed earlier run had left and this run deleted
 * @param committedRows      rows of all committed batches after this run
 * @param committedBatches   committed batches after this run
 * @param seconds            the whole command
 * @param landingSeconds     read, parse, write and commit of the batch; null when there was nothing new
 * @param schema             the schema file the records were parsed with, or {@code assessments} (the preset)
 * @param unknownFields      top-level fields the schema does not name, dropped: messages per field name
 * @param topicId            Kafka's id of the topic read (new when it is deleted and created again); null if unknown
 * @param clusterId          the Kafka cluster's id; null if unknown
 * @param topicRestart       the topic had changed under the committed batches and was read anew from its earliest
 *                           offsets ({@link OnTopicChange#RESTART_FROM_EARLIEST})
 */
public record IngestResult(Long batchId, String topic, SortedMap<Integer, OffsetSpan> offsets, long rowsLanded,
                           long quarantined, Map<String, Long> quarantineReasons,
                           List<QuarantineSample> quarantineSamples, List<String> removedUncommitted,
                           long committedRows, long committedBatches, double seconds, Double landingSeconds,
                           String schema, Map<String, Long> unknownFields, String topicId, String clusterId,
                           boolean topicRestart) {
    public IngestResult {
        unknownFields = unknownFields == null ? Map.of() : new TreeMap<>(unknownFields);
        offsets = offsets == null ? new TreeMap<>() : new TreeMap<>(offsets);
        quarantineReasons = quarantineReasons == null ? Map.of() : new TreeMap<>(quarantineReasons);
        quarantineSamples = quarantineSamples == null ? List.of() : List.copyOf(quarantineSamples);
        removedUncommitted = removedUncommitted == null ? List.of() : List.copyOf(removedUncommitted);
    }

    /** {@code {"0":[0,3279]}}: the offsets as the manifests and this result's JSON write them. */
    public String offsetsText() {
        return ResultCodec.toJson(offsets);
    }

    /** {@code {"firmware":6}}. */
    public String unknownFieldsText() {
        return ResultCodec.toJson(unknownFields);
    }

    /** {@code {"not_json":4}}. */
    public String quarantineReasonsText() {
        return ResultCodec.toJson(quarantineReasons);
    }
}
