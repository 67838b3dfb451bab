package dev.respec.server.types;

import dev.respec.server.keyspace.ObjectSizes;
import dev.respec.server.protocol.BulkSink;
import dev.respec.server.util.Bytes;
import java.util.Arrays;

/**
 * listpack.c: a list of strings and integers in one contiguous byte array, in exactly Redis 7.0's
 * byte layout (so RDB files and DUMP payloads can carry it verbatim).
 *
 * <pre>
 * &lt;total-bytes uint32 LE&gt; &lt;num-elements uint16 LE&gt; &lt;entry&gt; ... &lt;0xFF&gt;
 * entry = &lt;encoding+data&gt; &lt;backlen&gt;
 *   0xxxxxxx                  7-bit unsigned int        10xxxxxx + data   string, len &lt; 64
 *   110xxxxx yyyyyyyy         13-bit signed int         1110xxxx yyyyyyyy string, len &lt; 4096
 *   F1/F2/F3/F4 + 2/3/4/8 LE  16/24/32/64-bit int       F0 + len32 LE     string, longer
 *   backlen: size of encoding+data in 1..5 bytes, 7 bits each, readable from the right
 * </pre>
 *
 * Elements are addressed by byte offsets ("positions"): {@link #first}, {@link #next}, {@link #prev},
 * {@link #last}, {@link #seek}. Values that look like canonical integers (string2ll) are stored as
 * integers, as lpEncodeGetType does; {@link #getBytes} gives either kind back as a string.
 * The element count is kept in the header up to 65534 and counted by a scan beyond (Redis stores
 * 65535 = unknown). The array may have spare capacity after {@link #bytesUsed}; {@link #toBytes}
 * returns the exact image.
 */
public final class Listpack {
    public static final int HEADER_SIZE = 6;
    public static final int EOF = 0xFF;
    private static final int NUMELE_UNKNOWN = 65535;

    /** The Listpack object itself (buf reference, used and count), for memory accounting. */
    public static final long OBJECT_BYTES = ObjectSizes.align(ObjectSizes.OBJECT_HEADER + ObjectSizes.REFERENCE + 8);

    private byte[] buf;
    private int used;
    private int count;

    public Listpack() {
        buf = new byte[16];
        used = HEADER_SIZE + 1;
        buf[HEADER_SIZE] = (byte) EOF;
        count = 0;
        writeHeader();
    }

    private Listpack(byte[] image, int count) {
        this.buf = image;
        this.used = image.length;
        this.count = count;
    }

    /**
     * Wraps a serialized listpack (from RDB/DUMP). The caller validates it first when the input is
     * untrusted ({@link #validate}).
     */
    public static Listpack fromBytes(byte[] image) {
        Listpack lp = new Listpack(image, 0);
        int n = lp.u16(4);
        if (n == NUMELE_UNKNOWN) {
            n = 0;
            for (int p = lp.first(); p >= 0; p = lp.next(p)) {
                n++;
            }
        }
        lp.count = n;
        return lp;
    }

    public Listpack copy() {
        return new Listpack(Arrays.copyOf(buf, used), count);
    }

    /** The exact serialized image (header, entries, terminator). */
    public byte[] toBytes() {
        return used == buf.length ? buf.clone() : Arrays.copyOf(buf, used);
    }

    public int size() {
        return count;
    }

    public int bytesUsed() {
        return used;
    }

    /** Bytes allocated for this listpack (for memory accounting). */
    public int bytesAllocated() {
        return buf.length;
    }

    // ------------------------------------------------------------------ navigation

    public int first() {
        return count == 0 ? -1 : HEADER_SIZE;
    }

    public int last() {
        return count == 0 ? -1 : prevOf(used - 1);
    }

    public int next(int p) {
        int n = p + entrySize(p);
        return (buf[n] & 0xff) == EOF ? -1 : n;
    }

    public int prev(int p) {
        return p == HEADER_SIZE ? -1 : prevOf(p);
    }

