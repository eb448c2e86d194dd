package io.github.batchlayer.generator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes synthetic assessment files with the seed's schema, since the real file is not available. The output is
 * a JSON array with one record per line; the same profile, size and seed always give the same bytes.
 */
public final class DatasetGenerator {
    public static final long DEFAULT_SEED = 20180128L;

    static final String RECORD0_RESOURCE = "seed-record0.json";
    static final String RECORD1_KEEN_ID = "5a674541ab6b0a0001c6e723";
    static final String LAST_KEEN_ID = "5a3a3df2448eb200012a2efd";
    static final String LAST_KEEN_TIMESTAMP = "1513766386.5845051";
    static final String LAST_STARTED_AT = "2017-12-20T10:38:26.490Z";
    /** Real file: record 1's keen_id encodes this second; the last record's, 1513766386. */
    private static final long RECORD1_SECONDS = 0x5a674541L;
    private static final long LAST_SECONDS = 0x5a3a3df2L;
    /** Exam popularity exponent of the SCALED profile: the top exam takes about a fifth of the attempts. */
    private static final double ZIPF_EXPONENT = 1.07;
    private static final double SCALED_REPEAT_RATE = 38.0 / 3280;
    private static final double SCALED_WITHOUT_COUNTS_RATE = 5.0 / 3280;
    private static final int SCALED_REPEAT_BUFFER = 64;

    private DatasetGenerator() {
    }

    public static void generate(Path out, GeneratorProfile profile, long records, long seed) {
        if (profile == GeneratorProfile.SEED && records != SeedPlan.RECORDS) {
            throw new IllegalArgumentException("the SEED profile has exactly " + SeedPlan.RECORDS
                    + " records, not " + records);
        }
        if (records < 1) {
            throw new IllegalArgumentException("records must be at least 1, not " + records);
        }
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            ArrayWriter array = new ArrayWriter(os);
            if (profile == GeneratorProfile.SEED) {
                writeSeed(array, seed);
            } else {
                writeScaled(array, records, seed);
            }
            array.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }

    private static void writeSeed(ArrayWriter array, long seed) throws IOException {
        SeedPlan plan = SeedPlan.build(seed);
        byte[] record0 = record0();
        QuestionBank bank = QuestionBank.build(plan.poolSizes, seed, record0);
        AttemptWriter writer = new AttemptWriter(bank);
        Random rng = new Random(seed * 31 + 7);
        String[] machines = {RandomIds.machine(rng), RandomIds.machine(rng), RandomIds.machine(rng)};
        Set<String> keenIds = new HashSet<>();
        Map<SeedPlan.Row, byte[]> awaitingCopy = new HashMap<>();
        int n = plan.rows.size();
        for (int i = 0; i < n; i++) {
            SeedPlan.Row row = plan.rows.get(i);
            byte[] json;
            if (row.copyOf != null) {
                json = awaitingCopy.remove(row.copyOf);
            } else if (i == 0) {
                json = record0;
            } else {
                Attempt attempt;
                String base = bank.baseExamId(row.exam, row.secondBaseId);
                if (i == n - 1) {
                    attempt = new Attempt(row.exam, base, row.total, row.withCounts, true, LAST_KEEN_TIMESTAMP,
                            LAST_KEEN_ID, java.time.Instant.parse(LAST_STARTED_AT).toEpochMilli());
                } else {
                    // the file runs backwards in time from record 1 to the last record, with some jitter
                    long seconds = i == 1 ? RECORD1_SECONDS
                            : RECORD1_SECONDS - (RECORD1_SECONDS - LAST_SECONDS - 900) * (i - 1) / (n - 2)
                            - rng.nextInt(900);
                    String keenId = i == 1 ? RECORD1_KEEN_ID : null;
                    while (keenId == null || !keenIds.add(keenId)) {
                        keenId = RandomIds.keenId(seconds, machines[rng.nextInt(machines.length)], rng);
                    }
                    attempt = new Attempt(row.exam, base, row.total, row.withCounts, rng.nextInt(100) >= 8,
                            RandomIds.keenTimestamp(seconds, rng), keenId, -1);
                }
                json = writer.write(attempt, rng);
            }
            if (row.source) {
                awaitingCopy.put(row, json);
            }
            array.write(json);
        }
    }

