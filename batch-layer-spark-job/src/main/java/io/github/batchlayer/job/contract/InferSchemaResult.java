package io.github.batchlayer.job.contract;

/**
 * What one {@code infer-schema} run found ({@code results/infer-schema.json}).
 *
 * @param ddlFile   where the DDL was written
 * @param ddl       the inferred schema as Spark DDL, one top-level field per line
 * @param records   sample lines that were JSON objects and took part in the inference
 * @param malformed sample lines left out (not JSON objects)
 */
public record InferSchemaResult(String ddlFile, String ddl, long records, long malformed, double seconds) {
}
