package dev.respec.suite.target;

/**
 * A server process ended before it answered PING: what a scenario expects when a server must refuse
 * to start (a corrupt RDB file, say), and a failure otherwise. Carries the exit code and the log.
 */
public final class ServerExitedException extends TargetException {
    private final int exitCode;
    private final String log;

    public ServerExitedException(String message, int exitCode, String log) {
        super(message);
        this.exitCode = exitCode;
        this.log = log;
    }

    public int exitCode() {
        return exitCode;
    }

    /** Everything the server logged. */
    public String log() {
        return log;
    }
}
