package io.github.batchlayer.cluster.docker.compose;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterpolationTest {

    private static final Map<String, String> VARS = Map.of("PORT", "9092", "EMPTY", "");

    @Test
    void bracedAndPlainReferences() {
        assertEquals("127.0.0.1:9092", Interpolation.apply("127.0.0.1:${PORT}", VARS));
        assertEquals("9092/x", Interpolation.apply("$PORT/x", VARS));
    }

    @Test
    void defaultsDistinguishUnsetFromEmpty() {
        assertEquals("7077", Interpolation.apply("${MISSING:-7077}", VARS));
        assertEquals("7077", Interpolation.apply("${EMPTY:-7077}", VARS));
        assertEquals("", Interpolation.apply("${EMPTY-7077}", VARS));
        assertEquals("7077", Interpolation.apply("${MISSING-7077}", VARS));
        assertEquals("9092", Interpolation.apply("${PORT:-7077}", VARS));
        assertEquals("eclipse-temurin:17-jre", Interpolation.apply("${BASE:-eclipse-temurin:17-jre}", VARS));
    }

    @Test
    void doubleDollarIsALiteralDollarForTheContainersShell() {
        assertEquals("echo $HOME ${X}", Interpolation.apply("echo $$HOME $${X}", VARS));
    }

    @Test
    void requiredVariableFailsWithItsMessage() {
        ComposeException e = assertThrows(ComposeException.class,
                () -> Interpolation.apply("${CLUSTER_ID:?the plugin passes it}", VARS));
        assertTrue(e.getMessage().contains("CLUSTER_ID") && e.getMessage().contains("the plugin passes it"));
        assertEquals("9092", Interpolation.apply("${PORT:?x}", VARS));
    }

    @Test
    void unsetWithoutDefaultIsEmptyAndBadSyntaxFails() {
        assertEquals("a--b", Interpolation.apply("a-${NOPE}-b", VARS));
        assertThrows(ComposeException.class, () -> Interpolation.apply("${PORT", VARS));
        assertThrows(ComposeException.class, () -> Interpolation.apply("${PORT/x}", VARS));
    }
}
