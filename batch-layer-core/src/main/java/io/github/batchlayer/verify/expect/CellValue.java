package io.github.batchlayer.verify.expect;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * How checks compare values: as text, except that two values which both read as plain decimal numbers compare
 * numerically ({@code 1}, {@code 1.0} and {@code 1.00} are equal). A CSV cannot tell null from an empty string;
 * an empty field is taken as null, as Spark's CSV output writes null.
 */
public final class CellValue {
    // what a person writes as a number; no NaN, Infinity, hex or thousands separators
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private CellValue() {
    }

    /** The value as a number, or null when it is null, empty or not a plain decimal number. */
    public static BigDecimal number(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        if (t.isEmpty() || !NUMBER.matcher(t).matches()) {
            return null;
        }
        return new BigDecimal(t);
    }

    /** A key under which equal values (by the rule above) meet: numbers in one canonical form, text as it is. */
    public static String canonical(String text) {
        BigDecimal n = number(text);
        if (n == null) {
            return text;
        }
        return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    }

    public static boolean isNull(String csvField) {
        return csvField == null || csvField.isEmpty();
    }
}
