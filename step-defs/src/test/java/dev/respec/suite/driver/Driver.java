package dev.respec.suite.driver;

import dev.respec.suite.resp.Reply;

import java.io.IOException;
import java.util.List;

/**
 * One client connection through which steps run commands. The raw driver sees replies exactly; client
 * libraries see less (Jedis cannot tell a status reply from a bulk string, for instance), so each driver
 * says what it can observe of a reply ({@link #observable}) and expectations are compared through that lens.
 */
public interface Driver extends AutoCloseable {

    /** {@code raw}, {@code jedis} or {@code lettuce}. */
    String name();

    /** Runs one command; error replies come back as {@link Reply.ErrorReply}, not as exceptions. */
    Reply call(List<byte[]> args) throws IOException;

    /** What this driver would report for a server reply {@code r}: the identity for the raw driver. */
    default Reply observable(Reply r) {
        return r;
    }

    /** What this driver cannot distinguish, for failure messages; empty for the raw driver. */
    default String limits() {
        return "";
    }

    @Override
    void close();
}
