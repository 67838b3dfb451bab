package dev.respec.suite.target;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * The server under test, as the suite sees it: an address, a set of capabilities and a version. One
 * target is started per JVM (see {@link Targets}) and shared by all scenarios.
 *
 * <p>Operations that need a capability ({@link #restart}, {@link #kill}, {@link #launch}, {@link #dataDir})
 * throw {@link UnsupportedOperationException} on a target that lacks it; scenarios are tagged so that they
 * are skipped before that happens.
 */
public interface Target {

    /** How the target is named in reports: {@code reference}, {@code redis}, {@code external 10.0.0.1:6379}. */
    String name();

    /** Starts the server if it is not running (idempotent; also revives a server a scenario left killed). */
    void start();

    void stop();

    String host();

    int port();

    Set<Capability> capabilities();

    /** The Redis version the server reports (INFO server redis_version), or {@code unknown}. */
    String version();

    /** Graceful stop and start, same port, same data dir. Needs {@link Capability#RESTART}. */
    void restart();

    /** SIGKILL; call {@link #start} to bring it back. Needs {@link Capability#KILL}. */
    void kill();

    /** Needs {@link Capability#FILES}. */
    Path dataDir();

    /** A second, independent server of the same kind on a free port with extra config. Needs {@link Capability#LAUNCH}. */
    ServerHandle launch(Map<String, String> config);

    /** The last lines of the server's log, when the suite can see it; empty otherwise. */
    default String logTail(int lines) {
        return "";
    }

    default boolean has(Capability c) {
        return capabilities().contains(c);
    }
}
