package dev.respec.server.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * zipmap.c, read-only: the small-hash blob of RDB files from Redis 2.x (type 9). Validated as
 * zipmapValidateIntegrity does with {@code deep} set (Redis always does, the conversion being
 * O(n) anyway) and returned as alternating fields and values.
 *
 * <pre>
 * &lt;zmlen: 1 byte, 254 = unknown&gt; (&lt;len&gt; field &lt;len&gt; &lt;free: 1 byte&gt; value [free bytes])... &lt;0xFF&gt;
 * len = 1 byte when &lt; 254, else 254 + u32 (host order: little-endian)
 * </pre>
 */
final class Zipmap {
    private static final int END = 0xFF;
    private static final int BIGLEN = 254;

    private Zipmap() {
    }

    /** Fields and values alternating, or null when the blob fails validation. */
    static List<byte[]> pairs(byte[] zm) {
        int size = zm.length;
        if (size < 2 || (zm[size - 1] & 0xff) != END) {
            return null;
        }
        List<byte[]> out = new ArrayList<>();
        long p = 1;
        int count = 0;
        while ((zm[(int) p] & 0xff) != END) {
            int s = lengthSize(zm, p);
            if (outOfRange(p + s, size)) {
                return null;
            }
            long fieldLen = decodeLength(zm, p);
            long field = p + s;
            p = field + fieldLen;
            if (outOfRange(p, size)) {
                return null;
            }
            s = lengthSize(zm, p);
            if (outOfRange(p + s, size)) {
                return null;
            }
            long valueLen = decodeLength(zm, p);
            p += s;
            int free = zm[(int) p] & 0xff;
            p++;
            long value = p;
            p += valueLen + free;
            count++;
            if (outOfRange(p, size)) {
                return null;
            }
            out.add(Arrays.copyOfRange(zm, (int) field, (int) (field + fieldLen)));
            out.add(Arrays.copyOfRange(zm, (int) value, (int) (value + valueLen)));
        }
        if (count == 0) {
            return null;
        }
        if ((zm[0] & 0xff) != BIGLEN && (zm[0] & 0xff) != count) {
            return null;
        }
        return out;
    }

    private static boolean outOfRange(long p, int size) {
        return p < 2 || p > size - 1;
    }

    private static int lengthSize(byte[] zm, long p) {
        return (zm[(int) p] & 0xff) < BIGLEN ? 1 : 5;
    }

    private static long decodeLength(byte[] zm, long p) {
        int b = zm[(int) p] & 0xff;
        if (b < BIGLEN) {
            return b;
        }
        int i = (int) p + 1;
        return (zm[i] & 0xffL) | (zm[i + 1] & 0xffL) << 8 | (zm[i + 2] & 0xffL) << 16 | (zm[i + 3] & 0xffL) << 24;
    }
}
