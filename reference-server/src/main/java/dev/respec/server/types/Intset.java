package dev.respec.server.types;

import dev.respec.server.keyspace.ObjectSizes;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * intset.c: a sorted set of integers in one contiguous byte array, in exactly Redis's byte layout
 * (so RDB files and DUMP payloads carry it verbatim as RDB_TYPE_SET_INTSET).
 *
 * <pre>
 * &lt;encoding uint32 LE: 2, 4 or 8&gt; &lt;length uint32 LE&gt; &lt;length values, each `encoding` bytes, LE&gt;
 * </pre>
 *
 * Invariants: values are strictly increasing; every value fits the encoding, which is the smallest
 * of int16/int32/int64 that held the widest value ever added. Adding a wider value upgrades the
 * whole array (the new value then lies beyond one end, so it goes first or last); removing never
 * downgrades, exactly as Redis. Lookups are binary searches. The array has no spare capacity: like
 * Redis's intsetResize, every add and remove reallocates to the exact blob size.
 */
public final class Intset {
    public static final int ENC_INT16 = 2;
    public static final int ENC_INT32 = 4;
    public static final int ENC_INT64 = 8;
    public static final int HEADER_SIZE = 8;

    /** The Intset object itself (its blob reference), for memory accounting. */
    public static final long OBJECT_BYTES = ObjectSizes.align(ObjectSizes.OBJECT_HEADER + ObjectSizes.REFERENCE);

    private byte[] blob;

    public Intset() {
        blob = new byte[HEADER_SIZE];
        putU32(0, ENC_INT16);
    }

    private Intset(byte[] blob) {
        this.blob = blob;
    }

    /** Wraps a serialized intset (RDB, DUMP); untrusted input is {@link #validate}d first. */
    public static Intset fromBytes(byte[] blob) {
        return new Intset(blob);
    }

    public Intset copy() {
        return new Intset(blob.clone());
    }

    /** The exact serialized image. */
    public byte[] toBytes() {
        return blob.clone();
    }

    /** intsetBlobLen. */
    public int blobLength() {
        return blob.length;
    }

    public int encoding() {
        return (int) u32(0);
    }

    public int size() {
        return (int) u32(4);
    }

