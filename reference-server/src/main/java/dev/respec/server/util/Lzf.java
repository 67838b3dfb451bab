package dev.respec.server.util;

/**
 * LZF (liblzf, as Redis embeds it): compression of quicklist nodes and of RDB strings. The format is
 * a sequence of raw blocks with no header; the uncompressed length travels beside the data.
 *
 * <pre>
 * 000LLLLL                      literal run: L+1 bytes follow (1..32)
 * LLLooooo oooooooo             back reference, L in 1..6: copy L+2 bytes from offset o+1 back
 * 111ooooo LLLLLLLL oooooooo    back reference, long: copy 7+L+2 bytes from offset o+1 back
 * </pre>
 *
 * Offsets reach at most 8192 bytes back; a reference copies at most 264 bytes and may overlap its own
 * output (a run of one byte is a reference to the byte before). The compressor is liblzf's greedy
 * matcher over a hash table of 3-byte prefixes, step for step, so RDB files and DUMP payloads carry
 * the same bytes as Redis's.
 */
public final class Lzf {
    private static final int HLOG = 16;
    private static final int HSIZE = 1 << HLOG;
    private static final int MAX_LIT = 1 << 5;
    private static final int MAX_OFF = 1 << 13;
    private static final int MAX_REF = (1 << 8) + (1 << 3);

    /**
     * Per thread: liblzf's hash table of 3-byte prefixes (input offsets), and the call that wrote
     * each slot, so that a call sees an empty table without clearing 256 KB first.
     */
    private static final class HashTable {
        final int[] offsets = new int[HSIZE];
        final int[] stamps = new int[HSIZE];
        int stamp;

        /** Starts a call: every slot reads as offset 0 (which liblzf never uses as a match). */
        void reset() {
            if (++stamp == 0) {
                java.util.Arrays.fill(stamps, 0);
                stamp = 1;
            }
        }

        int get(int slot) {
            return stamps[slot] == stamp ? offsets[slot] : 0;
        }

        void put(int slot, int offset) {
            offsets[slot] = offset;
            stamps[slot] = stamp;
        }
    }

    private static final ThreadLocal<HashTable> TABLE = ThreadLocal.withInitial(HashTable::new);

    private Lzf() {
    }

    /**
     * lzf_compress (liblzf 3.6 as Redis builds it: HLOG 16, VERY_FAST, offsets from the input start):
     * compresses in[inOff, inOff+inLen) into out[outOff, outOff+outLen). Returns the compressed
     * length, or 0 when the result does not fit in outLen bytes (Redis passes a limit below the
     * input size, so 0 also means "not worth it") or the input is empty. The output is
     * byte-for-byte liblzf's when its hash table starts empty (Redis's lives on the stack, so
     * stale slots from an earlier call may, rarely, make it find other equally valid matches).
     */
    public static int compress(byte[] in, int inOff, int inLen, byte[] out, int outOff, int outLen) {
        if (inLen == 0 || outLen == 0) {
            return 0;
        }
        HashTable htab = TABLE.get();
        htab.reset();
        int ip = inOff;
        int inEnd = inOff + inLen;
        int op = outOff;
        int outEnd = outOff + outLen;
        int lit = 0;
        op++; // start a literal run: its control byte goes here
        int hval = inLen >= 2 ? ((in[ip] & 0xff) << 8) | (in[ip + 1] & 0xff) : 0;
        while (ip < inEnd - 2) {
            hval = (hval << 8) | (in[ip + 2] & 0xff);
            int slot = idx(hval);
            int ref = inOff + htab.get(slot);
            htab.put(slot, ip - inOff);
            int off = ip - ref - 1;
            if (off >= 0 && off < MAX_OFF && ref > inOff
                    && in[ref + 2] == in[ip + 2] && in[ref] == in[ip] && in[ref + 1] == in[ip + 1]) {
                int len = 2;
                int maxlen = Math.min(inEnd - ip - len, MAX_REF);
                if (op + 3 + 1 >= outEnd && op - (lit == 0 ? 1 : 0) + 3 + 1 >= outEnd) {
                    return 0;
                }
                out[op - lit - 1] = (byte) (lit - 1); // stop the run
                op -= lit == 0 ? 1 : 0; // undo the run if it is empty
                // liblzf unrolls the first 16 comparisons without the maxlen bound, then always
                // counts one more byte: a match may run up to 2 bytes past maxlen (never past
                // the input), and the output depends on it.
                boolean mismatch = false;
                if (maxlen > 16) {
                    for (int k = 0; k < 16 && !mismatch; k++) {
                        len++;
                        mismatch = in[ref + len] != in[ip + len];
                    }
                }
                if (!mismatch) {
                    do {
                        len++;
                    } while (len < maxlen && in[ref + len] == in[ip + len]);
                }
                len -= 2; // now the number of bytes - 1
                ip++;
                if (len < 7) {
                    out[op++] = (byte) ((off >>> 8) + (len << 5));
                } else {
                    out[op++] = (byte) ((off >>> 8) + (7 << 5));
                    out[op++] = (byte) (len - 7);
                }
                out[op++] = (byte) off;
                lit = 0;
                op++; // start a run
                ip += len + 1;
                if (ip >= inEnd - 2) {
                    break;
                }
                ip -= 2;
                hval = ((in[ip] & 0xff) << 8) | (in[ip + 1] & 0xff);
                hval = (hval << 8) | (in[ip + 2] & 0xff);
                htab.put(idx(hval), ip - inOff);
                ip++;
                hval = (hval << 8) | (in[ip + 2] & 0xff);
                htab.put(idx(hval), ip - inOff);
                ip++;
            } else {
                if (op >= outEnd) {
                    return 0;
                }
                lit++;
                out[op++] = in[ip++];
                if (lit == MAX_LIT) {
                    out[op - lit - 1] = (byte) (lit - 1);
                    lit = 0;
                    op++;
                }
            }
        }
        if (op + 3 > outEnd) {
            return 0;
        }
        while (ip < inEnd) {
            lit++;
            out[op++] = in[ip++];
            if (lit == MAX_LIT) {
                out[op - lit - 1] = (byte) (lit - 1);
                lit = 0;
                op++;
            }
        }
        out[op - lit - 1] = (byte) (lit - 1); // end the run
        op -= lit == 0 ? 1 : 0;
        return op - outOff;
    }

