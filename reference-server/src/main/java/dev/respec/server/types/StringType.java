package dev.respec.server.types;

import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.util.Bytes;
import dev.respec.server.util.LongDouble;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The string type's API (object.c / t_string.c helpers): creating string values with the encoding
 * Redis 7.0 would give them, and reading them back. Encodings: "int" for canonical integers that
 * tryObjectEncoding converts, "embstr" for short strings created in one piece (at most 44 bytes),
 * "raw" for longer strings and for any string modified in place (APPEND, SETRANGE).
 * The bytes of every encoding are kept in {@code ptr} as byte[]; the encoding is what Redis would
 * report, and it decides nothing else here. A value's byte[] is never changed once stored (small
 * integers share theirs): the modifying operations below build a new object instead.
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

    /** createStringObjectFromLongLong: int encoded. */
    public static RedisObject fromLong(long v) {
        return new RedisObject(RedisObject.STRING, RedisObject.ENC_INT, Bytes.fromLong(v));
    }

    /** tryObjectEncoding of a value about to be stored: int when it is a canonical long. */
    public static RedisObject createEncoded(byte[] v) {
        if (v.length <= 20 && Bytes.isLong(v)) {
            return new RedisObject(RedisObject.STRING, RedisObject.ENC_INT, v);
        }
        return create(v);
    }

    /** createStringObjectFromLongDouble(humanfriendly): INCRBYFLOAT's result, embstr or raw, never int. */
    public static RedisObject fromLongDouble(BigDecimal v) {
        return create(LongDouble.formatHuman(v));
    }

    /**
     * APPEND on an existing value (dbUnshareStringValue + sdscatlen): the result is always raw, even
     * when nothing is appended.
     */
    public static RedisObject append(RedisObject o, byte[] tail) {
        return createRaw(Bytes.concat(bytes(o), tail));
    }

    /**
     * SETRANGE (sdsgrowzero + memcpy): {@code value} written at {@code offset} of the current bytes
     * ({@code o} null for a missing key), zero-padded; the result is raw. The caller checked that
     * offset + value.length is within proto-max-bulk-len and that value is not empty.
     */
    public static RedisObject setRange(RedisObject o, int offset, byte[] value) {
        byte[] old = o == null ? Bytes.EMPTY : bytes(o);
        byte[] r = Arrays.copyOf(old, Math.max(old.length, offset + value.length));
        System.arraycopy(value, 0, r, offset, value.length);
        return createRaw(r);
    }

    /**
     * GETRANGE's index normalisation (Redis 7.0): negative indexes count from the end, both ends are
     * inclusive and clamped to the string. Returns {start, end}, or null when the range is empty.
     * Two negative indexes with start > end are empty before any clamping; "0 -100" on "hello" is
     * "h" because the end is clamped to 0 (Redis 7.0's behaviour, changed in later versions).
     */
    public static long[] range(long start, long end, long strlen) {
        if (start < 0 && end < 0 && start > end) {
            return null;
        }
        if (start < 0) {
            start = strlen + start;
        }
        if (end < 0) {
            end = strlen + end;
        }
        if (start < 0) {
            start = 0;
        }
        if (end < 0) {
            end = 0;
        }
        if (end >= strlen) {
            end = strlen - 1;
        }
        if (start > end || strlen == 0) {
            return null;
        }
        return new long[] {start, end};
    }

    public static byte[] bytes(RedisObject o) {
        return (byte[]) o.ptr;
    }

    public static int length(RedisObject o) {
        return ((byte[]) o.ptr).length;
    }

    /** True when the value is an integer shared object in Redis (affects OBJECT REFCOUNT). */
    public static boolean isSharedInteger(RedisObject o) {
        if (o.encoding != RedisObject.ENC_INT) {
            return false;
        }
        long v = Bytes.parseLong((byte[]) o.ptr);
        return v >= 0 && v < SHARED_INTEGERS;
    }
}
