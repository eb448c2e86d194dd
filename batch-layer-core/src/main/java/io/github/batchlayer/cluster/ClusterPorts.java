package io.github.batchlayer.cluster;

/**
 * The ports a local cluster (embedded or docker launcher) binds on 127.0.0.1; 0 means "pick a free one at start".
 * The DataNode's ports are always free ones: nothing outside the cluster addresses the DataNode directly.
 *
 * @param kafka         Kafka's PLAINTEXT listener
 * @param kafkaController Kafka's CONTROLLER listener
 * @param namenodeRpc   the NameNode's RPC port (the {@code hdfs://} URI)
 * @param namenodeHttp  the NameNode's HTTP port (WebHDFS)
 * @param sparkMaster   a Spark standalone master's RPC port (the {@code spark://} URL)
 * @param sparkMasterUi the master's web UI, whose {@code /json} is the readiness probe
 * @param sparkWorker   the worker's RPC port (embedded only: the docker worker picks its own)
 * @param sparkWorkerUi the worker's web UI
 */
public record ClusterPorts(int kafka, int kafkaController, int namenodeRpc, int namenodeHttp, int sparkMaster,
                           int sparkMasterUi, int sparkWorker, int sparkWorkerUi) {

    public static ClusterPorts allFree() {
        return new ClusterPorts(0, 0, 0, 0, 0, 0, 0, 0);
    }
}
