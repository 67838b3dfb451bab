package dev.respec.server.types;

import dev.respec.server.keyspace.Digest;
import dev.respec.server.keyspace.ObjectSizes;
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
 *
 * <p>The bytes are kept in {@code ptr} as an exact byte[], except for a raw string grown by APPEND:
 * that one is a {@link Grown} view of a buffer with spare room, so that a run of APPENDs costs
 * amortised O(1) per byte as sds's preallocation makes it in Redis. Read values through
 * {@link #bytes} (exact array, copied out of a view) or, on hot reply paths, {@link #buffer} and
 * {@link #length} (no copy). The bytes a value shows never change once stored, whatever holds them
 * (small integers share their arrays, a snapshot may be reading): APPEND writes only past the end
 * of every existing view of a buffer, and every other modification builds new bytes.
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

    /** createStringObjectFromLongDouble(humanfriendly): INCRBYFLOAT's result, embstr or raw, never int. */
    public static RedisObject fromLongDouble(BigDecimal v) {
        return create(LongDouble.formatHuman(v));
    }

    /**
     * APPEND on an existing value (dbUnshareStringValue + sdscatlen): the result is always raw, even
     * when nothing is appended.
     */
    public static RedisObject append(RedisObject o, byte[] tail) {
        int len = length(o);
        int newLen = len + tail.length;
        if (o.ptr instanceof Grown g && g.buffer.used == len && g.buffer.data.length >= newLen) {
            System.arraycopy(tail, 0, g.buffer.data, len, tail.length);
            g.buffer.used = newLen;
            return new RedisObject(RedisObject.STRING, RedisObject.ENC_RAW, new Grown(g.buffer, newLen));
        }
        long room = newLen < MAX_PREALLOC ? 2L * newLen : (long) newLen + MAX_PREALLOC;
        byte[] data = Arrays.copyOf(buffer(o), (int) Math.min(room, MAX_ARRAY));
        System.arraycopy(tail, 0, data, len, tail.length);
        return new RedisObject(RedisObject.STRING, RedisObject.ENC_RAW, new Grown(new AppendBuffer(data, newLen), newLen));
    }

    /**
     * SETRANGE (sdsgrowzero + memcpy): {@code value} written at {@code offset} of the current bytes
     * ({@code o} null for a missing key), zero-padded; the result is raw. The caller checked that
     * offset + value.length is within proto-max-bulk-len and that value is not empty.
     */
    public static RedisObject setRange(RedisObject o, int offset, byte[] value) {
        int len = o == null ? 0 : length(o);
        byte[] r = new byte[Math.max(len, offset + value.length)];
        if (o != null) {
            System.arraycopy(buffer(o), 0, r, 0, len);
        }
        System.arraycopy(value, 0, r, offset, value.length);
        return createRaw(r);
    }

    /**
     * The bit commands' write (dbUnshareStringValue + sdsgrowzero): the value's bytes, int-encoded
     * ones as their decimal text, copied into a new array of at least {@code minLength} bytes,
     * zero-padded ({@code o} null for a missing key). Stored as {@link #createRaw}, it is the raw
     * string Redis leaves after SETBIT or BITFIELD.
     */
    public static byte[] copyPadded(RedisObject o, int minLength) {
        int len = o == null ? 0 : length(o);
        byte[] r = new byte[Math.max(len, minLength)];
        if (o != null) {
            System.arraycopy(buffer(o), 0, r, 0, len);
        }
        return r;
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

    /** The exact bytes of the value; a copy when the value is a {@link Grown} view. */
    public static byte[] bytes(RedisObject o) {
        if (o.ptr instanceof byte[] b) {
            return b;
        }
        Grown g = (Grown) o.ptr;
        return Arrays.copyOf(g.buffer.data, g.length);
    }

    /** The array holding the value's bytes in [0, {@link #length}); it may be longer. Do not modify. */
    public static byte[] buffer(RedisObject o) {
        return o.ptr instanceof byte[] b ? b : ((Grown) o.ptr).buffer.data;
    }

    public static int length(RedisObject o) {
        return o.ptr instanceof byte[] b ? b.length : ((Grown) o.ptr).length;
    }

    /** An append buffer: data[0, used) is written, the rest is room for the next APPEND. */
    private static final class AppendBuffer {
        final byte[] data;
        int used;

        AppendBuffer(byte[] data, int used) {
            this.data = data;
            this.used = used;
        }
    }

    /**
     * A raw string's bytes as the first {@code length} bytes of an append buffer. Only the view that
     * ends where the buffer's written part ends may extend it in place; any other view copies.
     */
    private static final class Grown {
        final AppendBuffer buffer;
        final int length;

        Grown(AppendBuffer buffer, int length) {
            this.buffer = buffer;
            this.length = length;
        }
    }

    /** sdsMakeRoomFor's greedy growth: double up to 1 MB, then 1 MB more at a time. */
    private static final int MAX_PREALLOC = 1024 * 1024;
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    /** True when the value is one of Redis's shared integers (OBJECT REFCOUNT reports INT_MAX). */
    public static boolean isSharedInteger(RedisObject o) {
        return o.shared;
    }

    /** The digest feed (see {@link Values}): the value as one string, whatever its encoding. */
    public static void digest(RedisObject o, Digest d) {
        d.mixElement(bytes(o));
    }

    /** A {@link Grown} view and its {@link AppendBuffer}: two small objects in front of the bytes. */
    private static final long GROWN_OVERHEAD = ObjectSizes.align(ObjectSizes.OBJECT_HEADER + ObjectSizes.REFERENCE + 4)
            + ObjectSizes.align(ObjectSizes.OBJECT_HEADER + ObjectSizes.REFERENCE + 4);

    /**
     * The heap bytes behind ptr (see {@link Values}): the array, or a view and its whole buffer (the
     * spare room APPEND keeps is memory in use, as sds's is in Redis).
     */
    public static long allocatedBytes(RedisObject o) {
        if (o.ptr instanceof byte[] b) {
            return ObjectSizes.byteArray(b.length);
        }
        return GROWN_OVERHEAD + ObjectSizes.byteArray(((Grown) o.ptr).buffer.data.length);
    }
}
