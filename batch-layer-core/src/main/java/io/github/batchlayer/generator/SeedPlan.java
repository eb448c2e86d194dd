package io.github.batchlayer.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Decides, before anything is written, which exam every one of the 3280 rows belongs to, how many questions it
 * has, which rows lack counts and which rows repeat an earlier one. The known facts are sums over the whole file
 * (14702 questions, 1646 rows of 4, 38 repeats), which cannot be met one record at a time; the plan is small
 * (a few ints per row), so holding it is fine.
 */
final class SeedPlan {
    static final int RECORDS = 3280;
    static final int REPEATS = 38;
    static final int WITHOUT_COUNTS = 5;
    static final int TOTAL_SUM = 14702;
    static final int ROWS_WITH_FOUR = 1646;
    private static final int MAX_OTHER_ROWS = 79;

    /** One row. A copy points at its source; the source must appear earlier. */
    static final class Row {
        final int exam;
        int total;
        boolean withCounts = true;
        boolean secondBaseId;
        boolean fixed;
        boolean source;
        Row copyOf;

        Row(int exam) {
            this.exam = exam;
        }

        boolean free() {
            return !fixed && !source && copyOf == null && withCounts;
        }
    }

    final List<Row> rows;
    final int[] poolSizes;

    private SeedPlan(List<Row> rows, int[] poolSizes) {
        this.rows = rows;
        this.poolSizes = poolSizes;
    }

    static SeedPlan build(long seed) {
        Random rng = new Random(seed);
        int[] rowsPerExam = rowsPerExam(rng);
        int[] copies = copiesPerExam(rowsPerExam, rng);
        List<Row> rows = order(rowsPerExam, copies, rng);
        int[] sizes = poolSizes(rowsPerExam, rng);
        assignTotals(rows, sizes, rng);
        return new SeedPlan(rows, sizes);
    }

    /** Known counts for 21 exams; the other 82 share the rest, between 3 and 79 rows, skewed. */
    private static int[] rowsPerExam(Random rng) {
        int n = ExamCatalog.NAMES.size();
        int[] rows = new int[n];
        int known = 0;
        for (int e = 0; e < ExamCatalog.FIRST_OTHER; e++) {
            String name = ExamCatalog.NAMES.get(e);
            rows[e] = ExamCatalog.TOP_TEN.getOrDefault(name, ExamCatalog.LEAST_TAKEN.getOrDefault(name, 0));
            known += rows[e];
        }
        int others = n - ExamCatalog.FIRST_OTHER;
        double[] weight = new double[n];
        List<Integer> ranks = new ArrayList<>();
        for (int r = 1; r <= others; r++) {
            ranks.add(r);
        }
        Collections.shuffle(ranks, rng);
        for (int e = ExamCatalog.FIRST_OTHER; e < n; e++) {
            rows[e] = 3;
            weight[e] = 1.0 / (ranks.get(e - ExamCatalog.FIRST_OTHER) + 10);
        }
        int left = RECORDS - known - 3 * others;
        while (left > 0) {
            double total = 0;
            for (int e = ExamCatalog.FIRST_OTHER; e < n; e++) {
                total += rows[e] < MAX_OTHER_ROWS ? weight[e] : 0;
            }
            double u = rng.nextDouble() * total;
            for (int e = ExamCatalog.FIRST_OTHER; e < n; e++) {
                u -= rows[e] < MAX_OTHER_ROWS ? weight[e] : 0;
                if (u < 0 || e == n - 1 && rows[e] < MAX_OTHER_ROWS) {
                    rows[e]++;
                    left--;
                    break;
                }
            }
        }
        return rows;
    }

    /**
     * 38 repeats: the facts give 390 distinct user_exam_id for Learning Git's 394 rows, 156 for Intermediate
     * Python's 158 and 83 for Beginning C#'s 95; the other 20 go to 20 mid-sized exams of unknown count.
     */
    private static int[] copiesPerExam(int[] rowsPerExam, Random rng) {
        int[] copies = new int[rowsPerExam.length];
        copies[ExamCatalog.indexOf("Learning Git")] = 4;
        copies[ExamCatalog.indexOf("Intermediate Python Programming")] = 2;
        copies[ExamCatalog.indexOf("Beginning C# Programming")] = 12;
        List<Integer> candidates = new ArrayList<>();
        for (int e = ExamCatalog.FIRST_OTHER; e < rowsPerExam.length; e++) {
            String name = ExamCatalog.NAMES.get(e);
            if (rowsPerExam[e] >= 6 && !ExamCatalog.KNOWN_SIZES.containsKey(name)) {
                candidates.add(e);
            }
        }
        Collections.shuffle(candidates, rng);
        for (int i = 0; i < REPEATS - 18; i++) {
            copies[candidates.get(i)] = 1;
        }
        return copies;
    }

