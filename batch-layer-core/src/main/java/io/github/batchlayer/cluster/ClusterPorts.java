package io.github.batchlayer.cluster;

/**
 * Ports of the embedded services; 0 means "pick a free one at start". All bind to 127.0.0.1.
 */
public record ClusterPorts(int kafka, int kafkaController, int namenodeRpc, int namenodeHttp, int datanode,
                           int datanodeHttp, int datanodeIpc) {

    public static ClusterPorts allFree() {
        return new ClusterPorts(0, 0, 0, 0, 0, 0, 0);
    }
}
