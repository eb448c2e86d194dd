package io.github.batchlayer.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.List;

class EngineVersionsTest {

    @Test
    void defaultsAreFilteredFromThePom() {
        EngineVersions v = EngineVersions.defaults();
        for (String value : List.of(v.kafka(), v.hadoop(), v.spark(), v.scalaBinary(), v.log4j2(), v.plugin())) {
            assertNotNull(value, v.toString());
            assertFalse(value.isBlank(), v.toString());
            assertFalse(value.contains("${"), "unfiltered: " + v);
            assertTrue(value.matches("\\d+\\.\\d+.*"), "not a version: " + value);
        }
    }

    @Test
    void withOverridesOnlyNonBlankValues() {
        EngineVersions v = EngineVersions.defaults();
        EngineVersions o = v.with("9.9.9", " ", null);
        assertEquals("9.9.9", o.kafka());
        assertEquals(v.hadoop(), o.hadoop());
        assertEquals(v.spark(), o.spark());
        assertEquals(v.scalaBinary(), o.scalaBinary());
    }
}