    /** The position of the element before the byte at {@code end} (an entry start or the EOF). */
    private int prevOf(int end) {
        int p = end - 1;
        long val = 0;
        int shift = 0;
        while (true) {
            int b = buf[p] & 0xff;
            val |= (long) (b & 127) << shift;
            if ((b & 128) == 0) {
                break;
            }
            shift += 7;
            p--;
        }
        return (int) (p - val);
    }

    /** lpSeek: the position of element index (negative counts from the tail), or -1. */
    public int seek(long index) {
        if (index < 0) {
            index = count + index;
        }
        if (index < 0 || index >= count) {
            return -1;
        }
        if (index > count / 2) {
            int p = last();
            for (long i = count - 1; i > index; i--) {
                p = prev(p);
            }
            return p;
        }
        int p = first();
        for (long i = 0; i < index; i++) {
            p = next(p);
        }
        return p;
    }

    // ------------------------------------------------------------------ reading elements

    /** Size of the encoding+data part of the entry at p. */
    private int encodedSize(int p) {
        int b = buf[p] & 0xff;
        if ((b & 0x80) == 0) {
            return 1;
        }
        if ((b & 0xC0) == 0x80) {
            return 1 + (b & 0x3f);
        }
        if ((b & 0xE0) == 0xC0) {
            return 2;
        }
        if ((b & 0xF0) == 0xE0) {
            return 2 + (((b & 0x0f) << 8) | (buf[p + 1] & 0xff));
        }
        switch (b) {
            case 0xF1:
                return 3;
            case 0xF2:
                return 4;
            case 0xF3:
                return 5;
            case 0xF4:
                return 9;
            case 0xF0:
                return 5 + (int) u32(p + 1);
            default:
                throw new IllegalStateException("corrupt listpack encoding " + b);
        }
    }

    private static int backlenSize(long l) {
        if (l <= 127) {
            return 1;
        } else if (l < 16383) {
            return 2;
        } else if (l < 2097151) {
            return 3;
        } else if (l < 268435455) {
            return 4;
        }
        return 5;
    }

    private int entrySize(int p) {
        int e = encodedSize(p);
        return e + backlenSize(e);
    }

    public boolean isInt(int p) {
        int b = buf[p] & 0xff;
        return (b & 0x80) == 0 || (b & 0xE0) == 0xC0 || (b >= 0xF1 && b <= 0xF4);
    }

    /** The integer at p; only valid when {@link #isInt}. */
    public long getLong(int p) {
        int b = buf[p] & 0xff;
        if ((b & 0x80) == 0) {
            return b & 0x7f;
        }
        if ((b & 0xE0) == 0xC0) {
            long uv = ((long) (b & 0x1f) << 8) | (buf[p + 1] & 0xff);
            return uv >= (1 << 12) ? uv - (1 << 13) : uv;
        }
        switch (b) {
            case 0xF1: {
                long uv = (buf[p + 1] & 0xff) | (buf[p + 2] & 0xff) << 8;
                return uv >= (1 << 15) ? uv - (1 << 16) : uv;
            }
            case 0xF2: {
                long uv = (buf[p + 1] & 0xff) | (buf[p + 2] & 0xff) << 8 | (buf[p + 3] & 0xff) << 16;
                return uv >= (1 << 23) ? uv - (1 << 24) : uv;
            }
            case 0xF3:
                return (int) u32(p + 1);
            case 0xF4: {
                long v = 0;
                for (int i = 7; i >= 0; i--) {
                    v = (v << 8) | (buf[p + 1 + i] & 0xff);
                }
                return v;
            }
            default:
                throw new IllegalStateException("not an integer entry");
        }
    }

    /** Offset and length of a string entry's data; only valid when !{@link #isInt}. */
    private int strOffset(int p) {
        int b = buf[p] & 0xff;
        if ((b & 0xC0) == 0x80) {
            return p + 1;
        }
        if ((b & 0xF0) == 0xE0) {
            return p + 2;
        }
        return p + 5;
    }

