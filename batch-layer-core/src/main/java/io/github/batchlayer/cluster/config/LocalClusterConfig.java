package io.github.batchlayer.cluster.config;

import io.github.batchlayer.cluster.ClusterPorts;
import io.github.batchlayer.cluster.ClusterSettings;
import io.github.batchlayer.process.FreePorts;

/**
 * The services' configurations for one start of a local cluster, with every port not configured replaced by a
 * free one: what the embedded and the docker launcher both run. Only the data directories differ between the two
 * (on the host, or inside the containers).
 *
 * @param spark the Spark standalone master and worker, or null when the cluster has none
 */
public record LocalClusterConfig(KafkaNodeConfig kafka, HdfsNodeConfig hdfs, SparkStandaloneConfig spark) {

    /**
     * @param kafkaLogDir where the broker keeps its data, as the broker sees it
     * @param hdfsBaseDir where the HDFS daemons keep theirs
     * @param withSpark   whether the cluster runs a Spark master and worker
     */
    public static LocalClusterConfig choose(ClusterSettings settings, String kafkaLogDir, String hdfsBaseDir,
                                            boolean withSpark) {
        ClusterPorts configured = settings.ports();
        FreePorts free = new FreePorts();
        KafkaNodeConfig kafka = new KafkaNodeConfig(free.portOr(configured.kafka()),
                free.portOr(configured.kafkaController()), kafkaLogDir, settings.brokerConfig());
        HdfsNodeConfig hdfs = new HdfsNodeConfig(free.portOr(configured.namenodeRpc()),
                free.portOr(configured.namenodeHttp()), free.portOr(0), free.portOr(0), free.portOr(0), hdfsBaseDir);
        SparkStandaloneConfig spark = withSpark
                ? new SparkStandaloneConfig(free.portOr(configured.sparkMaster()),
                free.portOr(configured.sparkMasterUi()), free.portOr(configured.sparkWorker()),
                free.portOr(configured.sparkWorkerUi()), settings.sparkWorker().cores(),
                settings.sparkWorker().memory())
                : null;
        return new LocalClusterConfig(kafka, hdfs, spark);
    }
}
