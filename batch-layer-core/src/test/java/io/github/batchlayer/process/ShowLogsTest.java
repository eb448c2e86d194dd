package io.github.batchlayer.process;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShowLogsTest {

    @Test
    void unsetBlankOrFalseShowsNothing() {
        for (String value : new String[] {null, "", " ", "false", "FALSE"}) {
            assertFalse(ShowLogs.parse(value).any(), "'" + value + "'");
        }
    }

    @Test
    void trueOrAllShowsEveryLog() {
        assertTrue(ShowLogs.parse("true").includes("kafka"));
        assertTrue(ShowLogs.parse("all").includes("spark-driver"));
    }

    @Test
    void aListShowsOnlyTheServicesItNames() {
        ShowLogs which = ShowLogs.parse("kafka, spark-driver,,");
        assertTrue(which.includes("kafka"));
        assertTrue(which.includes("spark-driver"));
        assertFalse(which.includes("namenode"));
    }
}
