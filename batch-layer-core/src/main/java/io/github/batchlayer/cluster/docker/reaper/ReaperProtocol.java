package io.github.batchlayer.cluster.docker.reaper;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reaper's line protocol, written and read by both sides: the reaper container and the Maven JVM that owns the
 * run. One text line each way, UTF-8, over a TCP connection to 127.0.0.1.
 * <ul>
 *   <li>the reaper prints {@code reaper listening on 127.0.0.1:<port>} on its standard output once it accepts;</li>
 *   <li>the owner sends {@code OWN <label>=<value>}, the label filter of the run it owns; the reaper answers
 *       {@code OWNED} when that is the run it watches, else {@code REFUSED <why>} and closes;</li>
 *   <li>while the connection stays open the run has a live owner; when the last owner's connection closes (also
 *       by the kernel, when its process dies) and none reconnects within the grace period, the reaper removes every
 *       container with the label, then itself;</li>
 *   <li>an owner that hands the run over to its state file (a kept cluster) sends {@code KEEP}; the reaper answers
 *       {@code KEPT} and from then on leaves the run to {@code cluster-down}.</li>
 * </ul>
 */
public final class ReaperProtocol {

    public static final String OWN = "OWN";
    public static final String OWNED = "OWNED";
    public static final String REFUSED = "REFUSED";
    public static final String KEEP = "KEEP";
    public static final String KEPT = "KEPT";

    private static final String LISTENING = "reaper listening on 127.0.0.1:";
    private static final Pattern LISTENING_LINE = Pattern.compile(Pattern.quote(LISTENING) + "(\\d{1,5})");

    private ReaperProtocol() {
    }

    /** What the reaper prints once it accepts connections. */
    public static String listeningLine(int port) {
        return LISTENING + port;
    }

    /** The port from the reaper's output, once it has printed its listening line. */
    public static Optional<Integer> listeningPort(String output) {
        Matcher m = LISTENING_LINE.matcher(output);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** The owner's first line. */
    public static String ownLine(LabelFilter filter) {
        return OWN + " " + filter;
    }

    /** The filter an {@code OWN} line names, or empty for any other line. */
    public static Optional<LabelFilter> parseOwn(String line) {
        if (line == null || !line.startsWith(OWN + " ")) {
            return Optional.empty();
        }
        return LabelFilter.parse(line.substring(OWN.length() + 1).trim());
    }

    /**
     * A single {@code key=value} label filter: the run the reaper watches.
     *
     * @param key   the label's name
     * @param value the run's value
     */
    public record LabelFilter(String key, String value) {

        public LabelFilter {
            if (key == null || key.isBlank() || key.contains("=") || value == null || value.isBlank()) {
                throw new IllegalArgumentException("a label filter is key=value, both non-empty: " + key + "="
                        + value);
            }
        }

        public static Optional<LabelFilter> parse(String text) {
            int eq = text == null ? -1 : text.indexOf('=');
            if (eq <= 0 || eq == text.length() - 1) {
                return Optional.empty();
            }
            return Optional.of(new LabelFilter(text.substring(0, eq), text.substring(eq + 1)));
        }

        @Override
        public String toString() {
            return key + "=" + value;
        }
    }
}
