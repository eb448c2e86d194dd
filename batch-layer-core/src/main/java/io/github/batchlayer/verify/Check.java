package io.github.batchlayer.verify;

import java.util.Objects;

/**
 * One comparison of the verify goal. Expected and actual are kept as text because they are shown to a person
 * (report, build log) and written to verify.json; the verdict is decided where the values were still typed.
 */
public record Check(String name, String expected, String actual, boolean passed) {

    public Check {
        Objects.requireNonNull(name, "name");
        expected = String.valueOf(expected);
        actual = String.valueOf(actual);
    }

    /** Passes when both values are equal (null equals only null). */
    public static Check equal(String name, Object expected, Object actual) {
        return new Check(name, String.valueOf(expected), String.valueOf(actual), Objects.equals(expected, actual));
    }

    public static Check pass(String name, String expected, String actual) {
        return new Check(name, expected, actual, true);
    }

    public static Check fail(String name, String expected, String actual) {
        return new Check(name, expected, actual, false);
    }
}
