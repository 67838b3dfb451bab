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
 * output (a run of one byte is a reference to the byte before). The compressor is a greedy matcher
 * over a hash table of 3-byte prefixes, like liblzf's; its output is valid LZF but need not be
 * byte-identical to liblzf's, which nothing requires (readers only decompress).
 */
public final class Lzf {
    private static final int HLOG = 14;
    private static final int MAX_LIT = 32;
    private static final int MAX_OFF = 1 << 13;
    private static final int MAX_REF = 7 + 255 + 2;

    private static final ThreadLocal<int[]> TABLE = ThreadLocal.withInitial(() -> new int[1 << HLOG]);

    private Lzf() {
    }

    /**
     * lzf_compress: compresses in[inOff, inOff+inLen) into out[outOff, outOff+outLen). Returns the
     * compressed length, or 0 when the result does not fit in outLen bytes (Redis passes a limit
     * below the input size, so 0 also means "not worth it") or the input is empty.
     */
    public static int compress(byte[] in, int inOff, int inLen, byte[] out, int outOff, int outLen) {
        if (inLen == 0) {
            return 0;
        }
        int[] table = TABLE.get();
        java.util.Arrays.fill(table, -1);
        int inEnd = inOff + inLen;
        int outEnd = outOff + outLen;
        int ip = inOff;
        int op = outOff;
        int ctrl = op++; // the control byte of the literal run being collected
        int lit = 0;
        while (ip < inEnd - 2) {
            int h = hash(in, ip);
            int ref = table[h];
            table[h] = ip;
            int off = ip - ref - 1;
            if (ref >= 0 && off < MAX_OFF && in[ref] == in[ip] && in[ref + 1] == in[ip + 1]
                    && in[ref + 2] == in[ip + 2]) {
                int max = Math.min(MAX_REF, inEnd - ip);
                int len = 3;
                while (len < max && in[ref + len] == in[ip + len]) {
                    len++;
                }
                if (lit > 0) {
                    out[ctrl] = (byte) (lit - 1);
                } else {
                    op = ctrl; // no literal before the reference: reuse the reserved byte
                }
                int code = len - 2;
                if (op + (code < 7 ? 2 : 3) > outEnd) {
                    return 0;
                }
                if (code < 7) {
                    out[op++] = (byte) ((code << 5) | (off >>> 8));
                } else {
                    out[op++] = (byte) ((7 << 5) | (off >>> 8));
                    out[op++] = (byte) (code - 7);
                }
                out[op++] = (byte) off;
                ctrl = op++;
                lit = 0;
                int end = ip + len;
                for (ip++; ip < end && ip < inEnd - 2; ip++) {
                    table[hash(in, ip)] = ip;
                }
                ip = end;
                continue;
            }
            if (op >= outEnd) {
                return 0;
            }
            out[op++] = in[ip++];
            if (++lit == MAX_LIT) {
                out[ctrl] = (byte) (MAX_LIT - 1);
                ctrl = op++;
                lit = 0;
            }
        }
        while (ip < inEnd) {
            if (op >= outEnd) {
                return 0;
            }
            out[op++] = in[ip++];
            if (++lit == MAX_LIT) {
                out[ctrl] = (byte) (MAX_LIT - 1);
                ctrl = op++;
                lit = 0;
            }
        }
        if (lit > 0) {
            out[ctrl] = (byte) (lit - 1);
        } else {
            op = ctrl;
        }
        return op - outOff;
    }

    private static int hash(byte[] b, int p) {
        int v = (b[p] & 0xff) << 16 | (b[p + 1] & 0xff) << 8 | (b[p + 2] & 0xff);
        return (v * 0x9E3779B1) >>> (32 - HLOG);
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
