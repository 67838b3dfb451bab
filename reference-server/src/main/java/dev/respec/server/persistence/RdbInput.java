package dev.respec.server.persistence;

import dev.respec.server.util.Bytes;
import dev.respec.server.util.Lzf;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The RDB decoder's byte source (rio + the rdbLoad* primitives) over a file or a DUMP payload. It
 * keeps the CRC64 of every byte consumed (the file's trailer is checked against it) and the
 * offset, and refuses a length that runs past the known end of the data before allocating for it,
 * so a corrupt length is a short read rather than an OutOfMemoryError.
 *
 * <p>Every method throws {@link RdbException#shortRead} when the data ends early and
 * {@link RdbException#corrupt} with Redis's text when an encoding is invalid.
 */
public final class RdbInput {
    private final InputStream in;
    private final byte[] buf;
    private int pos;
    private int lim;
    /** Bytes consumed before buf[0]. */
    private long base;
    /** Total size of the data when known (files, payloads), else -1. */
    private final long size;
    private long crc;
    /** buf[crcFrom, pos) is consumed but not yet folded into crc. */
    private int crcFrom;

    private RdbInput(InputStream in, byte[] buf, int lim, long size) {
        this.in = in;
        this.buf = buf;
        this.lim = lim;
        this.size = size;
    }

    /** A reader over a whole payload in memory. */
    public static RdbInput of(byte[] data, int off, int len) {
        byte[] b = off == 0 && len == data.length ? data : java.util.Arrays.copyOfRange(data, off, off + len);
        return new RdbInput(null, b, b.length, b.length);
    }

    /** A reader over a stream of {@code size} bytes (-1 when unknown). */
    public static RdbInput of(InputStream in, long size) {
        return new RdbInput(in, new byte[1 << 16], 0, size);
    }

    /** Bytes consumed so far. */
    public long offset() {
        return base + pos;
    }

    /** CRC64 of every byte consumed so far. */
    public long checksum() {
        foldCrc();
        return crc;
    }

    private void foldCrc() {
        if (pos > crcFrom) {
            crc = Crc64.update(crc, buf, crcFrom, pos - crcFrom);
        }
        crcFrom = pos;
    }

    /** True when every byte has been consumed. */
    public boolean atEnd() throws RdbException {
        return pos == lim && !fill(1);
    }

    private boolean fill(int need) throws RdbException {
        if (in == null) {
            return lim - pos >= need;
        }
        if (lim - pos >= need) {
            return true;
        }
        foldCrc();
        int keep = lim - pos;
        System.arraycopy(buf, pos, buf, 0, keep);
        base += pos;
        pos = 0;
        crcFrom = 0;
        lim = keep;
        try {
            while (lim < need) {
                int n = in.read(buf, lim, buf.length - lim);
                if (n < 0) {
                    return false;
                }
                lim += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    public int readByte() throws RdbException {
        if (pos == lim && !fill(1)) {
            throw RdbException.shortRead();
        }
        return buf[pos++] & 0xff;
    }

    /** rioRead of exactly n bytes. */
    public byte[] readBytes(long n) throws RdbException {
        checkAvailable(n);
        byte[] out = new byte[(int) n];
        int done = 0;
        while (done < n) {
            if (pos == lim && !fill(1)) {
                throw RdbException.shortRead();
            }
            int chunk = (int) Math.min(n - done, lim - pos);
            System.arraycopy(buf, pos, out, done, chunk);
            pos += chunk;
            done += chunk;
        }
        return out;
    }

    private void checkAvailable(long n) throws RdbException {
        if (n < 0 || n > Integer.MAX_VALUE - 8 || (size >= 0 && offset() + n > size)) {
            throw RdbException.shortRead();
        }
    }

    /** Little-endian fixed-width integer (n bytes). */
    public long readLittleEndian(int n) throws RdbException {
        if (lim - pos < n && !fill(n)) {
            throw RdbException.shortRead();
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            v |= (buf[pos++] & 0xffL) << (8 * i);
        }
        return v;
    }

    /** rdbLoadMillisecondTime (little-endian; older versions were host order, which is LE here too). */
    public long readMillis() throws RdbException {
        return readLittleEndian(8);
    }

    /** rdbLoadBinaryDoubleValue. */
    public double readBinaryDouble() throws RdbException {
        return Double.longBitsToDouble(readLittleEndian(8));
    }

    /**
     * rdbLoadDoubleValue (ZSET type 3): a length byte then the number's text, with 253/254/255 for
     * NaN/+inf/-inf.
     */
    public double readOldDouble() throws RdbException {
        int n = readByte();
        switch (n) {
            case RdbConstants.DOUBLE_NAN:
                return Double.NaN;
            case RdbConstants.DOUBLE_POS_INF:
                return Double.POSITIVE_INFINITY;
            case RdbConstants.DOUBLE_NEG_INF:
                return Double.NEGATIVE_INFINITY;
            default:
                return parseOldDouble(readBytes(n));
        }
    }

    /** sscanf("%lg"): the longest leading number, anything after it ignored; a short read when there is none. */
    private static double parseOldDouble(byte[] text) throws RdbException {
        String s = Bytes.str(text).trim();
        for (int end = s.length(); end > 0; end--) {
            String head = s.substring(0, end);
            double d = dev.respec.server.util.NumberFormat.parseDouble(Bytes.latin1(head));
            if (!Double.isNaN(d)) {
                return d;
            }
            if (head.equalsIgnoreCase("nan") || head.equalsIgnoreCase("-nan") || head.equalsIgnoreCase("+nan")) {
                return Double.NaN;
            }
        }
        throw RdbException.shortRead(); // rdbLoadDoubleValue's -1 ends the load as a read error
    }

    /** rdbLoadLen where a length is expected: an "encoded value" byte counts as its low 6 bits, as in Redis. */
    public long readLen() throws RdbException {
        long v = readLenOrEncoding();
        return v >= 0 ? v : -1 - v;
    }

    /**
     * rdbLoadLenByRef: a length (>= 0), or for the "encoded value" form {@code -1 - encoding}.
     * Lengths above 2^63 are taken as corruption.
     */
    private long readLenOrEncoding() throws RdbException {
        int b = readByte();
        int type = (b & 0xC0) >>> 6;
        if (type == RdbConstants.RDB_ENCVAL) {
            return -1 - (b & 0x3F);
        } else if (type == RdbConstants.RDB_6BITLEN) {
            return b & 0x3F;
        } else if (type == RdbConstants.RDB_14BITLEN) {
            return ((b & 0x3F) << 8) | readByte();
        } else if (b == RdbConstants.RDB_32BITLEN) {
            return readBigEndian(4);
        } else if (b == RdbConstants.RDB_64BITLEN) {
            long v = readBigEndian(8);
            if (v < 0) {
                throw RdbException.shortRead();
            }
            return v;
        }
        throw RdbException.corrupt("Unknown length encoding " + type + " in rdbLoadLen()");
    }

    private long readBigEndian(int n) throws RdbException {
        if (lim - pos < n && !fill(n)) {
            throw RdbException.shortRead();
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            v = (v << 8) | (buf[pos++] & 0xff);
        }
        return v;
    }

    /** rdbGenericLoadStringObject: plain, integer-encoded (as decimal text) or LZF. */
    public byte[] readString() throws RdbException {
        long v = readLenOrEncoding();
        if (v >= 0) {
            return readBytes(v);
        }
        int enc = (int) (-1 - v);
        switch (enc) {
            case RdbConstants.RDB_ENC_INT8:
                return Bytes.fromLong((byte) readLittleEndian(1));
            case RdbConstants.RDB_ENC_INT16:
                return Bytes.fromLong((short) readLittleEndian(2));
            case RdbConstants.RDB_ENC_INT32:
                return Bytes.fromLong((int) readLittleEndian(4));
            case RdbConstants.RDB_ENC_LZF:
                return readLzf();
            default:
                throw RdbException.corrupt("Unknown RDB string encoding type " + enc);
        }
    }

    /** rdbLoadLzfStringObject. */
    private byte[] readLzf() throws RdbException {
        long clen = readLen();
        long ulen = readLen();
        byte[] c = readBytes(clen);
        if (ulen > Integer.MAX_VALUE - 8) {
            throw RdbException.corrupt("Invalid LZF compressed string");
        }
        byte[] out = new byte[(int) ulen];
        if (Lzf.decompress(c, 0, c.length, out, 0, out.length) != ulen) {
            throw RdbException.corrupt("Invalid LZF compressed string");
        }
        return out;
    }

}
