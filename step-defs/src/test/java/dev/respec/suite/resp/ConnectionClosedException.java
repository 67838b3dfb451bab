package dev.respec.suite.resp;

import java.io.IOException;

/**
 * The server closed the connection (EOF or reset) before a whole reply arrived: a distinct outcome from a
 * timeout, because "the server closes the connection" is itself an expected behaviour in some scenarios.
 */
public final class ConnectionClosedException extends IOException {
    private final byte[] received;

    public ConnectionClosedException(String message, byte[] received) {
        super(message);
        this.received = received;
    }

    /** Bytes that arrived before the close and were not part of a whole reply. */
    public byte[] received() {
        return received.clone();
    }
}
