package dev.respec.suite.resp;

import java.io.IOException;

/** No whole reply (or not the expected bytes) within the read timeout; the connection is still open. */
public final class ReplyTimeoutException extends IOException {
    private final byte[] received;

    public ReplyTimeoutException(String message, byte[] received) {
        super(message);
        this.received = received;
    }

    /** Bytes that arrived and were not part of a whole reply. */
    public byte[] received() {
        return received.clone();
    }
}
