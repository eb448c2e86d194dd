package io.github.batchlayer.cluster.docker.reaper;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The reaper: the main of a small container that outlives the Maven JVM owning a docker cluster (Testcontainers'
 * Ryuk is the model). It watches one run, named by a label filter, and removes every container carrying that
 * label, itself last, once no owner has been connected for the grace period ({@link OwnerTracker},
 * {@link ReaperProtocol}). A {@code kill -9} of Maven closes Maven's connection in the kernel, which is all the
 * reaper needs to notice. It needs only the JDK and docker-java: its classes are copied into its image alone.
 * <p>
 * Arguments: {@code <label>=<value> <grace seconds> <first-owner seconds>}.
 */
public final class Reaper {

    /** The label naming a container's service (the launcher's {@code ClusterLabels.SERVICE}). */
    public static final String SERVICE_LABEL = "io.github.batchlayer.service";
    /** The service label's value on the reaper's own container. */
    public static final String SERVICE = "reaper";

    private final ReaperProtocol.LabelFilter run;
    private final OwnerTracker owners;

    private Reaper(ReaperProtocol.LabelFilter run, OwnerTracker owners) {
        this.run = run;
        this.owners = owners;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: Reaper <label>=<value> <grace seconds> <first-owner seconds>");
        }
        ReaperProtocol.LabelFilter run = ReaperProtocol.LabelFilter.parse(args[0])
                .orElseThrow(() -> new IllegalArgumentException("not a label filter: " + args[0]));
        long grace = TimeUnit.SECONDS.toMillis(Long.parseLong(args[1]));
        long firstOwner = TimeUnit.SECONDS.toMillis(Long.parseLong(args[2]));
        try (DockerClient docker = EngineClients.connect();
             ServerSocket server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress())) {
            // fail here, before saying "listening", when the engine cannot be reached from inside the container
            int ours = containers(docker, run).size();
            Reaper reaper = new Reaper(run, new OwnerTracker(millis(), grace, firstOwner));
            Thread acceptor = new Thread(() -> reaper.accept(server), "reaper-accept");
            acceptor.setDaemon(true);
            acceptor.start();
            say(ReaperProtocol.listeningLine(server.getLocalPort()) + " (watching " + run + ", " + ours
                    + " container(s) so far; grace " + args[1] + " s)");
            while (!reaper.owners.reapDue(millis())) {
                Thread.sleep(250);
            }
            say("no owner of " + run + " any more: removing its containers");
            reap(docker, run);
        }
    }

    private void accept(ServerSocket server) {
        while (true) {
            try {
                Socket socket = server.accept();
                Thread owner = new Thread(() -> serve(socket), "reaper-owner");
                owner.setDaemon(true);
                owner.start();
            } catch (IOException e) {
                say("accept failed: " + e.getMessage());
                return;
            }
        }
    }

    /** One connection: an owner from its {@code OWN} line until it closes. */
    private void serve(Socket socket) {
        boolean owning = false;
        try (socket;
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                     StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8)) {
            Optional<ReaperProtocol.LabelFilter> claimed = ReaperProtocol.parseOwn(in.readLine());
            if (claimed.isEmpty() || !claimed.get().equals(run)) {
                out.println(ReaperProtocol.REFUSED + " this reaper watches " + run);
                return;
            }
            owners.connected();
            owning = true;
            out.println(ReaperProtocol.OWNED);
            say("owner connected from " + socket.getRemoteSocketAddress());
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (ReaperProtocol.KEEP.equals(line.trim())) {
                    owners.keep();
                    out.println(ReaperProtocol.KEPT);
                    say("kept: " + run + " is left to cluster-down");
                }
            }
        } catch (IOException e) {
            // a connection reset is how a killed owner often goes: the same as a close
        } finally {
            if (owning) {
                owners.disconnected(millis());
                say("owner disconnected" + (owners.kept() ? " (run kept)" : ""));
            }
        }
    }

    /** Removes the run's containers, the reaper's own last (removing it ends this process). */
    private static void reap(DockerClient docker, ReaperProtocol.LabelFilter run) {
        List<Container> all = containers(docker, run).stream()
                .sorted(Comparator.comparing((Container c) -> SERVICE.equals(service(c)))).toList();
        for (Container c : all) {
            try {
                say("removing " + service(c) + " (" + c.getId().substring(0, 12) + ")");
                docker.removeContainerCmd(c.getId()).withForce(true).withRemoveVolumes(true).exec();
            } catch (NotFoundException gone) {
                // removed meanwhile (cluster-down, or another sweep)
            } catch (RuntimeException e) {
                say("could not remove " + c.getId() + ": " + e.getMessage());
            }
        }
    }

    private static List<Container> containers(DockerClient docker, ReaperProtocol.LabelFilter run) {
        return docker.listContainersCmd().withShowAll(true).withLabelFilter(Map.of(run.key(), run.value())).exec();
    }

    private static String service(Container c) {
        return c.getLabels() == null ? "?" : c.getLabels().getOrDefault(SERVICE_LABEL, "?");
    }

    private static long millis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
    }

    private static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
