package io.github.batchlayer.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/** Picks free TCP ports on 127.0.0.1 for services whose ports were not configured. */
public final class FreePorts {

    private final Set<Integer> handedOut = new HashSet<>();

    /**
     * The configured port when it is positive, else a free one not handed out before by this instance. A configured
     * port that something already listens on is refused here: the service would only die on it seconds later.
     */
    public synchronized int portOr(int configured) {
        if (configured > 0) {
            if (!isFree(configured)) {
                throw new PortInUseException(configured);
            }
            handedOut.add(configured);
            return configured;
        }
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = probe();
            if (handedOut.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port found on 127.0.0.1");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // as the services bind: a port left in TIME_WAIT by a stopped cluster counts as free
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int probe() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot probe a free port", e);
        }
    }
}
