package io.github.batchlayer.job.contract;

/** The options of {@code ingest}, declared once: adding an option is one line here. */
public final class IngestArgs {
    public static final JobCommand<IngestResult> COMMAND = new JobCommand<>("ingest", IngestResult.class);

    public static final JobOption<String> BOOTSTRAP_SERVERS = COMMAND.required("bootstrap-servers", "H:P");
    public static final JobOption<String> TOPIC = COMMAND.required("topic", "T");
    public static final JobOption<String> RAW_PATH = COMMAND.required("raw-path", "URI");
    public static final JobOption<String> QUARANTINE_PATH = COMMAND.required("quarantine-path", "URI");
    /** The seed's form, {@code {"topic":{"0":3279}}}; default: where the last committed batch ended. */
    public static final JobOption<String> STARTING_OFFSETS = COMMAND.optional("starting-offsets", "JSON");
    /** Exclusive, same form; default: the end offsets at start. */
    public static final JobOption<String> ENDING_OFFSETS = COMMAND.optional("ending-offsets", "JSON");
    /** The seed's message.max.bytes. */
    public static final JobOption<Long> MAX_PARTITION_FETCH_BYTES = COMMAND.number("max-partition-fetch-bytes",
            5_242_880L);
    public static final JobOption<Boolean> FAIL_ON_DATA_LOSS = COMMAND.flag("fail-on-data-loss", true);
    /** At most this many rows per parquet file; a batch also has at least one file per read task. */
    public static final JobOption<Long> ROWS_PER_FILE = COMMAND.number("rows-per-file", 200_000L);
    /** The record schema: Spark DDL, or Spark's JSON schema form; default: the assessments preset. */
    public static final JobOption<String> SCHEMA_FILE = COMMAND.optional("schema-file", "FILE");
    /** Comma separated, dotted for nested fields; default: the preset's keen_id,exam_name, none for a schema file. */
    public static final JobOption<String> REQUIRED_FIELDS = COMMAND.optional("required-fields", "A,B.C");
    /** drop (counted per name) or quarantine: what happens to a top-level field the schema does not name. */
    public static final JobOption<String> UNKNOWN_FIELDS = COMMAND.optional("unknown-fields", "drop|quarantine");
    /** What to do when the topic changed under the committed batches (a recreated topic, another cluster). */
    public static final JobOption<OnTopicChange> ON_TOPIC_CHANGE = COMMAND.choice("on-topic-change",
            OnTopicChange.FAIL);
    /** An owner-only properties file of Kafka client settings: secrets never ride on the command line. */
    public static final JobOption<String> KAFKA_PROPERTIES_FILE = COMMAND.optional("kafka-properties-file", "FILE");

    /** {@code --kafka.<prop> value}: any Kafka client property, forwarded as given. */
    public static final String KAFKA_PREFIX = "kafka.";

    static {
        COMMAND.passThrough(KAFKA_PREFIX);
    }

    private IngestArgs() {
    }
}
