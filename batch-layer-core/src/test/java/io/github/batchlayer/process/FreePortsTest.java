package io.github.batchlayer.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

class FreePortsTest {

    @Test
    void aConfiguredPortIsKept() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        assertEquals(port, new FreePorts().portOr(port));
    }

    @Test
    void aConfiguredPortInUseIsRefusedAtOnce() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> new FreePorts().portOr(port));
            assertTrue(e.getMessage().contains("port " + port + " on 127.0.0.1 is already in use"), e.getMessage());
        }
    }

    @Test
    void freePortsAreDistinctAndBindable() throws Exception {
        FreePorts ports = new FreePorts();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            int port = ports.portOr(0);
            assertTrue(port > 0 && port < 65536, "port " + port);
            assertTrue(seen.add(port), "handed out twice: " + port);
        }
        int port = ports.portOr(-1);
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, socket.getLocalPort());
        }
    }

    @Test
    void aFreePortIsNeverOneConfiguredEarlier() {
        FreePorts ports = new FreePorts();
        int first = ports.portOr(0);
        FreePorts again = new FreePorts();
        again.portOr(first);
        assertNotEquals(first, again.portOr(0));
    }
}
