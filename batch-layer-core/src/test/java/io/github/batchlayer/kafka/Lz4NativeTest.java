package io.github.batchlayer.kafka;

import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Lz4NativeTest {

    /** Loads lz4-java and our classes in a class loader of their own, as Maven's plugin realm does. */
    @Test
    void inAPluginLikeClassLoaderTheNativeCompressorIsUsedOnlyAfterLoading() throws Exception {
        URL lz4 = Class.forName("net.jpountz.lz4.LZ4Factory").getProtectionDomain().getCodeSource().getLocation();
        URL ours = Path.of(Lz4Native.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toUri().toURL();
        try (URLClassLoader realm = new URLClassLoader(new URL[] {lz4, ours}, ClassLoader.getPlatformClassLoader())) {
            Class<?> factory = Class.forName("net.jpountz.lz4.LZ4Factory", true, realm);
            assertEquals("LZ4Factory:JavaSafe", fastest(factory),
                    "lz4-java falls back to Java outside the system class loader (what made publish slow)");
            Class<?> loader = Class.forName(Lz4Native.class.getName(), true, realm);
            var load = loader.getDeclaredMethod("load");
            load.setAccessible(true);
            assertTrue((Boolean) load.invoke(null), "the native library loads in the plugin-like class loader");
            assertEquals("LZ4Factory:JNI", fastest(factory));
        }
    }

    private static String fastest(Class<?> factory) throws ReflectiveOperationException {
        return String.valueOf(factory.getMethod("fastestInstance").invoke(null));
    }
}