    /** Streams any number of records: exams drawn Zipf-like, a bounded buffer feeds the occasional repeat. */
    private static void writeScaled(ArrayWriter array, long records, long seed) throws IOException {
        Random rng = new Random(seed);
        int exams = ExamCatalog.NAMES.size();
        int[] sizes = scaledPoolSizes(rng);
        QuestionBank bank = QuestionBank.build(sizes, seed, record0());
        AttemptWriter writer = new AttemptWriter(bank);
        double[] cumulative = zipfCumulative(exams, rng);
        String[] machines = {RandomIds.machine(rng), RandomIds.machine(rng), RandomIds.machine(rng)};
        // about 900 s between attempts as in the real file, but never more than three years in all
        double step = Math.min(900.0, 3 * 365 * 86400.0 / records);
        List<byte[]> recent = new ArrayList<>();
        for (long i = 0; i < records; i++) {
            if (!recent.isEmpty() && rng.nextDouble() < SCALED_REPEAT_RATE) {
                // each buffered record is repeated at most once, as user_exam_ids occur a few times at most
                array.write(recent.remove(rng.nextInt(recent.size())));
                continue;
            }
            int exam = pick(cumulative, rng.nextDouble());
            int total = rng.nextInt(100) < 88 || sizes[exam] == 1 ? sizes[exam] : 1 + rng.nextInt(sizes[exam] - 1);
            long seconds = RECORD1_SECONDS + 65 - (long) (i * step) - rng.nextInt(600);
            Attempt attempt = new Attempt(exam, bank.baseExamId(exam, rng.nextInt(10) < 3), total,
                    rng.nextDouble() >= SCALED_WITHOUT_COUNTS_RATE, rng.nextInt(100) >= 8,
                    RandomIds.keenTimestamp(seconds, rng),
                    RandomIds.keenId(seconds, machines[rng.nextInt(machines.length)], rng), -1);
            byte[] json = writer.write(attempt, rng);
            array.write(json);
            if (rng.nextInt(50) == 0) {
                if (recent.size() == SCALED_REPEAT_BUFFER) {
                    recent.remove(rng.nextInt(recent.size()));
                }
                recent.add(json);
            }
        }
    }

    private static int[] scaledPoolSizes(Random rng) {
        int[] draw = {3, 4, 4, 4, 4, 5, 5, 5, 6, 7};
        int[] top = {4, 5, 4, 5, 4, 5, 4, 4, 5, 4};
        int[] sizes = new int[ExamCatalog.NAMES.size()];
        for (int e = 0; e < sizes.length; e++) {
            Integer known = ExamCatalog.KNOWN_SIZES.get(ExamCatalog.NAMES.get(e));
            sizes[e] = e < top.length ? top[e] : known != null ? known : draw[rng.nextInt(draw.length)];
        }
        return sizes;
    }

    /** Popularity ranks follow the real top ten, then the other exams in a seeded order. */
    private static double[] zipfCumulative(int exams, Random rng) {
        List<Integer> order = new ArrayList<>();
        for (int e = ExamCatalog.TOP_COUNT; e < exams; e++) {
            order.add(e);
        }
        java.util.Collections.shuffle(order, rng);
        int[] rank = new int[exams];
        for (int e = 0; e < ExamCatalog.TOP_COUNT; e++) {
            rank[e] = e + 1;
        }
        for (int i = 0; i < order.size(); i++) {
            rank[order.get(i)] = ExamCatalog.TOP_COUNT + i + 1;
        }
        double[] cumulative = new double[exams];
        double total = 0;
        for (int e = 0; e < exams; e++) {
            total += Math.pow(rank[e], -ZIPF_EXPONENT);
            cumulative[e] = total;
        }
        for (int e = 0; e < exams; e++) {
            cumulative[e] /= total;
        }
        return cumulative;
    }

    private static int pick(double[] cumulative, double u) {
        int i = java.util.Arrays.binarySearch(cumulative, u);
        return Math.min(i >= 0 ? i : -i - 1, cumulative.length - 1);
    }

    /** The real first record, exactly as the fixture holds it (without its final newline). */
    static byte[] record0() {
        try (InputStream in = DatasetGenerator.class.getResourceAsStream(RECORD0_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RECORD0_RESOURCE);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes "[\n", records separated by ",\n", then "\n]\n". */
    private static final class ArrayWriter {
        private final OutputStream out;
        private boolean first = true;

        ArrayWriter(OutputStream out) throws IOException {
            this.out = out;
            out.write('[');
            out.write('\n');
        }

        void write(byte[] record) throws IOException {
            if (!first) {
                out.write(',');
                out.write('\n');
            }
            first = false;
            out.write(record);
        }

        void close() throws IOException {
            out.write("\n]\n".getBytes(StandardCharsets.US_ASCII));
        }
    }
}
