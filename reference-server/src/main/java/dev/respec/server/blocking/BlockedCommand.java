package dev.respec.server.blocking;

import dev.respec.server.keyspace.Database;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.network.Client;

/**
 * The rest of a blocking command, run when one of the keys its client waits on becomes ready (the
 * "serve" half of serveClientsBlockedOnListKey / serveClientsBlockedOnSortedSetKey). Each blocking
 * command captures what it needs from its arguments (direction, count, destination ...) when it
 * blocks, because the client's argv is gone by the time it is served.
 *
 * <p>{@link #serve} is called on the event loop thread, with the command clock started, for a key of
 * the client's database that holds a non-empty value of the awaited type. It must do the whole
 * command: take what it needs from the value, reply to the client, delete the key when it empties,
 * and end the write with {@code server.keyModified}. The client is unblocked right after, whatever
 * it replied (an error reply, e.g. WRONGTYPE for a BLMOVE destination, also ends the wait).
 */
@FunctionalInterface
public interface BlockedCommand {
    void serve(Client c, Database db, byte[] key, RedisObject value);

    /** The reply when the timeout passes first: the null array ("*-1" in RESP2, "_" in RESP3). */
    default void replyTimedOut(Client c) {
        c.addReplyNullArray();
    }
}
