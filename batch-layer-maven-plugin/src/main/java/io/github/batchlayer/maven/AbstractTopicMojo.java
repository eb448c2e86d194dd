package io.github.batchlayer.maven;

import org.apache.maven.plugins.annotations.Parameter;

/** The topic, declared once for the goals that create, write or read it (and the pipeline goals after them). */
public abstract class AbstractTopicMojo extends AbstractKafkaMojo {

    /** The topic: created by create-topic, written by publish, read by ingest and consume. */
    @Parameter(property = PropertyNames.TOPIC, defaultValue = Defaults.TOPIC)
    protected String topic;
}
