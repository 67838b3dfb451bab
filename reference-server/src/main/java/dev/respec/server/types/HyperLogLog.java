package dev.respec.server.types;

import java.util.Arrays;

/**
 * The HyperLogLog representation (hyperloglog.c), kept as the bytes of a string value so that GET,
 * DUMP and RDB see exactly what Redis 7.0 stores for the same sequence of writes.
 *
 * <p>Layout: a 16-byte header — magic "HYLL", one encoding byte (0 dense, 1 sparse), three unused
 * bytes, the cached cardinality as 8 bytes little endian whose top bit (bit 7 of byte 15) set means
 * "stale" — then the 16384 registers (P = 14), each holding the longest 0...1 run seen (1..51):
 * <ul>
 *   <li>dense: 6 bits per register packed LSB first, 12288 bytes, 12304 bytes in all;</li>
 *   <li>sparse: run-length opcodes — ZERO {@code 00xxxxxx} (1..64 zero registers), XZERO
 *       {@code 01xxxxxx yyyyyyyy} (1..16384 zero registers), VAL {@code 1vvvvvxx} (1..4 registers of
 *       value 1..32). A register above 32, or a representation longer than hll-sparse-max-bytes,
 *       promotes the value to dense for good.</li>
 * </ul>
 * A value is edited through an {@link Editor}: a private copy with room to grow, so that stored bytes
 * are never changed in place (a snapshot may be reading them). Sparse edits split the opcode covering
 * the register and merge equal neighbouring VALs exactly as Redis does, which keeps the bytes equal.
 *
 * <p>The count is Redis 5+'s estimator (Otmar Ertl's improved raw estimator): the histogram of
 * register values fed through the tau/sigma corrections, no bias tables.
 */
public final class HyperLogLog {
    public static final int P = 14;
    public static final int Q = 64 - P;
    public static final int REGISTERS = 1 << P;
    public static final int HDR_SIZE = 16;
    public static final int DENSE_SIZE = HDR_SIZE + (REGISTERS * 6 + 7) / 8;
    public static final byte DENSE = 0;
    public static final byte SPARSE = 1;

    private static final int SPARSE_VAL_MAX_VALUE = 32;
    private static final int SPARSE_VAL_MAX_LEN = 4;
    private static final int SPARSE_ZERO_MAX_LEN = 64;
    private static final int SPARSE_XZERO_MAX_LEN = 16384;
    private static final double ALPHA_INF = 0.721347520444481703680;
    private static final long SEED = 0xadc83b19L;

    private HyperLogLog() {
    }

    /** createHLLObject: a sparse HLL of XZERO opcodes covering every register, cached count 0. */
    public static byte[] create() {
        byte[] b = new byte[HDR_SIZE + 2];
        writeMagic(b, SPARSE);
        b[HDR_SIZE] = (byte) (0x40 | ((REGISTERS - 1) >> 8));
        b[HDR_SIZE + 1] = (byte) ((REGISTERS - 1) & 0xff);
        return b;
    }

    /** isHLLObjectOrReply's test on a string's bytes: header, known encoding, exact dense size. */
    public static boolean isValid(byte[] v, int len) {
        if (len < HDR_SIZE || v[0] != 'H' || v[1] != 'Y' || v[2] != 'L' || v[3] != 'L') {
            return false;
        }
        if (v[4] != DENSE && v[4] != SPARSE) {
            return false;
        }
        return v[4] != DENSE || len == DENSE_SIZE;
    }

    public static boolean isSparse(byte[] v) {
        return v[4] == SPARSE;
    }

    /** The cached cardinality, or -1 when it is stale. */
    public static long cachedCount(byte[] v) {
        if ((v[15] & 0x80) != 0) {
            return -1;
        }
        long card = 0;
        for (int i = 7; i >= 0; i--) {
            card = (card << 8) | (v[8 + i] & 0xff);
        }
        return card;
    }

