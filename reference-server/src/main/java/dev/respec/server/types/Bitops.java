package dev.respec.server.types;

/**
 * Bit arithmetic on a string's bytes (bitops.c), free of any encoding: the bitmap commands hand it
 * the value's bytes from {@link StringType}. Bits are numbered as Redis numbers them: bit 0 is the
 * most significant bit of byte 0, bit 8 the most significant bit of byte 1, and so on. Reads past
 * the end of the bytes see zeros, as a string is a bitmap padded with zeros without end.
 *
 * <p>A bitfield is {@code bits} consecutive bits (1..64) read as a big-endian integer, signed (two's
 * complement) or unsigned; the overflow checks implement BITFIELD's WRAP/SAT/FAIL arithmetic.
 */
public final class Bitops {
    public static final int OVERFLOW_WRAP = 0;
    public static final int OVERFLOW_SAT = 1;
    public static final int OVERFLOW_FAIL = 2;

    private Bitops() {
    }

    /** The bit at {@code offset} of the first {@code len} bytes of {@code b} (0 past them). */
    public static int getBit(byte[] b, int len, long offset) {
        long byteIndex = offset >>> 3;
        if (byteIndex >= len) {
            return 0;
        }
        return (b[(int) byteIndex] >> (7 - (int) (offset & 7))) & 1;
    }

    /** Sets the bit at {@code offset}, which must lie within {@code b}. */
    public static void setBit(byte[] b, long offset, int on) {
        int byteIndex = (int) (offset >>> 3);
        int mask = 1 << (7 - (int) (offset & 7));
        b[byteIndex] = (byte) (on != 0 ? b[byteIndex] | mask : b[byteIndex] & ~mask);
    }

    /**
     * The number of set bits among bits [startBit, endBit] (inclusive) of the first {@code len}
     * bytes; the range must lie within them.
     */
    public static long count(byte[] b, long startBit, long endBit) {
        int first = (int) (startBit >>> 3);
        int last = (int) (endBit >>> 3);
        // bits of the first and last bytes that lie outside the range
        int headMask = 0xff << (8 - (int) (startBit & 7)) & 0xff;
        int tailMask = (1 << (7 - (int) (endBit & 7))) - 1;
        long n = popcount(b, first, last - first + 1);
        n -= Integer.bitCount(b[first] & headMask);
        n -= Integer.bitCount(b[last] & tailMask);
        return n;
    }

    /** The number of set bits in b[from, from + len). */
    public static long popcount(byte[] b, int from, int len) {
        long n = 0;
        int i = from;
        int end = from + len;
        for (; i + 8 <= end; i += 8) {
            long w = (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24
                    | (b[i + 4] & 0xffL) << 32 | (b[i + 5] & 0xffL) << 40 | (b[i + 6] & 0xffL) << 48
                    | (b[i + 7] & 0xffL) << 56;
            n += Long.bitCount(w);
        }
        for (; i < end; i++) {
            n += Integer.bitCount(b[i] & 0xff);
        }
        return n;
    }

    /**
     * The position of the first bit equal to {@code bit} among bits [startBit, endBit] (inclusive,
     * within the bytes), or -1 when there is none.
     */
    public static long position(byte[] b, long startBit, long endBit, int bit) {
        int skip = bit == 1 ? 0 : 0xff; // a byte that cannot hold the bit looked for
        long pos = startBit;
        while (pos <= endBit) {
            if ((pos & 7) == 0 && pos + 7 <= endBit && (b[(int) (pos >>> 3)] & 0xff) == skip) {
                pos += 8;
                continue;
            }
            if (((b[(int) (pos >>> 3)] >> (7 - (int) (pos & 7))) & 1) == bit) {
                return pos;
            }
            pos++;
        }
        return -1;
    }

    /** The unsigned bitfield of {@code bits} (1..64) bits at {@code offset}; zeros past {@code len}. */
    public static long getUnsigned(byte[] b, int len, long offset, int bits) {
        long value = 0;
        for (int j = 0; j < bits; j++) {
            value = value << 1 | getBit(b, len, offset + j);
        }
        return value;
    }

    /** The signed (two's complement) bitfield of {@code bits} bits at {@code offset}. */
    public static long getSigned(byte[] b, int len, long offset, int bits) {
        long value = getUnsigned(b, len, offset, bits);
        if (bits < 64 && (value & (1L << (bits - 1))) != 0) {
            value |= -1L << bits;
        }
        return value;
    }

    /** Writes the low {@code bits} bits of value at {@code offset}, which must lie within {@code b}. */
    public static void setField(byte[] b, long offset, int bits, long value) {
        for (int j = 0; j < bits; j++) {
            setBit(b, offset + j, (int) (value >>> (bits - 1 - j)) & 1);
        }
    }

    /**
     * checkUnsignedBitfieldOverflow: whether {@code value + incr} fits an unsigned field of
     * {@code bits} (at most 63) bits, {@code value} taken as unsigned. Returns 0 when it fits,
     * 1 on overflow, -1 on underflow; then out[0] holds the wrapped value (WRAP) or the limit (SAT).
     */
    public static int checkUnsigned(long value, long incr, int bits, int overflow, long[] out) {
        long max = (1L << bits) - 1;
        long maxIncr = max - value;
        long minIncr = -value;
        int result;
        if (Long.compareUnsigned(value, max) > 0 || (incr > 0 && incr > maxIncr)) {
            result = 1;
        } else if (incr < 0 && incr < minIncr) {
            result = -1;
        } else {
            return 0;
        }
        if (overflow == OVERFLOW_WRAP) {
            out[0] = (value + incr) & max;
        } else if (overflow == OVERFLOW_SAT) {
            out[0] = result > 0 ? max : 0;
        }
        return result;
    }

    /**
     * checkSignedBitfieldOverflow: as {@link #checkUnsigned} for a signed field of {@code bits}
     * (at most 64) bits. Wrapping keeps the low bits and extends their sign.
     */
    public static int checkSigned(long value, long incr, int bits, int overflow, long[] out) {
        long max = bits == 64 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1;
        long min = -max - 1;
        // both may wrap around; each is only used where the comparisons before it rule that out
        long maxIncr = max - value;
        long minIncr = min - value;
        int result;
        if (value > max || (bits != 64 && incr > maxIncr) || (value >= 0 && incr > 0 && incr > maxIncr)) {
            result = 1;
        } else if (value < min || (bits != 64 && incr < minIncr) || (value < 0 && incr < 0 && incr < minIncr)) {
            result = -1;
        } else {
            return 0;
        }
        if (overflow == OVERFLOW_WRAP) {
            long c = value + incr;
            if (bits < 64) {
                long mask = -1L << bits;
                c = (c & (1L << (bits - 1))) != 0 ? c | mask : c & ~mask;
            }
            out[0] = c;
        } else if (overflow == OVERFLOW_SAT) {
            out[0] = result > 0 ? max : min;
        }
        return result;
    }
}