    /** _intsetValueEncoding: the smallest encoding that holds v. */
    public static int valueEncoding(long v) {
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            return ENC_INT64;
        } else if (v < Short.MIN_VALUE || v > Short.MAX_VALUE) {
            return ENC_INT32;
        }
        return ENC_INT16;
    }

    /** The value at position pos (0 ≤ pos < size). */
    public long get(int pos) {
        return getEncoded(pos, encoding());
    }

    private long getEncoded(int pos, int enc) {
        int at = HEADER_SIZE + pos * enc;
        switch (enc) {
            case ENC_INT16:
                return (short) ((blob[at] & 0xff) | (blob[at + 1] & 0xff) << 8);
            case ENC_INT32:
                return (int) u32(at);
            default: {
                long v = 0;
                for (int i = 7; i >= 0; i--) {
                    v = (v << 8) | (blob[at + i] & 0xff);
                }
                return v;
            }
        }
    }

    private void set(int pos, long v) {
        int enc = encoding();
        int at = HEADER_SIZE + pos * enc;
        for (int i = 0; i < enc; i++) {
            blob[at + i] = (byte) (v >>> (8 * i));
        }
    }

    /**
     * intsetSearch: the position of v (>= 0) or, when absent, -(insertion point) - 1, like
     * Arrays.binarySearch. The min and max are checked first, as Redis does, so appends are O(1).
     */
    private int search(long v) {
        int len = size();
        if (len == 0) {
            return -1;
        }
        if (v > get(len - 1)) {
            return -len - 1;
        } else if (v < get(0)) {
            return -1;
        }
        int min = 0;
        int max = len - 1;
        while (max >= min) {
            int mid = (min + max) >>> 1;
            long cur = get(mid);
            if (v > cur) {
                min = mid + 1;
            } else if (v < cur) {
                max = mid - 1;
            } else {
                return mid;
            }
        }
        return -min - 1;
    }

    /** intsetFind. */
    public boolean contains(long v) {
        return valueEncoding(v) <= encoding() && search(v) >= 0;
    }

    /** intsetAdd: false when v was already present. */
    public boolean add(long v) {
        int valenc = valueEncoding(v);
        if (valenc > encoding()) {
            upgradeAndAdd(v, valenc);
            return true;
        }
        int pos = search(v);
        if (pos >= 0) {
            return false;
        }
        pos = -pos - 1;
        int len = size();
        int enc = encoding();
        resize(len + 1);
        int from = HEADER_SIZE + pos * enc;
        System.arraycopy(blob, from, blob, from + enc, (len - pos) * enc);
        set(pos, v);
        putU32(4, len + 1);
        return true;
    }

    /**
     * intsetUpgradeAndAdd: widens every value from the tail down (so nothing is overwritten before
     * it is read); the new value is out of the old range, so it lands at the head when negative and
     * at the tail otherwise.
     */
    private void upgradeAndAdd(long v, int newEnc) {
        int oldEnc = encoding();
        int len = size();
        int prepend = v < 0 ? 1 : 0;
        byte[] old = blob;
        blob = new byte[HEADER_SIZE + (len + 1) * newEnc];
        System.arraycopy(old, 0, blob, 0, HEADER_SIZE);
        putU32(0, newEnc);
        Intset src = new Intset(old);
        for (int i = len - 1; i >= 0; i--) {
            set(i + prepend, src.getEncoded(i, oldEnc));
        }
        set(prepend == 1 ? 0 : len, v);
        putU32(4, len + 1);
    }

    /** intsetRemove: false when v was absent. The encoding is kept. */
    public boolean remove(long v) {
        if (valueEncoding(v) > encoding()) {
            return false;
        }
        int pos = search(v);
        if (pos < 0) {
            return false;
        }
        int len = size();
        int enc = encoding();
        int from = HEADER_SIZE + (pos + 1) * enc;
        System.arraycopy(blob, from, blob, from - enc, (len - pos - 1) * enc);
        resize(len - 1);
        putU32(4, len - 1);
        return true;
    }

    /** intsetRandom: a uniformly chosen member; the set must not be empty. */
    public long random() {
        return get(ThreadLocalRandom.current().nextInt(size()));
    }

    public long min() {
        return get(0);
    }

    public long max() {
        return get(size() - 1);
    }

    private void resize(int len) {
        blob = Arrays.copyOf(blob, HEADER_SIZE + len * encoding());
    }

    private long u32(int at) {
        return (blob[at] & 0xffL) | (blob[at + 1] & 0xffL) << 8 | (blob[at + 2] & 0xffL) << 16
                | (blob[at + 3] & 0xffL) << 24;
    }

    private void putU32(int at, long v) {
        blob[at] = (byte) v;
        blob[at + 1] = (byte) (v >>> 8);
        blob[at + 2] = (byte) (v >>> 16);
        blob[at + 3] = (byte) (v >>> 24);
    }

    /**
     * intsetValidateIntegrity (deep): a known encoding, a size matching the header, at least one
     * element, and strictly increasing values (no duplicates). For RDB files and DUMP payloads.
     */
    public static boolean validate(byte[] blob) {
        if (blob.length < HEADER_SIZE) {
            return false;
        }
        Intset is = new Intset(blob);
        long enc = is.u32(0);
        if (enc != ENC_INT16 && enc != ENC_INT32 && enc != ENC_INT64) {
            return false;
        }
        long count = is.u32(4);
        if (HEADER_SIZE + count * enc != blob.length || count == 0) {
            return false;
        }
        long prev = is.get(0);
        for (int i = 1; i < count; i++) {
            long cur = is.get(i);
            if (cur <= prev) {
                return false;
            }
            prev = cur;
        }
        return true;
    }
}