    private int strLength(int p) {
        int b = buf[p] & 0xff;
        if ((b & 0xC0) == 0x80) {
            return b & 0x3f;
        }
        if ((b & 0xF0) == 0xE0) {
            return ((b & 0x0f) << 8) | (buf[p + 1] & 0xff);
        }
        return (int) u32(p + 1);
    }

    /** The element at p as a string (integers printed in decimal). */
    public byte[] getBytes(int p) {
        if (isInt(p)) {
            return Bytes.fromLong(getLong(p));
        }
        int off = strOffset(p);
        return Arrays.copyOfRange(buf, off, off + strLength(p));
    }

    /** The element at p as a bulk reply, from the listpack's own bytes. */
    public void emitAt(int p, BulkSink sink) {
        if (isInt(p)) {
            sink.addReplyBulkLongLong(getLong(p));
        } else {
            sink.addReplyBulk(buf, strOffset(p), strLength(p));
        }
    }

    /** Length of the element at p as a string. */
    public int elementLength(int p) {
        return isInt(p) ? Bytes.digits(getLong(p)) : strLength(p);
    }

    /** lpCompare: true when the element at p equals s (integers compared by their decimal form). */
    public boolean equalsAt(int p, byte[] s) {
        if (isInt(p)) {
            long[] v = new long[1];
            return Bytes.parseLong(s, 0, s.length, v) && v[0] == getLong(p);
        }
        int len = strLength(p);
        if (len != s.length) {
            return false;
        }
        int off = strOffset(p);
        return Arrays.equals(buf, off, off + len, s, 0, len);
    }

    /**
     * The element at p compared with s as strings (integers by their decimal form), unsigned bytes,
     * a shorter prefix first: negative, zero or positive like memcmp-then-length (zzlCompareElements).
     */
    public int compareAt(int p, byte[] s) {
        if (isInt(p)) {
            return Arrays.compareUnsigned(Bytes.fromLong(getLong(p)), s);
        }
        int off = strOffset(p);
        return Arrays.compareUnsigned(buf, off, off + strLength(p), s, 0, s.length);
    }

    /**
     * lpFind: the position of the first element equal to s starting at p, looking only at every
     * (skip+1)-th element (skip=1 walks the fields of a field/value listpack). -1 when absent.
     */
    public int find(int p, byte[] s, int skip) {
        int skipCount = 0;
        while (p >= 0) {
            if (skipCount == 0) {
                if (equalsAt(p, s)) {
                    return p;
                }
                skipCount = skip;
            } else {
                skipCount--;
            }
            p = next(p);
        }
        return -1;
    }

    // ------------------------------------------------------------------ encoding

    /** The encoded form (encoding+data, without backlen) of a value, integer when canonical. */
    private static byte[] encode(byte[] s) {
        long[] v = new long[1];
        if (s.length <= 20 && Bytes.parseLong(s, 0, s.length, v)) {
            return encodeInt(v[0]);
        }
        int len = s.length;
        byte[] e;
        int off;
        if (len < 64) {
            e = new byte[1 + len];
            e[0] = (byte) (0x80 | len);
            off = 1;
        } else if (len < 4096) {
            e = new byte[2 + len];
            e[0] = (byte) (0xE0 | (len >> 8));
            e[1] = (byte) (len & 0xff);
            off = 2;
        } else {
            e = new byte[5 + len];
            e[0] = (byte) 0xF0;
            e[1] = (byte) len;
            e[2] = (byte) (len >>> 8);
            e[3] = (byte) (len >>> 16);
            e[4] = (byte) (len >>> 24);
            off = 5;
        }
        System.arraycopy(s, 0, e, off, len);
        return e;
    }