    /** A copy of {@code v} with {@code card} cached in its header. */
    public static byte[] withCachedCount(byte[] v, long card) {
        byte[] r = v.clone();
        for (int i = 0; i < 8; i++) {
            r[8 + i] = (byte) (card >>> (8 * i));
        }
        return r;
    }

    // ------------------------------------------------------------------ hashing

    /** MurmurHash64A as Redis uses it (endian neutral: 8-byte blocks read little endian). */
    public static long murmurHash64A(byte[] key, long seed) {
        final long m = 0xc6a4a7935bd1e995L;
        final int r = 47;
        int len = key.length;
        long h = seed ^ (len * m);
        int blocks = len - (len & 7);
        for (int i = 0; i < blocks; i += 8) {
            long k = 0;
            for (int j = 7; j >= 0; j--) {
                k = (k << 8) | (key[i + j] & 0xffL);
            }
            k *= m;
            k ^= k >>> r;
            k *= m;
            h ^= k;
            h *= m;
        }
        int tail = len & 7;
        if (tail != 0) {
            for (int j = tail - 1; j >= 0; j--) {
                h ^= (key[blocks + j] & 0xffL) << (8 * j);
            }
            h *= m;
        }
        h ^= h >>> r;
        h *= m;
        h ^= h >>> r;
        return h;
    }

    /**
     * hllPatLen: the register an element maps to (low P bits of its hash) and the length of the
     * 0...1 pattern in the remaining bits (1..Q+1), packed as {@code index << 8 | count}.
     */
    public static int patLen(byte[] ele) {
        long hash = murmurHash64A(ele, SEED);
        int index = (int) (hash & (REGISTERS - 1));
        hash >>>= P;
        hash |= 1L << Q;
        int count = Long.numberOfTrailingZeros(hash) + 1;
        return index << 8 | count;
    }

    // ------------------------------------------------------------------ dense registers

    static int denseGet(byte[] b, int regnum) {
        int bit = regnum * 6;
        int pos = HDR_SIZE + (bit >>> 3);
        int fb = bit & 7;
        int b0 = b[pos] & 0xff;
        int b1 = pos + 1 < DENSE_SIZE ? b[pos + 1] & 0xff : 0;
        return ((b0 >>> fb) | (b1 << (8 - fb))) & 63;
    }

    static void denseSet(byte[] b, int regnum, int val) {
        int bit = regnum * 6;
        int pos = HDR_SIZE + (bit >>> 3);
        int fb = bit & 7;
        b[pos] = (byte) ((b[pos] & ~(63 << fb)) | (val << fb));
        if (fb > 2) {
            int fb8 = 8 - fb;
            b[pos + 1] = (byte) ((b[pos + 1] & ~(63 >>> fb8)) | (val >>> fb8));
        }
    }

    // ------------------------------------------------------------------ reading

    /**
     * hllMerge: raises {@code max[i]} to each register of the valid HLL {@code v}. False when a sparse
     * representation does not cover exactly the 16384 registers.
     */
    public static boolean mergeInto(byte[] max, byte[] v, int len) {
        if (v[4] == DENSE) {
            for (int i = 0; i < REGISTERS; i++) {
                int val = denseGet(v, i);
                if (val > max[i]) {
                    max[i] = (byte) val;
                }
            }
            return true;
        }
        int i = 0;
        int p = HDR_SIZE;
        while (p < len) {
            int op = v[p] & 0xff;
            if ((op & 0xc0) == 0) {
                i += (op & 0x3f) + 1;
                p++;
            } else if ((op & 0xc0) == 0x40) {
                if (p + 1 >= len) {
                    return false;
                }
                i += xzeroLen(v, p);
                p += 2;
            } else {
                int runlen = (op & 3) + 1;
                int val = ((op >>> 2) & 0x1f) + 1;
                if (i + runlen > REGISTERS) {
                    return false;
                }
                for (int k = 0; k < runlen; k++, i++) {
                    if (val > max[i]) {
                        max[i] = (byte) val;
                    }
                }
                p++;
            }
            if (i > REGISTERS) {
                return false;
            }
        }
        return i == REGISTERS;
    }

