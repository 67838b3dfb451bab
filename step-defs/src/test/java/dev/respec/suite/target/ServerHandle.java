package dev.respec.suite.target;

import java.nio.file.Path;

/**
 * One running server instance the suite started: the target's own server, or a second one launched with
 * extra config for a scenario. Restarts keep the port and the data dir, so clients reconnect to the same
 * address and persistence scenarios find their files.
 */
public interface ServerHandle extends AutoCloseable {

    String host();

    int port();

    /** The server's working directory (where RDB/AOF files go). */
    Path dataDir();

    /** Starts the server again after {@link #stop} or {@link #kill}; waits until it answers PING. */
    void start();

    /** Graceful stop (SIGTERM: Redis saves first if configured to), waiting for the process to end. */
    void stop();

    /** SIGKILL: no chance to save or flush. */
    void kill();

    default void restart() {
        stop();
        start();
    }

    boolean isRunning();

    /** The last lines the server logged, for failure messages. */
    String logTail(int lines);

    /** e.g. {@code reference server on 127.0.0.1:40123 (dir /tmp/...)}. */
    String describe();

    @Override
    default void close() {
        stop();
    }
}
