package io.github.batchlayer.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.batchlayer.dataset.DatasetSummary;
import io.github.batchlayer.dataset.DatasetValidator;
import io.github.batchlayer.dataset.ExamCount;
import io.github.batchlayer.dataset.JsonRecordReader;
import io.github.batchlayer.dataset.JsonRecordReaderTest;
import io.github.batchlayer.dataset.Slice;
import io.github.batchlayer.dataset.SourceFigures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetGeneratorTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path seedFile;
    /** The generated seed file parsed whole: fine for a test, and independent of the code under test. */
    static List<JsonNode> records;

    @BeforeAll
    static void generateSeed() throws IOException {
        seedFile = dir.resolve("seed.json");
        DatasetGenerator.generate(seedFile, GeneratorProfile.SEED, 3280, DatasetGenerator.DEFAULT_SEED);
        records = new ArrayList<>();
        MAPPER.readTree(seedFile.toFile()).forEach(records::add);
    }

    @Test
    void seedProfileHasTheRealCounts() {
        assertEquals(3280, records.size());
        Map<String, Long> exams = new HashMap<>();
        Set<String> baseIds = new HashSet<>();
        Set<String> keenIds = new HashSet<>();
        Set<String> userExamIds = new HashSet<>();
        for (JsonNode r : records) {
            exams.merge(r.get("exam_name").asText(), 1L, Long::sum);
            baseIds.add(r.get("base_exam_id").asText());
            keenIds.add(r.get("keen_id").asText());
            userExamIds.add(r.get("user_exam_id").asText());
            assertTrue(r.get("keen_id").asText().matches("[0-9a-f]{24}"));
            assertEquals("1.0", r.get("max_attempts").asText());
            assertEquals(1, r.get("sequences").get("attempt").asInt());
            assertEquals(r.get("keen_timestamp"), r.get("keen_created_at"));
            assertTrue(!r.has("certification") || r.get("certification").asText().equals("false"));
        }
        assertEquals(103, exams.size());
        assertEquals(107, baseIds.size());
        assertEquals(3242, keenIds.size());
        assertEquals(3242, userExamIds.size());
        Map<String, Long> expectedTop = new LinkedHashMap<>();
        ExamCatalog.TOP_TEN.forEach((k, v) -> expectedTop.put(k, (long) v));
        expectedTop.forEach((name, n) -> assertEquals(n, exams.get(name), name));
        ExamCatalog.LEAST_TAKEN.forEach((name, n) -> assertEquals((long) n, exams.get(name), name));
        exams.forEach((name, n) -> {
            if (!expectedTop.containsKey(name) && !ExamCatalog.LEAST_TAKEN.containsKey(name)) {
                assertTrue(n >= 3 && n <= 79, name + " has " + n);
            }
        });
    }

    @Test
    void seedProfileHasTheRealTotals() {
        long withoutCounts = 0;
        long sum = 0;
        long fours = 0;
        int min = Integer.MAX_VALUE;
        int max = 0;
        long correct = 0;
        long questions = 0;
        Map<String, Set<String>> pool = new HashMap<>();
        for (JsonNode r : records) {
            JsonNode seq = r.get("sequences");
            JsonNode qs = seq.get("questions");
            long userCorrect = 0;
            for (JsonNode q : qs) {
                pool.computeIfAbsent(r.get("exam_name").asText(), k -> new HashSet<>()).add(q.get("id").asText());
                userCorrect += q.path("user_correct").asBoolean(false) ? 1 : 0;
            }
            correct += userCorrect;
            questions += qs.size();
            if (!seq.has("counts")) {
                withoutCounts++;
                continue;
            }
            int total = seq.get("counts").get("total").asInt();
            assertEquals(qs.size(), total, "total = number of questions");
            assertEquals(userCorrect, seq.get("counts").get("correct").asInt());
            assertEquals(userCorrect == total, seq.get("counts").get("all_correct").asBoolean());
            sum += total;
            fours += total == 4 ? 1 : 0;
            min = Math.min(min, total);
            max = Math.max(max, total);
        }
        assertEquals(5, withoutCounts);
        assertEquals(14702, sum);
        assertEquals(1646, fours);
        assertEquals(1, min);
        assertEquals(20, max);
        int pairs = pool.values().stream().mapToInt(Set::size).sum();
        assertTrue(pairs >= 450 && pairs <= 500, "distinct exam/question pairs " + pairs);
        assertEquals(20, pool.get(ExamCatalog.RED_HAT).size());
        assertEquals(10, pool.get(ExamCatalog.GREAT_BASH).size());
        assertEquals(8, pool.get(ExamCatalog.LINUX_ADMIN).size());
        double ratio = (double) correct / questions;
        assertTrue(ratio >= 0.66 && ratio <= 0.70, "correct ratio " + ratio);
    }

    @Test
    void seedProfileKnownRecords() throws IOException {
        try (JsonRecordReader reader = JsonRecordReader.open(seedFile, Slice.parse("0:1"), null)) {
            assertArrayEquals(JsonRecordReaderTest.fixture(), reader.next().json(), "record 0 is the real record");
        }
        assertEquals("5a674541ab6b0a0001c6e723", records.get(1).get("keen_id").asText());
        JsonNode last = records.get(3279);
        assertEquals("5a3a3df2448eb200012a2efd", last.get("keen_id").asText());
        assertEquals("Learning Linux System Administration", last.get("exam_name").asText());
        assertEquals("1513766386.5845051", last.get("keen_timestamp").asText());
        assertEquals("1513766386.5845051", last.get("keen_created_at").asText());
        assertEquals("2017-12-20T10:38:26.490Z", last.get("started_at").asText());
        assertEquals("ff4fd2c3-d00d-4fee-b783-f1a6091f61f9",
                last.get("sequences").get("questions").get(0).get("id").asText());
    }

    @Test
    void repeatsAreWholeCopiesOfEarlierRecords() {
        Map<String, JsonNode> seen = new HashMap<>();
        int repeats = 0;
        for (JsonNode r : records) {
            JsonNode earlier = seen.putIfAbsent(r.get("keen_id").asText(), r);
            if (earlier != null) {
                repeats++;
                assertEquals(earlier, r);
            }
        }
        assertEquals(38, repeats);
    }

    @Test
    void sourceFiguresAgreeWithTheIndependentCount() {
        SourceFigures f = SourceFigures.read(seedFile, Slice.all(), 100);
        assertEquals(3280, f.records());
        assertEquals(103, f.distinctExams());
        assertEquals(3242, f.distinctKeenIds());
        assertEquals(5, f.recordsWithoutCounts());
        assertEquals(List.of(new ExamCount("Learning Git", 394), new ExamCount("Introduction to Python", 162),
                new ExamCount("Intermediate Python Programming", 158), new ExamCount("Introduction to Java 8", 158),
                new ExamCount("Learning to Program with R", 128), new ExamCount("Introduction to Machine Learning", 119),
                new ExamCount("Software Architecture Fundamentals Understanding the Basics", 109)), f.topExams());
        long questions = records.stream().mapToLong(r -> r.get("sequences").get("questions").size()).sum();
        assertEquals(questions, f.questionPairs());
        assertEquals(questions, f.summaryCounts().values().stream().mapToLong(Long::longValue).sum());
        SourceFigures firstChunk = SourceFigures.read(seedFile, Slice.parse("[0:1000)"), 100);
        assertEquals(1000, firstChunk.records());
    }

    @Test
    void validatorAcceptsTheSeedFile() {
        DatasetSummary s = DatasetValidator.validate(seedFile, Slice.parse("[3000:3279)"), 5_242_880);
        assertEquals(3280, s.records());
        assertEquals(279, s.sliceRecords());
        assertTrue(s.maxRecordBytes() > 1000 && s.maxRecordBytes() < 20_000, "largest " + s.maxRecordBytes());
    }

    @Test
    void sameInputsGiveTheSameBytes() throws IOException {
        Path again = dir.resolve("again.json");
        DatasetGenerator.generate(again, GeneratorProfile.SEED, 3280, DatasetGenerator.DEFAULT_SEED);
        assertArrayEquals(Files.readAllBytes(seedFile), Files.readAllBytes(again));
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        DatasetGenerator.generate(a, GeneratorProfile.SCALED, 500, 7);
        DatasetGenerator.generate(b, GeneratorProfile.SCALED, 500, 7);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        DatasetGenerator.generate(b, GeneratorProfile.SCALED, 500, 8);
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b)));
    }

    @Test
    void otherSeedsAlsoMeetTheSeedFacts() throws IOException {
        Path other = dir.resolve("other.json");
        DatasetGenerator.generate(other, GeneratorProfile.SEED, 3280, 1L);
        SourceFigures f = SourceFigures.read(other, Slice.all(), 100);
        assertEquals(3280, f.records());
        assertEquals(3242, f.distinctKeenIds());
        assertEquals(7, f.topExams().size());
        Files.delete(other);
    }

    @Test
    void seedProfileNeedsExactly3280Records() {
        assertThrows(IllegalArgumentException.class,
                () -> DatasetGenerator.generate(dir.resolve("x.json"), GeneratorProfile.SEED, 100, 1));
        assertThrows(IllegalArgumentException.class,
                () -> DatasetGenerator.generate(dir.resolve("x.json"), GeneratorProfile.SCALED, 0, 1));
    }

    @Test
    void scaledProfileIsSkewedAndQuick() throws IOException {
        Path big = dir.resolve("scaled.json");
        long start = System.nanoTime();
        DatasetGenerator.generate(big, GeneratorProfile.SCALED, 100_000, DatasetGenerator.DEFAULT_SEED);
        Map<String, Long> exams = new HashMap<>();
        long n = 0;
        // the key option reads exam_name without building a tree per record
        try (JsonRecordReader reader = JsonRecordReader.open(big, Slice.all(), "exam_name")) {
            while (reader.hasNext()) {
                exams.merge(reader.next().key(), 1L, Long::sum);
                n++;
            }
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(100_000, n);
        long top = exams.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertTrue(top > n / 10, "top exam has " + top + " of " + n);
        assertTrue(exams.size() > 50, "exams " + exams.size());
        assertTrue(seconds < 60, "took " + seconds + " s");
        Files.delete(big);
    }

    @Test
    void scaledSingleRecord() throws IOException {
        Path one = dir.resolve("one.json");
        DatasetGenerator.generate(one, GeneratorProfile.SCALED, 1, 3);
        assertEquals(1, DatasetValidator.validate(one, Slice.all(), 5_242_880).records());
    }
}
