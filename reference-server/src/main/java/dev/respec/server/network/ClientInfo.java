package dev.respec.server.network;

/**
 * catClientInfoString and sdscatrepr: the one-line description of a client that CLIENT LIST,
 * CLIENT INFO and the log use, in Redis 7.0's field order.
 */
public final class ClientInfo {
    private ClientInfo() {
    }

    public static String describe(Client c) {
        long now = System.currentTimeMillis();
        StringBuilder flags = new StringBuilder();
        if (c.inPubSubMode()) {
            flags.append('P');
        }
        if (c.mstate != null) {
            flags.append('x');
        }
        if (c.blocked) {
            flags.append('b');
        }
        if (c.dirtyCas) {
            flags.append('d');
        }
        if (c.closeAfterReply) {
            flags.append('c');
        }
        if (c.closeAsap) {
            flags.append('A');
        }
        if (flags.length() == 0) {
            flags.append('N');
        }
        String events = c.closed ? "" : (c.pendingReplyBytes() > 0 ? "rw" : "r");
        int qbuf = c.qbuf.pending();
        int qbufFree = c.qbuf.data.length - c.qbuf.end;
        long argvMem = 0;
        if (c.argv != null) {
            for (byte[] a : c.argv) {
                argvMem += a.length;
            }
        }
        // Redis's own buffer (obl bytes), then its reply list (oll blocks of 16 KB, omem bytes)
        long omem = c.replyListBytes();
        int obl = (int) (c.pendingReplyBytes() - omem);
        long oll = (omem + Client.REPLY_CHUNK_BYTES - 1) / Client.REPLY_CHUNK_BYTES;
        long totMem = c.qbuf.data.length + c.outputBufferCapacity() + argvMem + 1024;
        return "id=" + c.id
                + " addr=" + c.addr
                + " laddr=" + c.laddr
                + " fd=" + (c.id + 7)
                + " name=" + c.nameString()
                + " age=" + (now - c.createdMs) / 1000
                + " idle=" + (now - c.lastInteractionMs) / 1000
                + " flags=" + flags
                + " db=" + c.db.id
                + " sub=" + (c.subscriptions == null ? 0 : c.subscriptions.channelCount())
                + " psub=" + (c.subscriptions == null ? 0 : c.subscriptions.patternCount())
                + " ssub=" + (c.subscriptions == null ? 0 : c.subscriptions.shardCount())
                + " multi=" + (c.mstate == null ? -1 : c.mstate.count())
                + " qbuf=" + qbuf
                + " qbuf-free=" + qbufFree
                + " argv-mem=" + argvMem
                + " multi-mem=" + (c.mstate == null ? 0 : c.mstate.memory())
                + " rbs=" + c.outputBufferCapacity()
                + " rbp=" + c.outputBufferCapacity()
                + " obl=" + obl
                + " oll=" + oll
                + " omem=" + omem
                + " tot-mem=" + totMem
                + " events=" + events
                + " cmd=" + (c.lastCmd == null ? "NULL" : c.lastCmd.fullName)
                + " user=" + c.user
                + " redir=-1"
                + " resp=" + c.resp();
    }

    /** sdscatrepr: a quoted, escaped rendering of bytes for logs. */
    public static String repr(byte[] b, int off, int len) {
        StringBuilder s = new StringBuilder("\"");
        for (int i = off; i < off + len; i++) {
            int ch = b[i] & 0xff;
            switch (ch) {
                case '\\' -> s.append("\\\\");
                case '"' -> s.append("\\\"");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                case 7 -> s.append("\\a");
                case '\b' -> s.append("\\b");
                default -> {
                    if (ch >= 32 && ch < 127) {
                        s.append((char) ch);
                    } else {
                        s.append(String.format("\\x%02x", ch));
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
