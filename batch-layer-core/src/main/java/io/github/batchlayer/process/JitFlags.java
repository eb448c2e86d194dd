package io.github.batchlayer.process;

/**
 * The JIT of the JVMs the plugin forks and keeps for a build: the embedded cluster's services, their storage
 * formatting and the warm Spark driver run on the C1 compiler alone. On two cores C2 spent most of a small build's
 * CPU compiling start-up code that runs once (the example's {@code mvn verify}: 108 core-seconds with C2, 43 with
 * C1 throughout), while a broker, NameNode or DataNode on C1 published and landed 1 000 000 records as fast as on
 * C2 (their work is I/O, checksums and copies the JVM does in intrinsics). Spark's own hot loops do need C2 at
 * that size (ingest of 1 000 000 records: 123-164 s on C1, 58-65 s on C2), which is why the warm driver hands
 * large jobs back to a fresh driver, which keeps the full JIT. Figures: docs/design-notes.md.
 */
public final class JitFlags {
    /** Tiered compilation stopped at level 1: C1 code without profiling, no C2. */
    public static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    private JitFlags() {
    }
}
