package dev.respec.server.util;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Binary-safe byte-string helpers, the Java side of Redis's sds/util.c: strict integer parsing
 * (string2ll), integer printing (ll2string), case-insensitive comparison of command tokens.
 * Strings in the server are always byte[]; text only appears at the edges (logs, INFO, errors).
 */
public final class Bytes {
    public static final byte[] EMPTY = new byte[0];
    /** Four bytes read as one little-endian int in a single (intrinsic) load. */
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private Bytes() {
    }

    public static byte[] of(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Decodes bytes as Latin-1 so that every byte maps to one char and nothing is lost. */
    public static String str(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    public static String str(byte[] b, int off, int len) {
        return new String(b, off, len, StandardCharsets.ISO_8859_1);
    }

    public static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** True when {@code b} equals the ASCII token {@code lowerToken} ignoring case. */
    public static boolean eqIgnoreCase(byte[] b, String lowerToken) {
        int n = lowerToken.length();
        if (b.length != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int c = b[i];
            if (c >= 'A' && c <= 'Z') {
                c += 32;
            }
            if (c != lowerToken.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public static String lower(byte[] b) {
        char[] out = new char[b.length];
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xff;
            if (c >= 'A' && c <= 'Z') {
                c += 32;
            }
            out[i] = (char) c;
        }
        return new String(out);
    }

    public static boolean equals(byte[] a, byte[] b) {
        return Arrays.equals(a, b);
    }

    /** Lexicographic unsigned comparison, as memcmp followed by length, like sdscmp. */
    public static int compare(byte[] a, byte[] b) {
        return Arrays.compareUnsigned(a, b);
    }

    /**
     * Redis's string2ll: true when {@code s} is a canonical decimal integer in the long range (no spaces,
     * no '+', no leading zeros except "0" itself, "-0" rejected).
     */
    public static boolean isLong(byte[] s) {
        return parseLong(s, 0, s.length, new long[1]);
    }

    /** string2ll of the whole array; throws NumberFormatException when it is not a canonical long. */
    public static long parseLong(byte[] s) {
        long[] out = new long[1];
        if (!parseLong(s, 0, s.length, out)) {
            throw new NumberFormatException();
        }
        return out[0];
    }

    /** string2ll of a range into {@code out[0]}; false when it is not a canonical long. Allocation-free. */
    public static boolean parseLong(byte[] s, int off, int len, long[] out) {
        if (len == 0 || len > 20) {
            return false;
        }
        if (len == 1 && s[off] == '0') {
            out[0] = 0;
            return true;
        }
        int p = off;
        int end = off + len;
        boolean negative = false;
        if (s[p] == '-') {
            negative = true;
            p++;
            if (p == end) {
                return false;
            }
        }
        if (s[p] < '1' || s[p] > '9') {
            return false;
        }
        long v = 0;
        while (p < end) {
            int d = s[p] - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            // accumulate negatively so that Long.MIN_VALUE is representable
            if (v < (Long.MIN_VALUE + d) / 10) {
                return false;
            }
            v = v * 10 - d;
            p++;
        }
        if (!negative) {
            if (v == Long.MIN_VALUE) {
                return false;
            }
            v = -v;
        }
        out[0] = v;
        return true;
    }

    private static final byte[][] SMALL = new byte[10000][];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = latin1(Integer.toString(i));
        }
    }

    /** ll2string. Small non-negative values come from a shared table; callers must not mutate. */
    public static byte[] fromLong(long v) {
        if (v >= 0 && v < SMALL.length) {
            return SMALL[(int) v];
        }
        return latin1(Long.toString(v));
    }

    /** Number of decimal characters needed to print v. */
    public static int digits(long v) {
        if (v == Long.MIN_VALUE) {
            return 20;
        }
        int n = 1;
        if (v < 0) {
            n++;
            v = -v;
        }
        while (v >= 10) {
            v /= 10;
            n++;
        }
        return n;
    }

    public static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** 32-bit seeded hash of a byte range (MurmurHash3 x86_32), the dict's hash function. */
    public static int hash(byte[] data, int seed) {
        int h = seed;
        int len = data.length;
        int i = 0;
        for (; i + 4 <= len; i += 4) {
            int k = (int) INT_LE.get(data, i);
            k *= 0xcc9e2d51;
            k = Integer.rotateLeft(k, 15);
            k *= 0x1b873593;
            h ^= k;
            h = Integer.rotateLeft(h, 13);
            h = h * 5 + 0xe6546b64;
        }
        int k = 0;
        switch (len - i) {
            case 3:
                k ^= (data[i + 2] & 0xff) << 16;
            // fall through
            case 2:
                k ^= (data[i + 1] & 0xff) << 8;
            // fall through
            case 1:
                k ^= data[i] & 0xff;
                k *= 0xcc9e2d51;
                k = Integer.rotateLeft(k, 15);
                k *= 0x1b873593;
                h ^= k;
            default:
                break;
        }
        h ^= len;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
