package io.github.batchlayer.cluster;

/**
 * Where the batch layer's services answer. Every goal after {@code cluster-up} needs only this, whichever
 * launcher produced it.
 *
 * @param kafkaBootstrapServers Kafka bootstrap servers, {@code host:port[,host:port]}
 * @param hdfsUri               the default file system, e.g. {@code hdfs://127.0.0.1:8020}
 * @param hdfsHttpUri           the NameNode's HTTP address for WebHDFS probes, or null when not known
 * @param sparkMaster           the Spark master URL ({@code local[*]}, {@code spark://host:7077}, {@code yarn} ...)
 * @param sparkMasterUiUri      a standalone master's web UI (its {@code /json} tells workers and liveness, its page
 *                              the Spark version), or null when not known
 */
public record ClusterEndpoints(String kafkaBootstrapServers, String hdfsUri, String hdfsHttpUri, String sparkMaster,
                               String sparkMasterUiUri) {

    /** Endpoints without a Spark master UI (local[*], YARN, or not known). */
    public ClusterEndpoints(String kafkaBootstrapServers, String hdfsUri, String hdfsHttpUri, String sparkMaster) {
        this(kafkaBootstrapServers, hdfsUri, hdfsHttpUri, sparkMaster, null);
    }

    /** A path on the cluster's file system as a full URI (a full URI stays as it is). */
    public String onHdfs(String path) {
        if (path.contains("://")) {
            return path;
        }
        if (hdfsUri == null) {
            throw new ClusterException("no HDFS URI for " + path + ": run cluster-up or set "
                    + "-Dbatch-layer.hdfsUri=hdfs://host:port");
        }
        return hdfsUri + (path.startsWith("/") ? path : "/" + path);
    }
}
