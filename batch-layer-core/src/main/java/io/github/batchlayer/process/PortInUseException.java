package io.github.batchlayer.process;

/** A configured port that something already listens on: a launcher may add who that is, when it can tell. */
public final class PortInUseException extends IllegalStateException {

    private final int port;

    public PortInUseException(int port) {
        super("port " + port + " on 127.0.0.1 is already in use; stop what listens there, or leave the port unset (0) "
                + "to take a free one");
        this.port = port;
    }

    public int port() {
        return port;
    }
}
