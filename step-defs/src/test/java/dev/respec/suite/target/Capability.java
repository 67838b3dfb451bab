package dev.respec.suite.target;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a target can do beyond serving commands. Scenarios ask for these by tag ({@code @needs:restart}),
 * never by target name, so a third-party server runs every scenario its capabilities allow.
 */
public enum Capability {
    /** Stop gracefully and start again on the same port and data dir. */
    RESTART("restart"),
    /** SIGKILL the server, then start it again on the same port and data dir. */
    KILL("kill"),
    /** The DEBUG command is allowed (enable-debug-command). */
    DEBUG("debug"),
    /** CONFIG SET is allowed. */
    CONFIG("config"),
    /** The suite can read and write the server's data dir. */
    FILES("files"),
    /** The suite can start further instances of the same server, with extra config. */
    LAUNCH("launch"),
    /** HELLO 3 switches the connection to RESP3 (tag {@code @resp3}). */
    RESP3("resp3");

    private final String tagName;

    Capability(String tagName) {
        this.tagName = tagName;
    }

    /** The word used in tags and reports: {@code restart} in {@code @needs:restart}. */
    public String tagName() {
        return tagName;
    }

    public static Optional<Capability> fromTagName(String name) {
        return Arrays.stream(values()).filter(c -> c.tagName.equals(name)).findFirst();
    }
}
