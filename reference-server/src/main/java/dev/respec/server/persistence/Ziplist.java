package dev.respec.server.persistence;

import dev.respec.server.util.Bytes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * ziplist.c, read-only: the list/hash/zset blob of RDB files written before Redis 7.0 (types 10,
 * 12, 13 and the nodes of type 14). Nothing writes ziplists any more; the loader validates each one
 * as ziplistValidateIntegrity does with {@code deep} set (Redis always validates deeply when it
 * converts) and returns its entries as strings.
 *
 * <pre>
 * &lt;zlbytes u32 LE&gt; &lt;zltail u32 LE&gt; &lt;zllen u16 LE&gt; &lt;entry&gt; ... &lt;0xFF&gt;
 * entry = &lt;prevlen: 1 byte, or 0xFE + u32 LE&gt; &lt;encoding&gt; &lt;data&gt;
 *   00pppppp / 01pppppp qqqqqqqq (big-endian) / 10000000 + u32 big-endian: string of that length
 *   C0 int16, D0 int32, E0 int64, F0 int24, FE int8 (little-endian), F1..FD: immediate 0..12
 * </pre>
 */
final class Ziplist {
    private static final int HEADER_SIZE = 10;
    private static final int END = 0xFF;
    private static final int BIG_PREVLEN = 254;

    private Ziplist() {
    }

    /** The entries of a valid ziplist, or null when the blob fails validation. */
    static List<byte[]> entries(byte[] zl) {
        int size = zl.length;
        if (size < HEADER_SIZE + 1) {
            return null;
        }
        if (u32(zl, 0) != size || (zl[size - 1] & 0xff) != END || u32(zl, 4) > size - 1) {
            return null;
        }
        int first = HEADER_SIZE;
        int last = size - 1;
        List<byte[]> out = new ArrayList<>();
        int p = first;
        int prev = -1;
        long prevRawSize = 0;
        while ((zl[p] & 0xff) != END) {
            // prevlen
            long prevlen;
            int prevlenSize;
            if ((zl[p] & 0xff) < BIG_PREVLEN) {
                prevlen = zl[p] & 0xff;
                prevlenSize = 1;
            } else {
                if (p + 5 > last) {
                    return null;
                }
                prevlen = u32(zl, p + 1);
                prevlenSize = 5;
            }
            int q = p + prevlenSize;
            if (q > last) {
                return null;
            }
            int enc = zl[q] & 0xff;
            int lensize;
            long len;
            boolean string = enc < 0xC0;
            if (string) {
                switch (enc >>> 6) {
                    case 0 -> {
                        lensize = 1;
                        len = enc & 0x3F;
                    }
                    case 1 -> {
                        if (q + 1 > last) {
                            return null;
                        }
                        lensize = 2;
                        len = ((enc & 0x3F) << 8) | (zl[q + 1] & 0xff);
                    }
                    default -> {
                        if (q + 4 > last) {
                            return null;
                        }
                        lensize = 5;
                        len = (zl[q + 1] & 0xffL) << 24 | (zl[q + 2] & 0xffL) << 16 | (zl[q + 3] & 0xffL) << 8
                                | (zl[q + 4] & 0xffL);
                    }
                }
            } else {
                lensize = 1;
                switch (enc) {
                    case 0xC0 -> len = 2;
                    case 0xD0 -> len = 4;
                    case 0xE0 -> len = 8;
                    case 0xF0 -> len = 3;
                    case 0xFE -> len = 1;
                    default -> {
                        if (enc >= 0xF1 && enc <= 0xFD) {
                            len = 0;
                        } else {
                            return null; // an invalid encoding (lensize 0 in zipEntrySafe)
                        }
                    }
                }
            }
            long headerSize = prevlenSize + lensize;
            long end = p + headerSize + len;
            if (end > last || p - prevlen < first) {
                return null;
            }
            if (prevlen != prevRawSize) {
                return null;
            }
            int data = (int) (p + headerSize);
            if (string) {
                out.add(Arrays.copyOfRange(zl, data, (int) end));
            } else {
                out.add(Bytes.fromLong(integer(zl, enc, data)));
            }
            prevRawSize = headerSize + len;
            prev = p;
            p = (int) end;
        }
        if (p != size - 1) {
            return null;
        }
        if (prev >= 0 && prev != u32(zl, 4)) {
            return null;
        }
        int headerCount = (zl[8] & 0xff) | (zl[9] & 0xff) << 8;
        if (headerCount != 0xFFFF && headerCount != out.size()) {
            return null;
        }
        return out;
    }

    private static long integer(byte[] b, int enc, int p) {
        switch (enc) {
            case 0xC0:
                return (short) ((b[p] & 0xff) | (b[p + 1] & 0xff) << 8);
            case 0xD0:
                return (int) u32(b, p);
            case 0xE0: {
                long v = 0;
                for (int i = 7; i >= 0; i--) {
                    v = (v << 8) | (b[p + i] & 0xff);
                }
                return v;
            }
            case 0xF0:
                return ((b[p] & 0xff) << 8 | (b[p + 1] & 0xff) << 16 | (b[p + 2] & 0xff) << 24) >> 8;
            case 0xFE:
                return b[p];
            default:
                return (enc & 0x0F) - 1;
        }
    }

    private static long u32(byte[] b, int p) {
        return (b[p] & 0xffL) | (b[p + 1] & 0xffL) << 8 | (b[p + 2] & 0xffL) << 16 | (b[p + 3] & 0xffL) << 24;
    }
}
