package dev.respec.server.protocol;

import dev.respec.server.util.Bytes;

/**
 * Pre-encoded replies shared by every client (server.c createSharedObjects), so the hottest replies
 * cost a copy and nothing else.
 */
public final class SharedReplies {
    public static final byte[] OK = Bytes.latin1("+OK\r\n");
    public static final byte[] PONG = Bytes.latin1("+PONG\r\n");
    public static final byte[] QUEUED = Bytes.latin1("+QUEUED\r\n");
    public static final byte[] CZERO = Bytes.latin1(":0\r\n");
    public static final byte[] CONE = Bytes.latin1(":1\r\n");
    public static final byte[] CNEGONE = Bytes.latin1(":-1\r\n");
    public static final byte[] NULL_BULK = Bytes.latin1("$-1\r\n");
    public static final byte[] NULL_ARRAY = Bytes.latin1("*-1\r\n");
    public static final byte[] NULL_RESP3 = Bytes.latin1("_\r\n");
    public static final byte[] EMPTY_ARRAY = Bytes.latin1("*0\r\n");
    public static final byte[] EMPTY_BULK = Bytes.latin1("$0\r\n\r\n");
    public static final byte[] TRUE_RESP3 = Bytes.latin1("#t\r\n");
    public static final byte[] FALSE_RESP3 = Bytes.latin1("#f\r\n");

    private SharedReplies() {
    }
}
