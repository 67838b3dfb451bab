package dev.respec.server.types;

import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.util.Bytes;

/**
 * The string type's API (object.c / t_string.c helpers): creating string values with the encoding
 * Redis 7.0 would give them, and reading them back. Encodings: "int" for canonical integers that
 * tryObjectEncoding converts, "embstr" for short strings created in one piece (at most 44 bytes),
 * "raw" for longer strings and for any string modified in place (APPEND, SETRANGE).
 * The bytes of every encoding are kept in {@code ptr} as byte[]; the encoding is what Redis would
 * report, and it decides nothing else here.
 */
public final class StringType {
    public static final int EMBSTR_SIZE_LIMIT = 44;
    /** OBJ_SHARED_INTEGERS: 0..9999 are shared objects in Redis (OBJECT REFCOUNT reports INT_MAX). */
    public static final long SHARED_INTEGERS = 10000;

    private StringType() {
    }

    /** createStringObject: embstr up to 44 bytes, raw beyond. */
    public static RedisObject create(byte[] v) {
        return new RedisObject(RedisObject.STRING,
                v.length <= EMBSTR_SIZE_LIMIT ? RedisObject.ENC_EMBSTR : RedisObject.ENC_RAW, v);
    }

    /** createRawStringObject: always raw (values that will be modified in place). */
    public static RedisObject createRaw(byte[] v) {
        return new RedisObject(RedisObject.STRING, RedisObject.ENC_RAW, v);
    }

    /**
     * createStringObjectFromLongLongForValue: int encoded, a shared object for 0..9999 (the keyspace
     * makes it private again when the maxmemory policy forbids sharing, see Eviction.initialize).
     */
    public static RedisObject fromLong(long v) {
        return intObject(v, Bytes.fromLong(v));
    }

    /** tryObjectEncoding of a value about to be stored: int when it is a canonical long. */
    public static RedisObject createEncoded(byte[] v) {
        long[] value = new long[1];
        if (Bytes.parseLong(v, 0, v.length, value)) {
            return intObject(value[0], v);
        }
        return create(v);
    }

    private static RedisObject intObject(long value, byte[] text) {
        RedisObject o = new RedisObject(RedisObject.STRING, RedisObject.ENC_INT, text);
        o.shared = value >= 0 && value < SHARED_INTEGERS;
        return o;
    }

    /**
     * dupStringObject (COPY): a new object with the same encoding and bytes (shared: stored bytes are
     * never modified). A copy is never a shared object, even of a shared integer, so OBJECT REFCOUNT
     * of the copy is 1 as in Redis.
     */
    public static RedisObject dup(RedisObject o) {
        return new RedisObject(RedisObject.STRING, o.encoding, bytes(o));
    }

    public static byte[] bytes(RedisObject o) {
        return (byte[]) o.ptr;
    }

    public static int length(RedisObject o) {
        return ((byte[]) o.ptr).length;
    }

    /** True when the value is one of Redis's shared integers (OBJECT REFCOUNT reports INT_MAX). */
    public static boolean isSharedInteger(RedisObject o) {
        return o.shared;
    }
}
