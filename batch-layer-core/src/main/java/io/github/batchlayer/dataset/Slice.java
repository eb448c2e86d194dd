package io.github.batchlayer.dataset;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A half-open range of record indices {@code [from, to)}, the same as jq's {@code .[from:to]}, which is how the
 * seed publishes its file in chunks. {@code to == Long.MAX_VALUE} means "to the end".
 */
public record Slice(long from, long to) {
    public static final long OPEN = Long.MAX_VALUE;

    // "[a:b)", "a:b", ".[a:b]" (jq, half-open as well); either end may be left empty.
    private static final Pattern FORM = Pattern.compile("\\s*(\\[|\\.\\[)?\\s*(-?\\d*)\\s*:\\s*(-?\\d*)\\s*([)\\]])?\\s*");

    public static Slice all() {
        return new Slice(0, OPEN);
    }

    /** A slice with optional ends: a null {@code from} is 0, a null {@code to} is the end of the file. */
    public static Slice of(Long from, Long to) {
        return new Slice(from == null ? 0 : from, to == null ? OPEN : to);
    }

    /**
     * Parses "[0:1000)", "0:1000", ".[0:1000]", ":1000" or "3279:". A bare "[a:b]" is refused because it reads as
     * inclusive and would silently publish one record too few or too many.
     */
    public static Slice parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("Not a slice: '" + text + "'; expected [from:to) or from:to");
        }
        String open = m.group(1);
        String close = m.group(4);
        boolean jq = ".[".equals(open) && "]".equals(close);
        boolean halfOpen = "[".equals(open) && ")".equals(close);
        boolean bare = open == null && close == null;
        if (!(jq || halfOpen || bare)) {
            throw new IllegalArgumentException("Ambiguous slice '" + text
                    + "': write [from:to) (half-open), from:to, or jq's .[from:to]");
        }
        return of(number(m.group(2), text), number(m.group(3), text));
    }

    private static Long number(String digits, String text) {
        if (digits.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a slice: '" + text + "'", e);
        }
    }

    /** True when a bound counts from the end, as in jq's {@code .[-1:]} (the last record). */
    public boolean hasNegativeBound() {
        return from < 0 || (to < 0);
    }

    /**
     * This slice with bounds counted from the end turned into indices of a file of {@code recordCount} records
     * ({@code [-1:)} of 3280 records is {@code [3279:)}). A bound that reaches before the first record stays
     * negative, so {@link #validateAgainst} refuses it.
     */
    public Slice resolve(long recordCount) {
        long f = from < 0 ? recordCount + from : from;
        long t = to < 0 ? recordCount + to : to;
        return new Slice(f, t);
    }

    /**
     * {@link #resolve} then {@link #validateAgainst}: the slice as indices of a file of {@code recordCount}
     * records, or an error naming the slice as written when it does not fit the file.
     */
    public Slice resolveWithin(long recordCount, Path file) {
        Slice resolved = resolve(recordCount);
        if (resolved.hasNegativeBound()) {
            throw new DatasetException(file, -1, -1, "slice " + this + " counts back past the first record; the file"
                    + " has " + recordCount + " records");
        }
        resolved.validateAgainst(recordCount, file);
        return resolved;
    }

    public boolean isOpenEnded() {
        return to == OPEN;
    }

    /** True when record {@code index} belongs to the slice. */
    public boolean contains(long index) {
        return index >= from && index < to;
    }

    /** The number of records of a file of {@code recordCount} records that fall in the slice. */
    public long size(long recordCount) {
        long end = Math.min(to, recordCount);
        return Math.max(0, end - Math.max(0, from));
    }

    /** Refuses a slice that does not fit a file of {@code recordCount} records, before anything is sent. */
    public void validateAgainst(long recordCount, Path file) {
        String problem = null;
        if (from < 0 || to < 0) {
            problem = "slice " + this + " has a negative bound";
        } else if (from > to) {
            problem = "slice " + this + " starts after it ends";
        } else if (from > recordCount) {
            problem = "slice " + this + " starts after the last record; the file has " + recordCount + " records";
        } else if (!isOpenEnded() && to > recordCount) {
            problem = "slice " + this + " ends after the last record; the file has " + recordCount + " records";
        }
        if (problem != null) {
            throw new DatasetException(file, -1, -1, problem);
        }
    }

    @Override
    public String toString() {
        return "[" + from + ":" + (isOpenEnded() ? "" : String.valueOf(to)) + ")";
    }
}
