package io.github.batchlayer.generator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Identifiers and timestamps shaped like the real file's, drawn from a seeded {@link Random} (its algorithm is
 * fixed by the Java specification, so the same seed gives the same file on every JVM).
 */
final class RandomIds {
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    /** The node part of the real base_exam_ids (time-based UUIDs from one host). */
    private static final String BASE_ID_NODE = "a8667f27e5dc";

    private RandomIds() {
    }

    /** A random (version 4) UUID, as user_exam_id, question and option ids are. */
    static String uuid(Random rng) {
        long hi = (rng.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (rng.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new java.util.UUID(hi, lo).toString();
    }

    /** A time-based UUID like the real base_exam_ids ("37f0a30a-7464-11e6-aa92-a8667f27e5dc"). */
    static String baseExamId(Random rng) {
        return String.format("%08x-%04x-11e%d-%04x-%s", rng.nextInt(), rng.nextInt(0x10000), 6 + rng.nextInt(2),
                0x8000 | rng.nextInt(0x4000), BASE_ID_NODE);
    }

    /** A Keen/Mongo ObjectId: 4 bytes of epoch seconds, 5 bytes of machine, 3 bytes of counter. */
    static String keenId(long epochSeconds, String machine, Random rng) {
        return String.format("%08x%s%06x", epochSeconds, machine, rng.nextInt(1 << 24));
    }

    /** A machine part as the real ids show it: three random bytes then "0001". */
    static String machine(Random rng) {
        return String.format("%06x0001", rng.nextInt(1 << 24));
    }

    /**
     * A keen_timestamp: epoch seconds as Python printed a float, with 5 to 7 fraction digits and no trailing
     * zero ("1516717442.735266", "1513766386.5845051").
     */
    static String keenTimestamp(long epochSeconds, Random rng) {
        int digits = 5 + rng.nextInt(3);
        StringBuilder fraction = new StringBuilder();
        for (int i = 0; i < digits - 1; i++) {
            fraction.append((char) ('0' + rng.nextInt(10)));
        }
        fraction.append((char) ('1' + rng.nextInt(9)));
        return epochSeconds + "." + fraction;
    }

    static String iso(long epochMillis) {
        return ISO_MILLIS.format(Instant.ofEpochMilli(epochMillis));
    }

    /** The whole milliseconds of a keen_timestamp string. */
    static long millisOf(String keenTimestamp) {
        int dot = keenTimestamp.indexOf('.');
        String fraction = (keenTimestamp.substring(dot + 1) + "000").substring(0, 3);
        return Long.parseLong(keenTimestamp.substring(0, dot)) * 1000 + Long.parseLong(fraction);
    }
}