    /** IDX for VERY_FAST: ((h >> (3*8 - HLOG)) - h*5) & (HSIZE - 1), in 32-bit unsigned arithmetic. */
    private static int idx(int h) {
        return ((h >>> (3 * 8 - HLOG)) - h * 5) & (HSIZE - 1);
    }

    /**
     * Compresses when that saves at least one byte: the compressed bytes, or null when LZF cannot
     * make the input shorter than maxLen bytes.
     */
    public static byte[] compress(byte[] in, int maxLen) {
        byte[] out = new byte[Math.max(1, maxLen)];
        int n = compress(in, 0, in.length, out, 0, maxLen);
        return n == 0 ? null : java.util.Arrays.copyOf(out, n);
    }

    /**
     * lzf_decompress: decodes in[inOff, inOff+inLen) into out[outOff, outOff+outLen). Returns the
     * decompressed length, or -1 when the data is corrupt (a reference before the start of the
     * output, a truncated block) or does not fit in outLen bytes.
     */
    public static int decompress(byte[] in, int inOff, int inLen, byte[] out, int outOff, int outLen) {
        int ip = inOff;
        int inEnd = inOff + inLen;
        int op = outOff;
        int outEnd = outOff + outLen;
        while (ip < inEnd) {
            int ctrl = in[ip++] & 0xff;
            if (ctrl < 32) {
                int n = ctrl + 1;
                if (op + n > outEnd || ip + n > inEnd) {
                    return -1;
                }
                System.arraycopy(in, ip, out, op, n);
                ip += n;
                op += n;
                continue;
            }
            int len = ctrl >>> 5;
            if (len == 7) {
                if (ip >= inEnd) {
                    return -1;
                }
                len += in[ip++] & 0xff;
            }
            if (ip >= inEnd) {
                return -1;
            }
            int ref = op - ((ctrl & 0x1f) << 8) - 1 - (in[ip++] & 0xff);
            len += 2;
            if (op + len > outEnd || ref < outOff) {
                return -1;
            }
            for (int i = 0; i < len; i++) {
                out[op++] = out[ref++]; // byte by byte: the source may overlap what is being written
            }
        }
        return op - outOff;
    }

    /** Decompresses to exactly rawLen bytes; null when the data is corrupt or of another length. */
    public static byte[] decompress(byte[] in, int rawLen) {
        byte[] out = new byte[rawLen];
        int n = decompress(in, 0, in.length, out, 0, rawLen);
        return n == rawLen ? out : null;
    }
}