    /** hllCount of an HLL's bytes: the estimate, or -1 when a sparse representation is corrupted. */
    public static long count(byte[] v, int len) {
        int[] histo = new int[64];
        if (v[4] == DENSE) {
            for (int i = 0; i < REGISTERS; i++) {
                histo[denseGet(v, i)]++;
            }
        } else {
            int idx = 0;
            int p = HDR_SIZE;
            while (p < len) {
                int op = v[p] & 0xff;
                if ((op & 0xc0) == 0) {
                    int run = (op & 0x3f) + 1;
                    idx += run;
                    histo[0] += run;
                    p++;
                } else if ((op & 0xc0) == 0x40) {
                    int run = p + 1 < len ? xzeroLen(v, p) : 0;
                    idx += run;
                    histo[0] += run;
                    p += 2;
                } else {
                    int run = (op & 3) + 1;
                    idx += run;
                    histo[((op >>> 2) & 0x1f) + 1] += run;
                    p++;
                }
            }
            if (idx != REGISTERS) {
                return -1;
            }
        }
        return estimate(histo);
    }

    /** hllCount of raw registers (one byte each): PFCOUNT of several keys. */
    public static long countRaw(byte[] registers) {
        int[] histo = new int[64];
        for (byte r : registers) {
            histo[r]++;
        }
        return estimate(histo);
    }

    /** The improved estimator over the histogram of register values. */
    static long estimate(int[] histo) {
        double m = REGISTERS;
        double z = m * tau((m - histo[Q + 1]) / m);
        for (int j = Q; j >= 1; j--) {
            z += histo[j];
            z *= 0.5;
        }
        z += m * sigma(histo[0] / m);
        double e = ALPHA_INF * m * m / z;
        return Math.round(e);
    }

    private static double sigma(double x) {
        if (x == 1.0) {
            return Double.POSITIVE_INFINITY;
        }
        double y = 1;
        double z = x;
        double prev;
        do {
            x *= x;
            prev = z;
            z += x * y;
            y += y;
        } while (prev != z);
        return z;
    }

    private static double tau(double x) {
        if (x == 0.0 || x == 1.0) {
            return 0.0;
        }
        double y = 1.0;
        double z = 1 - x;
        double prev;
        do {
            x = Math.sqrt(x);
            prev = z;
            y *= 0.5;
            z -= (1 - x) * (1 - x) * y;
        } while (prev != z);
        return z / 3;
    }

