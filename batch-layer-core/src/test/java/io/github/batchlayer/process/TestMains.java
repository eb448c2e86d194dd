package io.github.batchlayer.process;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Tiny mains the process tests fork, and a spec builder that runs them from the test classpath. */
final class TestMains {

    private TestMains() {
    }

    /** Prints its marker property and each argument in brackets, then exits with the code in -Dexit. */
    public static final class Echo {
        public static void main(String[] args) {
            System.out.println("service=" + System.getProperty(ForkedJvm.SERVICE_MARKER));
            System.out.println("prop=[" + System.getProperty("test.prop") + "]");
            for (String arg : args) {
                System.out.println("arg=[" + arg + "]");
            }
            System.out.flush();
            System.exit(Integer.getInteger("exit", 0));
        }
    }

    /** Sleeps for args[0] seconds. */
    public static final class Sleep {
        public static void main(String[] args) throws InterruptedException {
            System.out.println("sleeping");
            System.out.flush();
            Thread.sleep(Long.parseLong(args[0]) * 1000);
        }
    }

    /** Small, quick JVMs: this machine is shared. */
    static final List<String> LIGHT_JVM = List.of("-Xmx32m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    static JavaProcessSpec spec(String name, Path dir, List<String> jvmArgs, Class<?> main, List<String> args) {
        List<String> flags = new java.util.ArrayList<>(LIGHT_JVM);
        flags.addAll(jvmArgs);
        return new JavaProcessSpec(name, JavaProcessSpec.currentJava(), flags, List.of(classesOf(main)),
                main.getName(), args, Map.of(), dir, dir.resolve("logs").resolve(name + ".log"));
    }

    /** The directory (or jar) a class was loaded from. */
    static Path classesOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
