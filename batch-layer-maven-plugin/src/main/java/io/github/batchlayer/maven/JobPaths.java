package io.github.batchlayer.maven;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.cluster.ClusterException;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;

import java.io.File;
import java.nio.file.Path;

/** Where the goals that fork a Spark driver (ingest, summarize, cluster-up's probe) find what the driver needs. */
final class JobPaths {
    private static final String JOB_ARTIFACT = "io.github.batchlayer:batch-layer-spark-job";

    private JobPaths() {
    }

    /** The job jar that came with this plugin (a dependency of the plugin, resolved with it). */
    static Path jobJar(PluginDescriptor plugin) throws MojoExecutionException {
        Artifact job = plugin.getArtifactMap().get(JOB_ARTIFACT);
        if (job == null || job.getFile() == null) {
            throw new MojoExecutionException("the plugin's own job jar (" + JOB_ARTIFACT + ") is missing");
        }
        return job.getFile().toPath();
    }

    /** The Hadoop configuration directory: the given one, else HADOOP_CONF_DIR, else none. */
    static Path hadoopConfDir(File configured) throws MojoExecutionException {
        File dir = configured;
        String env = System.getenv("HADOOP_CONF_DIR");
        if (dir == null && env != null && !env.isBlank()) {
            dir = new File(env);
        }
        if (dir != null && !dir.isDirectory()) {
            throw new MojoExecutionException("Hadoop configuration directory " + dir + " does not exist");
        }
        return dir == null ? null : dir.toPath();
    }

    /** A path on the cluster's file system as a full URI (a full URI stays as it is). */
    static String onCluster(ClusterEndpoints endpoints, String path) throws MojoExecutionException {
        try {
            return endpoints.onHdfs(path);
        } catch (ClusterException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
