package dev.respec.server.protocol;

import java.util.Arrays;

/**
 * A client's query buffer: bytes read from the socket in {@code [pos, end)} not yet consumed by the
 * parser. It grows by doubling as data arrives (never to a size a client merely claims) and is
 * compacted when the parser has consumed a prefix.
 */
public final class QueryBuffer {
    public static final int INITIAL = 16 * 1024;

    public byte[] data = new byte[INITIAL];
    public int pos;
    public int end;

    public int pending() {
        return end - pos;
    }

    /** Makes room for at least {@code want} more bytes after end, compacting first. */
    public void reserve(int want) {
        if (pos > 0) {
            compact();
        }
        if (data.length - end < want) {
            long need = (long) end + want;
            long cap = Math.max((long) data.length * 2, need);
            if (cap > Integer.MAX_VALUE - 8) {
                cap = Integer.MAX_VALUE - 8;
            }
            data = Arrays.copyOf(data, (int) cap);
        }
    }

    public void compact() {
        if (pos == 0) {
            return;
        }
        int n = end - pos;
        if (n > 0) {
            System.arraycopy(data, pos, data, 0, n);
        }
        pos = 0;
        end = n;
    }

    /** Gives back memory after a big request, like Redis's querybuf resize in clientsCron. */
    public void shrinkIfIdle() {
        if (pos == end && data.length > INITIAL * 2) {
            data = new byte[INITIAL];
            pos = 0;
            end = 0;
        }
    }
}
