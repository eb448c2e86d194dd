package io.github.batchlayer.maven;

import io.github.batchlayer.cluster.ClusterEndpoints;
import io.github.batchlayer.cluster.EngineVersions;
import io.github.batchlayer.job.SparkJobSpec;
import io.github.batchlayer.process.ClassDataSharing;
import io.github.batchlayer.process.ClasspathResolver;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A Spark driver's settings from the goal parameters that shape it, built one way for the Spark goals and for
 * {@code cluster-up}'s warm driver: when the parameters agree, the two specs agree, and the goal runs on the warm
 * driver.
 */
final class DriverSpecs {

    private DriverSpecs() {
    }

    /** The parameters both {@code cluster-up} and the Spark goals declare, under the same user properties. */
    record Parameters(String driverMemory, Map<String, String> sparkConf,
                      Map<String, String> hadoopConf, List<String> jobJvmArgs, JobSparkConf.Resources resources,
                      File hadoopConfDir, boolean classDataSharing, int jobTimeoutSeconds) {

        /** The {@code spark.*} settings a driver gets from these and the user properties. */
        Map<String, String> conf(Properties userProperties) {
            return JobSparkConf.assemble(resources, sparkConf, hadoopConf, userProperties);
        }
    }

    static SparkJobSpec spec(Parameters p, EngineVersions versions, ClusterEndpoints endpoints,
                             Map<String, String> conf, PluginDescriptor plugin, ClasspathResolver resolver,
                             Path java, Path workDir) throws MojoExecutionException {
        return new SparkJobSpec(versions.spark(), versions.scalaBinary(), JobPaths.jobJar(plugin),
                endpoints.sparkMaster() == null ? "local[*]" : endpoints.sparkMaster(), endpoints.hdfsUri(),
                p.driverMemory(), conf, p.jobJvmArgs(), resolver, java, workDir,
                Duration.ofSeconds(p.jobTimeoutSeconds()), JobPaths.hadoopConfDir(p.hadoopConfDir()))
                .withClassDataCache(p.classDataSharing() ? ClassDataSharing.defaultCacheDir() : null);
    }
}
