package io.github.batchlayer.kafka;

/**
 * Makes Kafka's lz4 compression use lz4-java's JNI library inside Maven. lz4-java loads its native library by
 * itself only when its classes come from the system class loader; from a plugin's class realm it silently falls
 * back to its pure-Java "safe" compressor, which made publishing from Maven about a third slower than Kafka's own
 * producer tool on the same records. Asking for the native instance once loads the library for this class loader,
 * after which the producer's {@code LZ4Factory.fastestInstance()} returns it too. Reflection keeps this working
 * with whatever lz4-java version kafka-clients brings, and harmless when it is absent or the library cannot load
 * (e.g. already loaded by another class loader): then the Java compressor is used, as before.
 */
final class Lz4Native {
    private static boolean attempted;
    private static boolean loaded;

    private Lz4Native() {
    }

    /** Loads the library once per class loader; returns whether the native compressor is in use. */
    static synchronized boolean load() {
        if (!attempted) {
            attempted = true;
            try {
                Class<?> factory = Class.forName("net.jpountz.lz4.LZ4Factory", true, Lz4Native.class.getClassLoader());
                factory.getMethod("nativeInstance").invoke(null);
                loaded = true;
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                loaded = false;
            }
        }
        return loaded;
    }
}
