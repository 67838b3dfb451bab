package dev.respec.server.persistence;

import dev.respec.server.util.Bytes;
import dev.respec.server.util.Lzf;
import java.util.Arrays;

/**
 * The RDB encoder's byte sink (rio + the rdbSave* primitives): a growable buffer that knows the
 * format's lengths, strings, integers, times and doubles. Snapshots fill one and hand its bytes to
 * the file writer in chunks ({@link #take}); DUMP fills one and replies with it.
 *
 * <p>Strings are written as Redis 7.0's rdbSaveRawString does: canonical integers of at most 11
 * characters that fit in 32 bits as INT8/16/32, then (with {@code rdbcompression}) LZF when the
 * string is over 20 bytes and compression saves at least 4 bytes, else verbatim.
 */
public final class RdbOutput {
    private final boolean compress;
    private byte[] buf;
    private int len;
    private byte[] lzfScratch = Bytes.EMPTY;
    private final long[] parsed = new long[1];

    public RdbOutput(boolean compress, int initialCapacity) {
        this.compress = compress;
        this.buf = new byte[Math.max(16, initialCapacity)];
    }

    /** Whether strings over 20 bytes are LZF-compressed (rdbcompression). */
    public boolean compresses() {
        return compress;
    }

    public int size() {
        return len;
    }

    /** The bytes written so far, as a new exact array. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    /** The bytes written so far; the buffer starts over empty (a new one: the old is the caller's). */
    public byte[] take() {
        byte[] out = Arrays.copyOf(buf, len);
        len = 0;
        return out;
    }

    /** The internal buffer: its first {@link #size} bytes are the output. For {@link #swap}. */
    public byte[] array() {
        return buf;
    }

    /** Continues, empty, in {@code next} (the caller took the old buffer from {@link #array}). */
    public void swap(byte[] next) {
        buf = next.length >= 16 ? next : new byte[16];
        len = 0;
    }

    /** Copies b[off, off+n) in (raw, no encoding). */
    public void write(byte[] b, int off, int n) {
        ensure(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
    }

    public void write(byte[] b) {
        write(b, 0, b.length);
    }

    public void writeByte(int b) {
        ensure(1);
        buf[len++] = (byte) b;
    }

    /** rdbSaveType. */
    public void writeType(int type) {
        writeByte(type);
    }

    /** rdbSaveLen: 6, 14 (big-endian), 32 or 64 bits (big-endian after a marker byte). */
    public void writeLen(long v) {
        ensure(9);
        if (v >= 0 && v < (1 << 6)) {
            buf[len++] = (byte) v;
        } else if (v >= 0 && v < (1 << 14)) {
            buf[len++] = (byte) ((v >>> 8) | (RdbConstants.RDB_14BITLEN << 6));
            buf[len++] = (byte) v;
        } else if (v >= 0 && v <= 0xFFFFFFFFL) {
            buf[len++] = (byte) RdbConstants.RDB_32BITLEN;
            putBigEndian(v, 4);
        } else {
            buf[len++] = (byte) RdbConstants.RDB_64BITLEN;
            putBigEndian(v, 8);
        }
    }

    private void putBigEndian(long v, int n) {
        for (int i = n - 1; i >= 0; i--) {
            buf[len++] = (byte) (v >>> (8 * i));
        }
    }

    /** Little-endian fixed-width integer (times, binary doubles, the checksum, DUMP's version). */
    public void writeLittleEndian(long v, int n) {
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) (v >>> (8 * i));
        }
    }

    /** rdbSaveMillisecondTime: 8 bytes little-endian. */
    public void writeMillis(long ms) {
        writeLittleEndian(ms, 8);
    }

    /** rdbSaveBinaryDoubleValue: IEEE 754 binary64, little-endian. */
    public void writeBinaryDouble(double d) {
        writeLittleEndian(Double.doubleToRawLongBits(d), 8);
    }

    /** rdbSaveRawString of a whole array. */
    public void writeString(byte[] s) {
        writeString(s, 0, s.length);
    }

    /** rdbSaveRawString of s[off, off+n). */
    public void writeString(byte[] s, int off, int n) {
        if (n <= 11 && Bytes.parseLong(s, off, n, parsed) && writeEncodedInteger(parsed[0])) {
            return;
        }
        if (compress && n > 20 && writeLzf(s, off, n)) {
            return;
        }
        writeLen(n);
        write(s, off, n);
    }

    /** rdbSaveLongLongAsStringObject: an integer encoding when it fits 32 bits, else its decimal text. */
    public void writeLongAsString(long v) {
        if (!writeEncodedInteger(v)) {
            byte[] text = Bytes.fromLong(v);
            writeLen(text.length);
            write(text);
        }
    }

    /** rdbEncodeInteger; false (nothing written) when v needs more than 32 bits. */
    private boolean writeEncodedInteger(long v) {
        int enc;
        int n;
        if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            enc = RdbConstants.RDB_ENC_INT8;
            n = 1;
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            enc = RdbConstants.RDB_ENC_INT16;
            n = 2;
        } else if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
            enc = RdbConstants.RDB_ENC_INT32;
            n = 4;
        } else {
            return false;
        }
        writeByte((RdbConstants.RDB_ENCVAL << 6) | enc);
        writeLittleEndian(v, n);
        return true;
    }

    /** rdbSaveLzfStringObject: only when the compressed form is at least 4 bytes shorter. */
    private boolean writeLzf(byte[] s, int off, int n) {
        int outLen = n - 4;
        if (lzfScratch.length < outLen) {
            lzfScratch = new byte[Math.max(outLen, Math.min(lzfScratch.length * 2, Integer.MAX_VALUE - 8))];
        }
        int clen = Lzf.compress(s, off, n, lzfScratch, 0, outLen);
        if (clen == 0) {
            return false;
        }
        writeLzfBlob(lzfScratch, clen, n);
        if (lzfScratch.length > (1 << 20)) {
            lzfScratch = Bytes.EMPTY; // do not keep a huge scratch buffer alive
        }
        return true;
    }

    /** rdbSaveLzfBlob: an already compressed string (a compressed quicklist node is written as is). */
    public void writeLzfBlob(byte[] compressed, int clen, int originalLen) {
        writeByte((RdbConstants.RDB_ENCVAL << 6) | RdbConstants.RDB_ENC_LZF);
        writeLen(clen);
        writeLen(originalLen);
        write(compressed, 0, clen);
    }

    private void ensure(int n) {
        if (buf.length - len < n) {
            long want = Math.max((long) len + n, (long) buf.length * 2);
            if (want > Integer.MAX_VALUE - 8) {
                want = (long) len + n;
                if (want > Integer.MAX_VALUE - 8) {
                    throw new IllegalStateException("RDB buffer over 2 GB");
                }
            }
            buf = Arrays.copyOf(buf, (int) want);
        }
    }
}
