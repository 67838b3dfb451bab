package dev.respec.server.persistence;

import static dev.respec.server.persistence.RdbConstants.*;

import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.types.HashType;
import dev.respec.server.types.ListType;
import dev.respec.server.types.Quicklist;
import dev.respec.server.types.SetType;
import dev.respec.server.types.StringType;
import dev.respec.server.types.ZSetType;

/**
 * rdbSaveObjectType + rdbSaveObject: one keyspace value in Redis 7.0's RDB form, chosen by its
 * in-memory encoding as Redis 7.0 chooses: strings as (possibly integer-encoded or LZF) strings;
 * lists as QUICKLIST_2 (each node's container, then its listpack or plain element as a string, or
 * its LZF bytes as they are when the node is compressed); sets as an INTSET blob or SET; hashes as
 * a LISTPACK blob or HASH; sorted sets as a LISTPACK blob or ZSET_2 (from the highest score down,
 * scores as binary doubles). Compact encodings are written verbatim from the type's own bytes,
 * which are Redis's layouts. Used by snapshots and DUMP alike.
 */
public final class RdbObjectWriter {
    private RdbObjectWriter() {
    }

    /** rdbSaveObjectType: the RDB type code of a value. */
    public static int typeOf(RedisObject o) {
        switch (o.type) {
            case RedisObject.STRING:
                return TYPE_STRING;
            case RedisObject.LIST:
                return TYPE_LIST_QUICKLIST_2;
            case RedisObject.SET:
                return o.encoding == RedisObject.ENC_INTSET ? TYPE_SET_INTSET : TYPE_SET;
            case RedisObject.HASH:
                return o.encoding == RedisObject.ENC_LISTPACK ? TYPE_HASH_LISTPACK : TYPE_HASH;
            case RedisObject.ZSET:
                return o.encoding == RedisObject.ENC_LISTPACK ? TYPE_ZSET_LISTPACK : TYPE_ZSET_2;
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
            case RedisObject.LIST:
                writeQuicklist(out, ListType.quicklist(o));
                return;
            case RedisObject.SET:
                if (o.encoding == RedisObject.ENC_INTSET) {
                    out.writeString(SetType.intsetImage(o));
                } else {
                    out.writeLen(SetType.size(o));
                    SetType.forEach(o, out::writeString);
                }
                return;
            case RedisObject.HASH:
                if (o.encoding == RedisObject.ENC_LISTPACK) {
                    out.writeString(HashType.listpackImage(o));
                } else {
                    out.writeLen(HashType.length(o));
                    HashType.forEach(o, true, (f, v) -> {
                        out.writeString(f);
                        out.writeString(v);
                    });
                }
                return;
            case RedisObject.ZSET:
                if (o.encoding == RedisObject.ENC_LISTPACK) {
                    out.writeString(ZSetType.listpackImage(o));
                } else {
                    out.writeLen(ZSetType.length(o));
                    ZSetType.forEachDescending(o, (m, score) -> {
                        out.writeString(m);
                        out.writeBinaryDouble(score);
                    });
                }
                return;
            default:
                throw new IllegalStateException("no RDB form for " + o.typeName() + " values");
        }
    }

    private static void writeQuicklist(RdbOutput out, Quicklist ql) {
        var nodes = ql.nodeImages();
        out.writeLen(nodes.size());
        for (Quicklist.NodeImage n : nodes) {
            out.writeLen(n.plain() ? QUICKLIST_NODE_CONTAINER_PLAIN : QUICKLIST_NODE_CONTAINER_PACKED);
            if (n.compressed()) {
                out.writeLzfBlob(n.data(), n.data().length, n.rawSize());
            } else {
                out.writeString(n.data());
            }
        }
    }
}
