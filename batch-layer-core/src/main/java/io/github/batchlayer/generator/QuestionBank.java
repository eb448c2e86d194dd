package io.github.batchlayer.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The fixed questions of every exam. In the real file a question recurs across attempts of the same exam (the
 * seed's summary groups by question id), so each exam gets one pool of questions with fixed options, and an
 * attempt asks some or all of them. Each exam's pool comes from its own Random so it does not depend on the order
 * in which rows are generated.
 */
final class QuestionBank {
    record Option(String id, boolean correct) {
    }

    record Question(String id, List<Option> options) {
        int correctOptions() {
            return (int) options.stream().filter(Option::correct).count();
        }
    }

    /** Question ids the facts name, placed first in their exam's pool. */
    static final String LINUX_ADMIN_FIRST_QUESTION = "ff4fd2c3-d00d-4fee-b783-f1a6091f61f9";
    static final String REACT_QUESTION = "7ff41d87-1f73-4068-9889-c4f82cd935b4";

    private final List<List<Question>> pools;
    private final List<String[]> baseIds;

    private QuestionBank(List<List<Question>> pools, List<String[]> baseIds) {
        this.pools = pools;
        this.baseIds = baseIds;
    }

    /**
     * Builds pools of {@code sizes[exam]} questions. Record 0's exam takes its questions and base id from the
     * real record so that later attempts of that exam match it.
     */
    static QuestionBank build(int[] sizes, long seed, byte[] record0) {
        JsonNode real = parse(record0);
        List<List<Question>> pools = new ArrayList<>();
        List<String[]> baseIds = new ArrayList<>();
        for (int exam = 0; exam < sizes.length; exam++) {
            Random rng = new Random(seed ^ (0x9E3779B97F4A7C15L * (exam + 1)));
            String name = ExamCatalog.NAMES.get(exam);
            List<Question> pool = new ArrayList<>();
            String[] ids = {RandomIds.baseExamId(rng), RandomIds.baseExamId(rng)};
            if (name.equals(ExamCatalog.NORMAL_FORMS)) {
                ids[0] = real.get("base_exam_id").asText();
                for (JsonNode q : real.path("sequences").path("questions")) {
                    List<Option> options = new ArrayList<>();
                    for (JsonNode o : q.path("options")) {
                        options.add(new Option(o.get("id").asText(), o.path("correct").asBoolean(false)));
                    }
                    pool.add(new Question(q.get("id").asText(), List.copyOf(options)));
                }
            }
            while (pool.size() < sizes[exam]) {
                String id = RandomIds.uuid(rng);
                if (pool.isEmpty() && name.equals(ExamCatalog.LINUX_ADMIN)) {
                    id = LINUX_ADMIN_FIRST_QUESTION;
                } else if (pool.isEmpty() && name.equals(ExamCatalog.REACT)) {
                    id = REACT_QUESTION;
                }
                pool.add(newQuestion(id, rng));
            }
            pools.add(List.copyOf(pool.subList(0, sizes[exam])));
            baseIds.add(ids);
        }
        return new QuestionBank(List.copyOf(pools), List.copyOf(baseIds));
    }

    /** Three to five options, usually one correct, sometimes two or three (the "missed_some" cases). */
    private static Question newQuestion(String id, Random rng) {
        int n = 3 + rng.nextInt(3);
        int correct = rng.nextInt(10) < 7 ? 1 : 2 + rng.nextInt(Math.min(2, n - 2));
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            options.add(new Option(RandomIds.uuid(rng), false));
        }
        for (int placed = 0; placed < correct; ) {
            int i = rng.nextInt(n);
            if (!options.get(i).correct()) {
                options.set(i, new Option(options.get(i).id(), true));
                placed++;
            }
        }
        return new Question(id, List.copyOf(options));
    }

    private static JsonNode parse(byte[] record0) {
        try {
            return new ObjectMapper().readTree(record0);
        } catch (IOException e) {
            throw new IllegalStateException("the embedded record 0 is not JSON", e);
        }
    }

    List<Question> questions(int exam) {
        return pools.get(exam);
    }

    /** The exam's base_exam_id; {@code second} picks the other id of the exams that have two. */
    String baseExamId(int exam, boolean second) {
        boolean two = ExamCatalog.TWO_BASE_IDS.contains(ExamCatalog.NAMES.get(exam));
        return baseIds.get(exam)[two && second ? 1 : 0];
    }

    int distinctQuestions() {
        return pools.stream().mapToInt(List::size).sum();
    }
}
