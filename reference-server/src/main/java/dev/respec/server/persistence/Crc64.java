package dev.respec.server.persistence;

/**
 * crc64.c: CRC-64/Jones as Redis computes it (reflected polynomial 0x95ac9329ac4bc9b5, reflected
 * input and output, initial value 0, no final xor). The RDB trailer and every DUMP payload end with
 * it, little-endian. Check value: {@code update(0, "123456789") == 0xe9c6d914c4b8d9caL}.
 *
 * <p>Slicing-by-8 tables: eight bytes per step, so that checksumming a multi-gigabyte snapshot on
 * the writer thread costs little next to the disk.
 */
public final class Crc64 {
    private static final long POLY = 0x95AC9329AC4BC9B5L;
    private static final long[][] T = new long[8][256];

    static {
        for (int i = 0; i < 256; i++) {
            long c = i;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ POLY : c >>> 1;
            }
            T[0][i] = c;
        }
        for (int i = 0; i < 256; i++) {
            long c = T[0][i];
            for (int k = 1; k < 8; k++) {
                c = T[0][(int) (c & 0xff)] ^ (c >>> 8);
                T[k][i] = c;
            }
        }
    }

    private Crc64() {
    }

    /** The running checksum {@code crc} extended by b[off, off+len). */
    public static long update(long crc, byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        while (end - i >= 8) {
            long v = crc ^ ((b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16
                    | (b[i + 3] & 0xffL) << 24 | (b[i + 4] & 0xffL) << 32 | (b[i + 5] & 0xffL) << 40
                    | (b[i + 6] & 0xffL) << 48 | (b[i + 7] & 0xffL) << 56);
            crc = T[7][(int) (v & 0xff)] ^ T[6][(int) ((v >>> 8) & 0xff)] ^ T[5][(int) ((v >>> 16) & 0xff)]
                    ^ T[4][(int) ((v >>> 24) & 0xff)] ^ T[3][(int) ((v >>> 32) & 0xff)]
                    ^ T[2][(int) ((v >>> 40) & 0xff)] ^ T[1][(int) ((v >>> 48) & 0xff)] ^ T[0][(int) (v >>> 56)];
            i += 8;
        }
        for (; i < end; i++) {
            crc = T[0][(int) ((crc ^ b[i]) & 0xff)] ^ (crc >>> 8);
        }
        return crc;
    }

    public static long of(byte[] b) {
        return update(0, b, 0, b.length);
    }
}
