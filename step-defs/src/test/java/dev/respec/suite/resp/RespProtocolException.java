package dev.respec.suite.resp;

/** The server sent bytes that are not a valid RESP2/RESP3 reply. */
public final class RespProtocolException extends RuntimeException {
    public RespProtocolException(String message) {
        super(message);
    }
}
