package dev.respec.suite.target;

/** A target could not be started, reached or driven; the message says what to do about it. */
public final class TargetException extends RuntimeException {
    public TargetException(String message) {
        super(message);
    }

    public TargetException(String message, Throwable cause) {
        super(message, cause);
    }
}