    /** Record 0 is Normal Forms (the real record), the last is Learning Linux System Administration. */
    private static List<Row> order(int[] rowsPerExam, int[] copies, Random rng) {
        int first = ExamCatalog.indexOf(ExamCatalog.NORMAL_FORMS);
        int last = ExamCatalog.indexOf(ExamCatalog.LINUX_ADMIN);
        List<Row> middle = new ArrayList<>();
        for (int e = 0; e < rowsPerExam.length; e++) {
            int unique = rowsPerExam[e] - copies[e] - (e == first ? 1 : 0) - (e == last ? 1 : 0);
            for (int i = 0; i < unique; i++) {
                middle.add(new Row(e));
            }
        }
        Collections.shuffle(middle, rng);
        List<Row> rows = new ArrayList<>(RECORDS);
        Row firstRow = new Row(first);
        firstRow.fixed = true;
        rows.add(firstRow);
        rows.addAll(middle);
        Row lastRow = new Row(last);
        lastRow.fixed = true;
        rows.add(lastRow);
        rows.get(1).fixed = true; // record 1 carries a known keen_id

        // exams with two base ids: the first attempt uses the second id, so both occur
        boolean[] seen = new boolean[rowsPerExam.length];
        for (Row row : rows) {
            row.secondBaseId = !seen[row.exam] || rng.nextInt(10) < 3;
            seen[row.exam] = true;
        }
        // each repeat copies a distinct earlier row of its exam and lands somewhere after it
        for (int e = 0; e < copies.length; e++) {
            for (int c = 0; c < copies[e]; c++) {
                Row source;
                do {
                    source = rows.get(2 + rng.nextInt(rows.size() - 3));
                } while (source.exam != e || source.source || source.copyOf != null);
                source.source = true;
                Row copy = new Row(e);
                copy.copyOf = source;
                int after = rows.indexOf(source) + 1;
                rows.add(after + rng.nextInt(rows.size() - 1 - after + 1), copy);
            }
        }
        if (rows.size() != RECORDS || rows.get(RECORDS - 1) != lastRow) {
            throw new IllegalStateException("plan has " + rows.size() + " rows");
        }
        return rows;
    }

    /**
     * Question pool per exam. Most exams ask 4 or 5 questions; the pools are then nudged (exam by exam) until
     * "every row asks all its questions" lands a little above the known sum, so that the row-level adjustment
     * below only trims a few attempts.
     */
    private static int[] poolSizes(int[] rowsPerExam, Random rng) {
        int n = rowsPerExam.length;
        int[] size = new int[n];
        int[] top = {4, 5, 4, 5, 4, 5, 4, 4, 5, 4};
        int[] draw = {2, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 6, 6, 7};
        List<Integer> tunable = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            String name = ExamCatalog.NAMES.get(e);
            if (e < ExamCatalog.TOP_COUNT) {
                size[e] = top[e];
            } else if (ExamCatalog.KNOWN_SIZES.containsKey(name)) {
                size[e] = ExamCatalog.KNOWN_SIZES.get(name);
            } else {
                size[e] = draw[rng.nextInt(draw.length)];
                tunable.add(e);
            }
        }
        int lo = TOTAL_SUM + 100;
        int hi = TOTAL_SUM + 350;
        for (int step = 0; step < 10_000; step++) {
            long sum = 0;
            long fours = 0;
            for (int e = 0; e < n; e++) {
                sum += (long) rowsPerExam[e] * size[e];
                fours += size[e] == 4 ? rowsPerExam[e] : 0;
            }
            int e = tunable.get(rng.nextInt(tunable.size()));
            if (fours < ROWS_WITH_FOUR - 60) {
                if (size[e] == 5 || size[e] == 3) {
                    size[e] = 4;
                }
            } else if (fours > ROWS_WITH_FOUR + 60) {
                if (size[e] == 4) {
                    size[e] = sum < (lo + hi) / 2 ? 5 : 3;
                }
            } else if (sum < lo) {
                if (size[e] != 3 && size[e] != 4 && size[e] < 9) {
                    size[e]++;
                }
            } else if (sum > hi) {
                if (size[e] != 5 && size[e] != 4 && size[e] > 2) {
                    size[e]--;
                }
            } else {
                return size;
            }
        }
        throw new IllegalStateException("cannot size the question pools for this seed");
    }

    /**
     * Every row first asks its exam's whole pool; then free rows (not fixed, not repeated, with counts) are
     * trimmed or restored one question at a time until exactly 1646 rows have 4 questions and the totals add up
     * to 14702.
     */
    private static void assignTotals(List<Row> rows, int[] sizes, Random rng) {
        for (Row row : rows) {
            row.total = sizes[row.exam];
        }
        List<Row> free = new ArrayList<>();
        for (Row row : rows) {
            if (row.free()) {
                free.add(row);
            }
        }
        Collections.shuffle(free, rng);
        for (int i = 0; i < WITHOUT_COUNTS; i++) {
            free.remove(free.size() - 1).withCounts = false;
        }
        Row one = free.remove(free.size() - 1); // the smallest attempt of the file has one question
        one.total = 1;
        one.fixed = true;

        int fours = 0;
        long sum = 0;
        for (Row row : rows) {
            Row counted = row.copyOf == null ? row : row.copyOf;
            if (counted.withCounts) {
                fours += counted.total == 4 ? 1 : 0;
                sum += counted.total;
            }
        }
        for (Row row : free) {
            if (fours > ROWS_WITH_FOUR && row.total == 4) {
                row.total = sizes[row.exam] > 4 ? 5 : 3;
                sum += row.total - 4;
                fours--;
            } else if (fours < ROWS_WITH_FOUR && (row.total == 5 || (row.total == 3 && sizes[row.exam] > 3))) {
                sum += 4 - row.total;
                row.total = 4;
                fours++;
            }
        }
        for (int pass = 0; pass < 20 && sum != TOTAL_SUM; pass++) {
            for (Row row : free) {
                int t = row.total;
                if (sum > TOTAL_SUM && t != 4 && t != 5 && t > 1) {
                    row.total--;
                    sum--;
                } else if (sum < TOTAL_SUM && t != 4 && t != 3 && t < sizes[row.exam]) {
                    row.total++;
                    sum++;
                }
                if (sum == TOTAL_SUM) {
                    break;
                }
            }
        }
        if (fours != ROWS_WITH_FOUR || sum != TOTAL_SUM) {
            throw new IllegalStateException("cannot meet the known totals for this seed: " + fours + " rows of 4, sum "
                    + sum);
        }
    }
}
