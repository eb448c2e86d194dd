package io.github.batchlayer.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The settings a driver JVM is fixed to once it has started: the JDK, Spark's version and the job jar it loaded,
 * its heap and flags, every {@code spark.*} setting (the master and the HDFS URI among them) and the Hadoop
 * configuration directory. A goal runs on the warm driver only when its own fingerprint is the warm driver's; any
 * difference sends it to a fresh driver, saying which. Secret settings are kept as a digest only.
 *
 * @param parts setting name → value as it would be shown (never a secret)
 */
public record DriverFingerprint(Map<String, String> parts) {

    public DriverFingerprint {
        parts = Map.copyOf(new TreeMap<>(parts));
    }

    private static final List<String> LEADING = List.of("spark.master", "spark.hadoop.fs.defaultFS");

    public static DriverFingerprint of(SparkJobSpec spec) {
        Map<String, String> parts = new TreeMap<>();
        parts.put("java", String.valueOf(spec.javaExecutable()));
        parts.put("sparkVersion", spec.sparkVersion() + " (Scala " + spec.scalaBinary() + ")");
        parts.put("job jar", jar(spec.jobJar()));
        parts.put("driverMemory", spec.driverMemory());
        parts.put("jobJvmArgs", String.join(" ", DriverJvm.withoutTestHooks(spec.extraJvmArgs())));
        parts.put("hadoopConfDir", String.valueOf(spec.hadoopConfDir()));
        SparkDriverConf conf = SparkDriverConf.of(spec);
        conf.visible().forEach((k, v) -> parts.put(k, v));
        parts.put("secret Spark settings", conf.secret().isEmpty() ? "none" : "sha-256 " + digest(conf.secret()));
        return new DriverFingerprint(parts);
    }

    /**
     * Each setting that differs, e.g. {@code driverMemory (2g here, 1g in the warm driver)}; empty when none. The
     * cluster's master and file system come first: other settings follow from them (an HDFS on this machine gets
     * its own client settings), and the goal names only the first difference.
     */
    public List<String> differencesFrom(DriverFingerprint warm) {
        List<String> differences = new ArrayList<>();
        TreeSet<String> rest = new TreeSet<>(parts.keySet());
        rest.addAll(warm.parts.keySet());
        List<String> names = new ArrayList<>(LEADING);
        rest.removeAll(LEADING);
        names.addAll(rest);
        for (String name : names) {
            String mine = parts.get(name);
            String theirs = warm.parts.get(name);
            if (!Objects.equals(mine, theirs)) {
                differences.add(name + " (" + shown(mine) + " here, " + shown(theirs) + " in the warm driver)");
            }
        }
        return differences;
    }

    private static String shown(String value) {
        return value == null ? "unset" : value.isEmpty() ? "none" : value;
    }

    /** A rebuilt job jar at the same path is another jar: the driver loaded the old classes. */
    private static String jar(Path jar) {
        try {
            return jar + " (" + Files.size(jar) + " bytes, " + Files.getLastModifiedTime(jar) + ")";
        } catch (IOException e) {
            return String.valueOf(jar);
        }
    }

    private static String digest(Map<String, String> secrets) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(new TreeMap<>(secrets).toString()
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
