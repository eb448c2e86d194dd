package io.github.batchlayer.job.contract;

/** The options of {@code infer-schema}, declared once: adding an option is one line here. */
public final class InferSchemaArgs {
    public static final JobCommand<InferSchemaResult> COMMAND = new JobCommand<>("infer-schema",
            InferSchemaResult.class);

    /** One JSON value per line: the bounded sample the plugin took from the dataset file or the topic. */
    public static final JobOption<String> SAMPLE_FILE = COMMAND.required("sample-file", "FILE");
    /** Where the inferred DDL goes, one top-level field per line. */
    public static final JobOption<String> DDL_FILE = COMMAND.required("ddl-file", "FILE");

    private InferSchemaArgs() {
    }
}
