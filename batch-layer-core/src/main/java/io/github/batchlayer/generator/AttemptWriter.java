package io.github.batchlayer.generator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes one assessment record in the real file's key order, with answers drawn so that the record is
 * self-consistent: counts agree with the questions, user_result agrees with the checked options.
 */
final class AttemptWriter {
    /** Share of questions answered correctly; the facts give 67.6% for Learning Git. */
    private static final double P_CORRECT = 0.68;
    private static final double P_MISSED_SOME = 0.10;
    private static final double P_UNANSWERED = 0.03;
    /** user_incomplete and user_submitted are sometimes missing in the real file. */
    private static final double P_FIELD_MISSING = 0.01;

    private enum Outcome { CORRECT, MISSED_SOME, INCORRECT, UNANSWERED }

    private final JsonFactory factory = new JsonFactory();
    private final QuestionBank bank;

    AttemptWriter(QuestionBank bank) {
        this.bank = bank;
    }

    byte[] write(Attempt a, Random rng) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = factory.createGenerator(out)) {
            List<QuestionBank.Question> questions = pick(bank.questions(a.exam()), a.total(), rng);
            long endMillis = RandomIds.millisOf(a.keenTimestamp());
            long started = a.startedAtMillis() >= 0 ? a.startedAtMillis()
                    : endMillis - 15_000L - questions.size() * (8_000L + rng.nextInt(40_000));
            g.writeStartObject();
            g.writeStringField("keen_timestamp", a.keenTimestamp());
            g.writeStringField("max_attempts", "1.0");
            g.writeStringField("started_at", RandomIds.iso(started));
            g.writeStringField("base_exam_id", a.baseExamId());
            g.writeStringField("user_exam_id", RandomIds.uuid(rng));
            g.writeObjectFieldStart("sequences");
            int[] counts = writeQuestions(g, questions, started, rng);
            g.writeNumberField("attempt", 1);
            g.writeStringField("id", RandomIds.uuid(rng));
            if (a.withCounts()) {
                g.writeObjectFieldStart("counts");
                g.writeNumberField("incomplete", counts[0]);
                g.writeNumberField("submitted", counts[1]);
                g.writeNumberField("incorrect", counts[2]);
                g.writeBooleanField("all_correct", counts[3] == questions.size());
                g.writeNumberField("correct", counts[3]);
                g.writeNumberField("total", questions.size());
                g.writeNumberField("unanswered", counts[4]);
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeStringField("keen_created_at", a.keenTimestamp());
            if (a.withCertification()) {
                g.writeStringField("certification", "false");
            }
            g.writeStringField("keen_id", a.keenId());
            g.writeStringField("exam_name", ExamCatalog.NAMES.get(a.exam()));
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** All questions in pool order, or a random subset of {@code total} in pool order for a partial attempt. */
    private static List<QuestionBank.Question> pick(List<QuestionBank.Question> pool, int total, Random rng) {
        if (total >= pool.size()) {
            return pool;
        }
        List<QuestionBank.Question> chosen = new ArrayList<>(total);
        int needed = total;
        for (int i = 0; i < pool.size() && needed > 0; i++) {
            // selection sampling keeps the order and picks every subset with the same chance
            if (rng.nextInt(pool.size() - i) < needed) {
                chosen.add(pool.get(i));
                needed--;
            }
        }
        return chosen;
    }

    /** Writes the questions array; returns {incomplete, submitted, incorrect, correct, unanswered}. */
    private static int[] writeQuestions(JsonGenerator g, List<QuestionBank.Question> questions, long started,
                                        Random rng) throws IOException {
        int[] counts = new int[5];
        long clock = started + 2_000 + rng.nextInt(5_000);
        g.writeArrayFieldStart("questions");
        for (QuestionBank.Question q : questions) {
            Outcome outcome = outcome(q, rng);
            boolean incomplete = outcome == Outcome.MISSED_SOME || outcome == Outcome.UNANSWERED;
            boolean submitted = outcome != Outcome.UNANSWERED;
            g.writeStartObject();
            if (rng.nextDouble() >= P_FIELD_MISSING) {
                g.writeBooleanField("user_incomplete", incomplete);
                counts[0] += incomplete ? 1 : 0;
            }
            if (outcome != Outcome.UNANSWERED) {
                g.writeBooleanField("user_correct", outcome == Outcome.CORRECT);
            }
            clock = writeOptions(g, q, outcome, clock, rng);
            if (rng.nextDouble() >= P_FIELD_MISSING) {
                g.writeBooleanField("user_submitted", submitted);
                counts[1] += submitted ? 1 : 0;
            }
            g.writeStringField("id", q.id());
            g.writeStringField("user_result", switch (outcome) {
                case CORRECT -> "correct";
                case MISSED_SOME -> "missed_some";
                case INCORRECT -> "incorrect";
                case UNANSWERED -> "unanswered";
            });
            g.writeEndObject();
            counts[2] += outcome == Outcome.INCORRECT ? 1 : 0;
            counts[3] += outcome == Outcome.CORRECT ? 1 : 0;
            counts[4] += outcome == Outcome.UNANSWERED ? 1 : 0;
        }
        g.writeEndArray();
        return counts;
    }

    private static Outcome outcome(QuestionBank.Question q, Random rng) {
        double u = rng.nextDouble();
        if (u < P_CORRECT) {
            return Outcome.CORRECT;
        }
        if (u < P_CORRECT + P_UNANSWERED) {
            return Outcome.UNANSWERED;
        }
        if (q.correctOptions() > 1 && (u < P_CORRECT + P_UNANSWERED + P_MISSED_SOME
                || q.correctOptions() == q.options().size())) {
            return Outcome.MISSED_SOME;
        }
        // a question whose options are all correct (record 0 has one) is answered wrongly by missing some
        return Outcome.INCORRECT;
    }

    /**
     * Writes the options with the real file's field order: checked, at (only if touched), id, submitted (only if
     * checked), correct (only on correct options); an untouched correct option puts correct before id, as record
     * 0 shows. Returns the advanced clock.
     */
    private static long writeOptions(JsonGenerator g, QuestionBank.Question q, Outcome outcome, long clock,
                                     Random rng) throws IOException {
        boolean[] checked = chooseChecked(q, outcome, rng);
        g.writeArrayFieldStart("options");
        for (int i = 0; i < q.options().size(); i++) {
            QuestionBank.Option o = q.options().get(i);
            // an option can be clicked and unclicked again: touched but not checked
            boolean touched = checked[i] || (outcome != Outcome.UNANSWERED && rng.nextInt(12) == 0);
            g.writeStartObject();
            g.writeBooleanField("checked", checked[i]);
            if (touched) {
                clock += 300 + rng.nextInt(9_000);
                g.writeStringField("at", RandomIds.iso(clock));
            } else if (o.correct()) {
                g.writeBooleanField("correct", true);
            }
            g.writeStringField("id", o.id());
            if (checked[i]) {
                g.writeNumberField("submitted", 1);
            }
            if (touched && o.correct()) {
                g.writeBooleanField("correct", true);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        return clock + 1_000 + rng.nextInt(6_000);
    }

    private static boolean[] chooseChecked(QuestionBank.Question q, Outcome outcome, Random rng) {
        int n = q.options().size();
        boolean[] checked = new boolean[n];
        switch (outcome) {
            case CORRECT -> {
                for (int i = 0; i < n; i++) {
                    checked[i] = q.options().get(i).correct();
                }
            }
            case MISSED_SOME -> {
                // some but not all correct options: check all correct ones, then uncheck at least one
                int left = q.correctOptions() - 1 - rng.nextInt(q.correctOptions() - 1);
                for (int i = 0; i < n; i++) {
                    if (q.options().get(i).correct() && left > 0) {
                        checked[i] = true;
                        left--;
                    }
                }
            }
            case INCORRECT -> {
                int wrong;
                do {
                    wrong = rng.nextInt(n);
                } while (q.options().get(wrong).correct());
                checked[wrong] = true;
                for (int i = 0; i < n; i++) {
                    checked[i] |= q.options().get(i).correct() && rng.nextBoolean();
                }
            }
            case UNANSWERED -> {
                // nothing checked
            }
        }
        return checked;
    }
}
