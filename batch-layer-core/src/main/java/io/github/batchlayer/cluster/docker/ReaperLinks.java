package io.github.batchlayer.cluster.docker;

import io.github.batchlayer.cluster.ClusterException;
import io.github.batchlayer.cluster.docker.reaper.ReaperProtocol;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * This JVM's connections to the reapers of the runs it owns, one per run, open for as long as the cluster belongs
 * to this JVM: when the JVM dies, however, the kernel closes them and the reaper removes the run. JVM-wide
 * (static), because the cluster belongs to the Maven process, not to one goal's launcher object; the static map
 * also keeps each socket reachable (an unreachable socket's descriptor is closed by its cleaner).
 */
final class ReaperLinks {

    private static final Map<String, Link> LINKS = new HashMap<>();

    private ReaperLinks() {
    }

    /** Connects to the run's reaper on {@code port} as the run's owner. */
    static synchronized void own(String runId, int port, ReaperProtocol.LabelFilter run, Duration timeout) {
        release(runId);
        Link link = Link.open(port, timeout);
        String answer = link.request(ReaperProtocol.ownLine(run));
        if (!ReaperProtocol.OWNED.equals(answer)) {
            link.close();
            throw new ClusterException("the reaper on 127.0.0.1:" + port + " did not accept this build as the owner "
                    + "of " + run + ": " + answer);
        }
        LINKS.put(runId, link);
    }

    /** Hands the run over to its state file: the reaper leaves it to cluster-down from now on. */
    static synchronized void keep(String runId) {
        Link link = LINKS.remove(runId);
        if (link == null) {
            throw new ClusterException("this build does not own run " + runId + ": it cannot be kept");
        }
        try {
            String answer = link.request(ReaperProtocol.KEEP);
            if (!ReaperProtocol.KEPT.equals(answer)) {
                throw new ClusterException("the reaper of run " + runId + " did not keep it: " + answer);
            }
        } finally {
            link.close();
        }
    }

    /** Closes this JVM's connection to the run's reaper, if it holds one (the run has been removed). */
    static synchronized void release(String runId) {
        Link link = LINKS.remove(runId);
        if (link != null) {
            link.close();
        }
    }

    private record Link(Socket socket, BufferedReader in, PrintWriter out) {

        static Link open(int port, Duration timeout) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
                        (int) timeout.toMillis());
                // answers come at once; a reaper that does not answer is not one
                socket.setSoTimeout((int) timeout.toMillis());
                return new Link(socket, new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.UTF_8)), new PrintWriter(socket.getOutputStream(), true,
                        StandardCharsets.UTF_8));
            } catch (IOException e) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // nothing was opened
                }
                throw new ClusterException("cannot connect to the reaper on 127.0.0.1:" + port + ": "
                        + e.getMessage(), e);
            }
        }

        String request(String line) {
            out.println(line);
            try {
                String answer = in.readLine();
                return answer == null ? "(connection closed)" : answer;
            } catch (IOException e) {
                return "(" + e.getMessage() + ")";
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing is all we wanted
            }
        }
    }
}