    private static byte[] encodeInt(long v) {
        if (v >= 0 && v <= 127) {
            return new byte[] {(byte) v};
        } else if (v >= -4096 && v <= 4095) {
            long u = v < 0 ? (1L << 13) + v : v;
            return new byte[] {(byte) ((u >> 8) | 0xC0), (byte) (u & 0xff)};
        } else if (v >= -32768 && v <= 32767) {
            long u = v < 0 ? (1L << 16) + v : v;
            return new byte[] {(byte) 0xF1, (byte) u, (byte) (u >> 8)};
        } else if (v >= -8388608 && v <= 8388607) {
            long u = v < 0 ? (1L << 24) + v : v;
            return new byte[] {(byte) 0xF2, (byte) u, (byte) (u >> 8), (byte) (u >> 16)};
        } else if (v >= -2147483648L && v <= 2147483647L) {
            long u = v < 0 ? (1L << 32) + v : v;
            return new byte[] {(byte) 0xF3, (byte) u, (byte) (u >> 8), (byte) (u >> 16), (byte) (u >> 24)};
        }
        byte[] e = new byte[9];
        e[0] = (byte) 0xF4;
        for (int i = 0; i < 8; i++) {
            e[1 + i] = (byte) (v >>> (8 * i));
        }
        return e;
    }

    private static int writeBacklen(byte[] dst, int at, long l) {
        int n = backlenSize(l);
        switch (n) {
            case 1:
                dst[at] = (byte) l;
                break;
            case 2:
                dst[at] = (byte) (l >> 7);
                dst[at + 1] = (byte) ((l & 127) | 128);
                break;
            case 3:
                dst[at] = (byte) (l >> 14);
                dst[at + 1] = (byte) (((l >> 7) & 127) | 128);
                dst[at + 2] = (byte) ((l & 127) | 128);
                break;
            case 4:
                dst[at] = (byte) (l >> 21);
                dst[at + 1] = (byte) (((l >> 14) & 127) | 128);
                dst[at + 2] = (byte) (((l >> 7) & 127) | 128);
                dst[at + 3] = (byte) ((l & 127) | 128);
                break;
            default:
                dst[at] = (byte) (l >> 28);
                dst[at + 1] = (byte) (((l >> 21) & 127) | 128);
                dst[at + 2] = (byte) (((l >> 14) & 127) | 128);
                dst[at + 3] = (byte) (((l >> 7) & 127) | 128);
                dst[at + 4] = (byte) ((l & 127) | 128);
                break;
        }
        return n;
    }

    /** Bytes an element would take inside a listpack (encoding, data and backlen). */
    public static int entryBytes(byte[] s) {
        byte[] e = encode(s);
        return e.length + backlenSize(e.length);
    }

    // ------------------------------------------------------------------ mutation

    /** Inserts s so that it becomes the element at byte offset at (an entry start, or the EOF to append). */
    private int insertAt(int at, byte[] s) {
        byte[] e = encode(s);
        int total = e.length + backlenSize(e.length);
        ensure(total);
        System.arraycopy(buf, at, buf, at + total, used - at);
        System.arraycopy(e, 0, buf, at, e.length);
        writeBacklen(buf, at + e.length, e.length);
        used += total;
        count++;
        writeHeader();
        return at;
    }

    public int append(byte[] s) {
        return insertAt(used - 1, s);
    }

    public int prepend(byte[] s) {
        return insertAt(HEADER_SIZE, s);
    }

    /** Inserts s before the element at p; returns the new element's position. */
    public int insertBefore(int p, byte[] s) {
        return insertAt(p, s);
    }

    /** Inserts s after the element at p; returns the new element's position. */
    public int insertAfter(int p, byte[] s) {
        return insertAt(p + entrySize(p), s);
    }

    /** Replaces the element at p with s; returns its position (unchanged). */
    public int replace(int p, byte[] s) {
        int old = entrySize(p);
        byte[] e = encode(s);
        int total = e.length + backlenSize(e.length);
        if (total > old) {
            ensure(total - old);
        }
        System.arraycopy(buf, p + old, buf, p + total, used - (p + old));
        System.arraycopy(e, 0, buf, p, e.length);
        writeBacklen(buf, p + e.length, e.length);
        used += total - old;
        writeHeader();
        return p;
    }

