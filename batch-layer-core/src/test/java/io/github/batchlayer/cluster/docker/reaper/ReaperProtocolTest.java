package io.github.batchlayer.cluster.docker.reaper;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReaperProtocolTest {

    private static final ReaperProtocol.LabelFilter RUN = new ReaperProtocol.LabelFilter("io.github.batchlayer.run",
            "3f1c-77");

    @Test
    void theOwnLineCarriesTheRunsLabelFilterBothWays() {
        String line = ReaperProtocol.ownLine(RUN);
        assertEquals("OWN io.github.batchlayer.run=3f1c-77", line);
        assertEquals(Optional.of(RUN), ReaperProtocol.parseOwn(line));
    }

    @Test
    void anythingButAnOwnLineWithAFilterIsNoClaim() {
        assertEquals(Optional.empty(), ReaperProtocol.parseOwn(null));
        assertEquals(Optional.empty(), ReaperProtocol.parseOwn("GET / HTTP/1.1"));
        assertEquals(Optional.empty(), ReaperProtocol.parseOwn("OWN"));
        assertEquals(Optional.empty(), ReaperProtocol.parseOwn("OWN run"));
        assertEquals(Optional.empty(), ReaperProtocol.parseOwn("OWN =x"));
        assertEquals(Optional.empty(), ReaperProtocol.parseOwn("OWN run="));
        assertThrows(IllegalArgumentException.class, () -> new ReaperProtocol.LabelFilter("a=b", "c"));
    }

    @Test
    void thePortIsReadFromTheReapersOutputOnceItListens() {
        assertEquals(Optional.empty(), ReaperProtocol.listeningPort("starting\n"));
        String output = "starting\n" + ReaperProtocol.listeningLine(40123) + " (watching x=y)\n";
        assertEquals(Optional.of(40123), ReaperProtocol.listeningPort(output));
    }
}
