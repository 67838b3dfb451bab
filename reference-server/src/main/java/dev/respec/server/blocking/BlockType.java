package dev.respec.server.blocking;

import dev.respec.server.keyspace.RedisObject;

/**
 * Redis's btype for clients blocked on keys (BLOCKED_LIST, BLOCKED_ZSET, BLOCKED_STREAM): the kind
 * of value a blocked client waits for. A ready key serves only the clients whose block type matches
 * the type of the value it now holds; the others stay blocked (and are rotated to the end of the
 * key's queue, as serveClientsBlockedOnListKey does).
 */
public enum BlockType {
    LIST(RedisObject.LIST),
    ZSET(RedisObject.ZSET),
    STREAM(RedisObject.STREAM);

    /** The RedisObject type whose arrival can serve a client blocked with this type. */
    public final byte valueType;

    BlockType(byte valueType) {
        this.valueType = valueType;
    }
}