    /** Deletes the element at p; returns the position of the element that followed it, or -1. */
    public int delete(int p) {
        int size = entrySize(p);
        System.arraycopy(buf, p + size, buf, p, used - (p + size));
        used -= size;
        count--;
        writeHeader();
        return (buf[p] & 0xff) == EOF ? -1 : p;
    }

    /** lpDeleteRange: deletes n elements starting at index (negative from the tail). */
    public void deleteRange(long index, long n) {
        int p = seek(index);
        if (p < 0 || n <= 0) {
            return;
        }
        int end = p;
        long removed = 0;
        while (removed < n && (buf[end] & 0xff) != EOF) {
            end += entrySize(end);
            removed++;
        }
        System.arraycopy(buf, end, buf, p, used - end);
        used -= end - p;
        count -= (int) removed;
        writeHeader();
    }

    /**
     * lpMerge: a listpack holding first's elements followed by second's. Entries are position
     * independent (each backlen covers only its own entry), so the two runs of entries are copied
     * as they are.
     */
    public static Listpack merge(Listpack first, Listpack second) {
        int a = first.used - HEADER_SIZE - 1;
        int b = second.used - HEADER_SIZE - 1;
        byte[] image = new byte[HEADER_SIZE + a + b + 1];
        System.arraycopy(first.buf, HEADER_SIZE, image, HEADER_SIZE, a);
        System.arraycopy(second.buf, HEADER_SIZE, image, HEADER_SIZE + a, b);
        image[image.length - 1] = (byte) EOF;
        Listpack lp = new Listpack(image, first.count + second.count);
        lp.writeHeader();
        return lp;
    }

    /** Frees spare capacity (after a batch of deletes). */
    public void shrinkToFit() {
        if (buf.length > used + 64) {
            buf = Arrays.copyOf(buf, used);
        }
    }

    private void ensure(int extra) {
        if (used + extra > buf.length) {
            int cap = Math.max(used + extra, buf.length + (buf.length >> 1));
            buf = Arrays.copyOf(buf, cap);
        }
    }

    private void writeHeader() {
        buf[0] = (byte) used;
        buf[1] = (byte) (used >>> 8);
        buf[2] = (byte) (used >>> 16);
        buf[3] = (byte) (used >>> 24);
        int n = count < NUMELE_UNKNOWN ? count : NUMELE_UNKNOWN;
        buf[4] = (byte) n;
        buf[5] = (byte) (n >>> 8);
    }

    private int u16(int at) {
        return (buf[at] & 0xff) | (buf[at + 1] & 0xff) << 8;
    }

    private long u32(int at) {
        return (buf[at] & 0xffL) | (buf[at + 1] & 0xffL) << 8 | (buf[at + 2] & 0xffL) << 16
                | (buf[at + 3] & 0xffL) << 24;
    }

    // ------------------------------------------------------------------ validation

    /**
     * lpValidateIntegrity (deep): the header's byte count matches, every entry's encoding, length
     * and backlen are consistent and inside the buffer, the terminator is last, and the element
     * count matches the header unless it says unknown. For images from RDB files and DUMP payloads.
     */
    public static boolean validate(byte[] image) {
        if (image.length < HEADER_SIZE + 1) {
            return false;
        }
        Listpack lp = new Listpack(image, 0);
        if (lp.u32(0) != image.length || (image[image.length - 1] & 0xff) != EOF) {
            return false;
        }
        int p = HEADER_SIZE;
        int n = 0;
        try {
            while ((image[p] & 0xff) != EOF) {
                int b = image[p] & 0xff;
                if (b >= 0xF5 && b != EOF) {
                    return false;
                }
                long e = lp.encodedSize(p);
                long total = e + backlenSize(e);
                if (p + total >= image.length) {
                    return false;
                }
                if (lp.prevOf((int) (p + total)) != p) {
                    return false;
                }
                p += (int) total;
                n++;
            }
        } catch (IndexOutOfBoundsException | IllegalStateException e) {
            return false;
        }
        if (p != image.length - 1) {
            return false;
        }
        int header = lp.u16(4);
        return header == NUMELE_UNKNOWN || header == n;
    }
}