    /**
     * PFDEBUG DECODE of a sparse HLL: "z:len" per ZERO, "Z:len" per XZERO, "v:value,len" per VAL,
     * separated by spaces.
     */
    public static String decode(byte[] v, int len) {
        StringBuilder sb = new StringBuilder();
        int p = HDR_SIZE;
        while (p < len) {
            int op = v[p] & 0xff;
            if ((op & 0xc0) == 0) {
                sb.append("z:").append((op & 0x3f) + 1).append(' ');
                p++;
            } else if ((op & 0xc0) == 0x40) {
                sb.append("Z:").append(p + 1 < len ? xzeroLen(v, p) : ((op & 0x3f) << 8) + 1).append(' ');
                p += 2;
            } else {
                sb.append("v:").append(((op >>> 2) & 0x1f) + 1).append(',').append((op & 3) + 1).append(' ');
                p++;
            }
        }
        if (sb.length() > 0) {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }

    /** PFDEBUG GETREG of a dense HLL. */
    public static int[] registers(byte[] dense) {
        int[] r = new int[REGISTERS];
        for (int i = 0; i < REGISTERS; i++) {
            r[i] = denseGet(dense, i);
        }
        return r;
    }

    private static int xzeroLen(byte[] v, int p) {
        return (((v[p] & 0x3f) << 8) | (v[p + 1] & 0xff)) + 1;
    }

    private static void writeMagic(byte[] b, byte encoding) {
        b[0] = 'H';
        b[1] = 'Y';
        b[2] = 'L';
        b[3] = 'L';
        b[4] = encoding;
    }

    // ------------------------------------------------------------------ writing

    /** A private, growable copy of an HLL being written; {@link #toBytes} gives the result. */
    public static final class Editor {
        private byte[] b;
        private int len;
        private final long sparseMaxBytes;

        public Editor(byte[] v, int length, long sparseMaxBytes) {
            this.b = Arrays.copyOf(v, v[4] == SPARSE ? length + 16 : length);
            this.len = length;
            this.sparseMaxBytes = sparseMaxBytes;
        }

        public byte[] toBytes() {
            return Arrays.copyOf(b, len);
        }

        public boolean isSparse() {
            return b[4] == SPARSE;
        }

        /** HLL_INVALIDATE_CACHE. */
        public void invalidateCache() {
            b[15] |= (byte) 0x80;
        }

        /** hllAdd: 1 when a register grew, 0 when not, -1 when the sparse form is corrupted. */
        public int add(byte[] ele) {
            int pl = patLen(ele);
            return set(pl >>> 8, pl & 0xff);
        }

        /** hllDenseSet / hllSparseSet: raises register {@code index} to {@code count}. */
        public int set(int index, int count) {
            if (b[4] == DENSE) {
                if (count > denseGet(b, index)) {
                    denseSet(b, index, count);
                    return 1;
                }
                return 0;
            }
            return sparseSet(index, count);
        }

        /** hllSparseToDense: false when the sparse form does not cover exactly the registers. */
        public boolean toDense() {
            if (b[4] == DENSE) {
                return true;
            }
            byte[] dense = new byte[DENSE_SIZE];
            System.arraycopy(b, 0, dense, 0, HDR_SIZE);
            dense[4] = DENSE;
            int idx = 0;
            int p = HDR_SIZE;
            while (p < len) {
                int op = b[p] & 0xff;
                if ((op & 0xc0) == 0) {
                    idx += (op & 0x3f) + 1;
                    p++;
                } else if ((op & 0xc0) == 0x40) {
                    if (p + 1 >= len) {
                        return false;
                    }
                    idx += xzeroLen(b, p);
                    p += 2;
                } else {
                    int run = (op & 3) + 1;
                    int val = ((op >>> 2) & 0x1f) + 1;
                    if (idx + run > REGISTERS) {
                        return false;
                    }
                    for (int k = 0; k < run; k++) {
                        denseSet(dense, idx++, val);
                    }
                    p++;
                }
                if (idx > REGISTERS) {
                    return false;
                }
            }
            if (idx != REGISTERS) {
                return false;
            }
            b = dense;
            len = DENSE_SIZE;
            return true;
        }

        private int promote(int index, int count) {
            if (!toDense()) {
                return -1;
            }
            if (count > denseGet(b, index)) {
                denseSet(b, index, count);
            }
            return 1;
        }

        private int sparseSet(int index, int count) {
            if (count > SPARSE_VAL_MAX_VALUE) {
                return promote(index, count);
            }
            // Step 1: the opcode covering the register.
            int p = HDR_SIZE;
            int first = 0;
            int prev = -1;
            int span = 0;
            int oplen = 1;
            boolean found = false;
            while (p < len) {
                int op = b[p] & 0xff;
                oplen = 1;
                if ((op & 0xc0) == 0) {
                    span = (op & 0x3f) + 1;
                } else if ((op & 0x80) != 0) {
                    span = (op & 3) + 1;
                } else {
                    if (p + 1 >= len) {
                        return -1;
                    }
                    span = xzeroLen(b, p);
                    oplen = 2;
                }
                if (index <= first + span - 1) {
                    found = true;
                    break;
                }
                prev = p;
                p += oplen;
                first += span;
            }
            if (!found) {
                return -1;
            }
            int op = b[p] & 0xff;
            boolean isVal = (op & 0x80) != 0;
            boolean isXzero = !isVal && (op & 0x40) != 0;
            int runlen = span;

            // Step 2: the trivial in-place cases, else the replacement sequence.
            if (isVal) {
                int old = ((op >>> 2) & 0x1f) + 1;
                if (old >= count) {
                    return 0;
                }
                if (runlen == 1) {
                    b[p] = valOp(count, 1);
                    mergeAdjacent(prev);
                    return 1;
                }
            } else if (!isXzero && runlen == 1) {
                b[p] = valOp(count, 1);
                mergeAdjacent(prev);
                return 1;
            }
            byte[] seq = new byte[5];
            int n = 0;
            int last = first + span - 1;
            if (!isVal) {
                if (index != first) {
                    n = putZeros(seq, n, index - first);
                }
                seq[n++] = valOp(count, 1);
                if (index != last) {
                    n = putZeros(seq, n, last - index);
                }
            } else {
                int cur = ((op >>> 2) & 0x1f) + 1;
                if (index != first) {
                    seq[n++] = valOp(cur, index - first);
                }
                seq[n++] = valOp(count, 1);
                if (index != last) {
                    seq[n++] = valOp(cur, last - index);
                }
            }

            // Step 3: put the sequence in place of the opcode, unless that outgrows the sparse limit.
            int oldlen = isXzero ? 2 : 1;
            int delta = n - oldlen;
            if (delta > 0 && (long) len + delta > sparseMaxBytes) {
                return promote(index, count);
            }
            if (len + delta > b.length) {
                b = Arrays.copyOf(b, Math.max(b.length * 2, len + delta));
            }
            int next = p + oldlen;
            System.arraycopy(b, next, b, next + delta, len - next);
            System.arraycopy(seq, 0, b, p, n);
            len += delta;
            mergeAdjacent(prev);
            return 1;
        }

        /**
         * Step 4: merges equal neighbouring VAL opcodes (up to 4 registers each), looking at up to
         * five opcodes from the one before the change.
         */
        private void mergeAdjacent(int prev) {
            int p = prev >= 0 ? prev : HDR_SIZE;
            int scan = 5;
            while (p < len && scan-- > 0) {
                int op = b[p] & 0xff;
                if ((op & 0xc0) == 0x40) {
                    p += 2;
                    continue;
                }
                if ((op & 0xc0) == 0) {
                    p++;
                    continue;
                }
                if (p + 1 < len && (b[p + 1] & 0x80) != 0) {
                    int v1 = ((op >>> 2) & 0x1f) + 1;
                    int op2 = b[p + 1] & 0xff;
                    int v2 = ((op2 >>> 2) & 0x1f) + 1;
                    if (v1 == v2) {
                        int merged = (op & 3) + 1 + (op2 & 3) + 1;
                        if (merged <= SPARSE_VAL_MAX_LEN) {
                            b[p + 1] = valOp(v1, merged);
                            System.arraycopy(b, p + 1, b, p, len - p - 1);
                            len--;
                            continue;
                        }
                    }
                }
                p++;
            }
        }

        private static int putZeros(byte[] seq, int n, int run) {
            if (run > SPARSE_ZERO_MAX_LEN) {
                seq[n++] = (byte) (0x40 | ((run - 1) >> 8));
                seq[n++] = (byte) ((run - 1) & 0xff);
            } else {
                seq[n++] = (byte) (run - 1);
            }
            return n;
        }

        private static byte valOp(int value, int run) {
            return (byte) (0x80 | ((value - 1) << 2) | (run - 1));
        }
    }
}
