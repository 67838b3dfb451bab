package dev.respec.server.types;

import dev.respec.server.keyspace.Dict;
import dev.respec.server.keyspace.Digest;
import dev.respec.server.keyspace.ObjectSizes;
import dev.respec.server.keyspace.RedisObject;

/**
 * The hooks the keyspace needs from every type API, one switch per hook and one case per type (as
 * debug.c's xorObjectDigest and object.c's objectComputeSize switch on the type). A new type API
 * adds its case to each switch and implements the two methods:
 * <ul>
 *   <li>{@code static void digest(RedisObject o, Digest d)}: feeds the value's elements in Redis's
 *       order (see {@link Digest} for what each type feeds);</li>
 *   <li>{@code static long allocatedBytes(RedisObject o)}: the heap bytes behind {@code o.ptr},
 *       computed with {@link ObjectSizes} and <b>O(1)</b>: it runs after every write to the key
 *       (memory accounting re-reads it in {@code keyModified}), so an aggregate type keeps a running
 *       total in its encoding and updates it as elements come and go.</li>
 * </ul>
 */
public final class Values {
    /** What an unknown encoding is assumed to take until its type API reports its size. */
    private static final long UNKNOWN_VALUE_BYTES = 64;

    private Values() {
    }

    /**
     * The digest feed of a value (DEBUG DIGEST). A type without a case feeds nothing, so its values
     * digest as their type alone and the parity scenarios show the gap.
     */
    public static void digest(RedisObject o, Digest d) {
        switch (o.type) {
            case RedisObject.STRING -> StringType.digest(o, d);
            case RedisObject.LIST -> ListType.forEach(o, d::mixElement);
            case RedisObject.HASH -> HashType.digest(o, d);
            case RedisObject.SET -> SetType.digest(o, d);
            case RedisObject.ZSET -> ZSetType.digest(o, d);
            default -> {
            }
        }
    }

    /** The value's footprint: the RedisObject plus what its ptr holds. */
    public static long allocatedBytes(RedisObject o) {
        long payload = switch (o.type) {
            case RedisObject.STRING -> StringType.allocatedBytes(o);
            case RedisObject.LIST -> ListType.allocatedBytes(o);
            case RedisObject.HASH -> HashType.allocatedBytes(o);
            case RedisObject.SET -> SetType.allocatedBytes(o);
            case RedisObject.ZSET -> ZSetType.allocatedBytes(o);
            default -> o.ptr instanceof Dict d ? dictBytes(d) : UNKNOWN_VALUE_BYTES;
        };
        return ObjectSizes.REDIS_OBJECT + payload;
    }

    /**
     * A hashtable-encoded hash or set: the dict, its entries, keys and byte-array values, all kept
     * exact by the dict as they come and go (a set's values are absent), so this is O(1).
     */
    public static long dictBytes(Dict d) {
        return ObjectSizes.dictOverhead(d) + d.keyBytes() + d.valueBytes();
    }
}
