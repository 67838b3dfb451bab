package dev.respec.server.protocol;

import dev.respec.server.util.Bytes;
import dev.respec.server.util.NumberFormat;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The one reply layer: every handler replies through these methods (Redis's addReply* family) and
 * never writes protocol bytes itself. It alone knows how each reply looks in RESP2 and in RESP3 for
 * this client ({@code HELLO 2|3}): a null is "$-1" or "_", a map is a flat array or "%", a double is
 * a bulk string or ",", a boolean is ":1" or "#t".
 *
 * <p>Replies accumulate in an output buffer that the event loop flushes in beforeSleep (or when the
 * socket becomes writable again). Nothing is written to the socket while a command runs, which is
 * what makes deferred lengths ({@link #addReplyDeferredLen}) cheap to patch in place.
 */
public abstract class ReplyWriter implements BulkSink {
    private static final byte[] CRLF = {'\r', '\n'};

    protected byte[] obuf = new byte[16 * 1024];
    /** Bytes in [osent, olen) are waiting to be written to the socket. */
    protected int olen;
    protected int osent;
    protected int resp = 2;

    public int resp() {
        return resp;
    }

    public void setResp(int version) {
        resp = version;
    }

    /** Bytes queued and not yet sent. */
    public int pendingReplyBytes() {
        return olen - osent;
    }

    /**
     * What Redis keeps in a client's own buffer (c->buf, PROTO_REPLY_CHUNK_BYTES) before it starts a
     * reply list: output beyond this much pending is what client-output-buffer-limit measures.
     */
    public static final int REPLY_CHUNK_BYTES = 16 * 1024;

    /**
     * Called before pending output grows past {@link #REPLY_CHUNK_BYTES} (Redis checks the output
     * buffer limits whenever it appends to the reply list), with the pending bytes after the append.
     */
    protected void replyListGrows(long pendingAfter) {
    }

    private void ensure(int n) {
        long pendingAfter = (long) olen - osent + n;
        if (pendingAfter > REPLY_CHUNK_BYTES) {
            replyListGrows(pendingAfter);
        }
        if (obuf.length - olen < n) {
            if (osent > 0) {
                System.arraycopy(obuf, osent, obuf, 0, olen - osent);
                olen -= osent;
                osent = 0;
                if (obuf.length - olen >= n) {
                    return;
                }
            }
            long cap = Math.max((long) obuf.length * 2, (long) olen + n);
            obuf = Arrays.copyOf(obuf, (int) Math.min(cap, Integer.MAX_VALUE - 8));
        }
    }

    /** Hook for reply accounting and suppression (CLIENT REPLY OFF, replies inside MULTI, ...). */
    protected boolean acceptsReplies() {
        return true;
    }

    /** addReplyProto: pre-encoded protocol bytes (see {@link SharedReplies}). */
    public final void addReplyProto(byte[] proto) {
        if (!acceptsReplies()) {
            return;
        }
        ensure(proto.length);
        System.arraycopy(proto, 0, obuf, olen, proto.length);
        olen += proto.length;
    }

    private void raw(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, obuf, olen, len);
        olen += len;
    }

    private void rawByte(int b) {
        ensure(1);
        obuf[olen++] = (byte) b;
    }

    /** "00" to "99": two digits per division when printing integers. */
    private static final byte[] DIGIT_PAIRS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            DIGIT_PAIRS[2 * i] = (byte) ('0' + i / 10);
            DIGIT_PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    /** Decimal digits of a non-negative long, by comparison rather than division. */
    private static int digits(long v) {
        int n = 1;
        for (long pow = 10; n < 19 && v >= pow; pow *= 10) {
            n++;
        }
        return n;
    }

    private void rawLong(long v) {
        ensure(20);
        if (v == Long.MIN_VALUE) {
            byte[] s = Bytes.latin1(Long.toString(v));
            System.arraycopy(s, 0, obuf, olen, s.length);
            olen += s.length;
            return;
        }
        if (v < 0) {
            obuf[olen++] = '-';
            v = -v;
        }
        int n = digits(v);
        int p = olen + n;
        olen = p;
        byte[] b = obuf;
        while (v >= 100) {
            int r = (int) (v % 100);
            v /= 100;
            b[--p] = DIGIT_PAIRS[2 * r + 1];
            b[--p] = DIGIT_PAIRS[2 * r];
        }
        int r = (int) v;
        if (r >= 10) {
            b[--p] = DIGIT_PAIRS[2 * r + 1];
            b[--p] = DIGIT_PAIRS[2 * r];
        } else {
            b[--p] = (byte) ('0' + r);
        }
    }

    private void header(int type, long n) {
        ensure(24);
        obuf[olen++] = (byte) type;
        rawLong(n);
        obuf[olen++] = '\r';
        obuf[olen++] = '\n';
    }

    public final void addReplyStatus(String s) {
        if (!acceptsReplies()) {
            return;
        }
        rawByte('+');
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        raw(b, 0, b.length);
        raw(CRLF, 0, 2);
    }

    /**
     * addReplyError: "-ERR " is prepended unless the message already starts with an error code
     * given as "-CODE ...". Newlines are replaced by spaces so the reply stays one line.
     */
    public final void addReplyError(String msg) {
        String line = msg.startsWith("-") ? msg.substring(1) : "ERR " + msg;
        line = line.replace('\r', ' ').replace('\n', ' ');
        onErrorReply(line);
        if (!acceptsReplies()) {
            return;
        }
        rawByte('-');
        byte[] b = line.getBytes(StandardCharsets.ISO_8859_1);
        raw(b, 0, b.length);
        raw(CRLF, 0, 2);
    }

    /** Hook to count error replies per error code (INFO errorstats). */
    protected void onErrorReply(String line) {
    }

    public final void addReplyLongLong(long v) {
        if (!acceptsReplies()) {
            return;
        }
        if (v == 0) {
            addReplyProto(SharedReplies.CZERO);
        } else if (v == 1) {
            addReplyProto(SharedReplies.CONE);
        } else {
            header(':', v);
        }
    }

    public final void addReplyBulk(byte[] b) {
        addReplyBulk(b, 0, b.length);
    }

    @Override
    public final void addReplyBulk(byte[] b, int off, int len) {
        if (!acceptsReplies()) {
            return;
        }
        ensure(len + 26); // "$" + up to 20 digits + CRLF, the payload, CRLF: one capacity check
        byte[] o = obuf;
        int p = olen;
        o[p++] = '$';
        if (len < 10) {
            o[p++] = (byte) ('0' + len);
        } else if (len < 100) {
            o[p++] = DIGIT_PAIRS[2 * len];
            o[p++] = DIGIT_PAIRS[2 * len + 1];
        } else {
            olen = p;
            rawLong(len); // room was ensured above, so obuf stays the same array
            p = olen;
        }
        o[p++] = '\r';
        o[p++] = '\n';
        System.arraycopy(b, off, o, p, len);
        p += len;
        o[p++] = '\r';
        o[p++] = '\n';
        olen = p;
    }

    public final void addReplyBulkCString(String s) {
        if (s == null) {
            addReplyNull();
        } else {
            addReplyBulk(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public final void addReplyBulkLongLong(long v) {
        addReplyBulk(Bytes.fromLong(v));
    }

    /** The null reply: "$-1" in RESP2, "_" in RESP3. */
    public final void addReplyNull() {
        addReplyProto(resp == 2 ? SharedReplies.NULL_BULK : SharedReplies.NULL_RESP3);
    }

    /** The null array reply: "*-1" in RESP2, "_" in RESP3. */
    public final void addReplyNullArray() {
        addReplyProto(resp == 2 ? SharedReplies.NULL_ARRAY : SharedReplies.NULL_RESP3);
    }

    public final void addReplyArrayLen(long n) {
        if (acceptsReplies()) {
            header('*', n);
        }
    }

    public final void addReplyMapLen(long n) {
        if (acceptsReplies()) {
            header(resp == 2 ? '*' : '%', resp == 2 ? n * 2 : n);
        }
    }

    public final void addReplySetLen(long n) {
        if (acceptsReplies()) {
            header(resp == 2 ? '*' : '~', n);
        }
    }

    public final void addReplyPushLen(long n) {
        if (acceptsReplies()) {
            header(resp == 2 ? '*' : '>', n);
        }
    }

    /**
     * An attribute ("|n") ahead of the reply it describes; RESP3 only, as in Redis, whose callers add
     * one only for a RESP3 client (a RESP2 client gets the reply without it).
     */
    public final void addReplyAttributeLen(long n) {
        if (resp < 3) {
            throw new IllegalStateException("attributes exist in RESP3 only");
        }
        if (acceptsReplies()) {
            header('|', n);
        }
    }

    /** Doubles as Redis 7.0 prints them: "%.17g", with "inf"/"-inf" spelled out. */
    public final void addReplyDouble(double d) {
        String s = NumberFormat.g17(d);
        if (resp == 2) {
            addReplyBulk(Bytes.latin1(s));
        } else if (acceptsReplies()) {
            rawByte(',');
            byte[] b = Bytes.latin1(s);
            raw(b, 0, b.length);
            raw(CRLF, 0, 2);
        }
    }

    /** A double given as its already formatted text (bulk in RESP2, double in RESP3). */
    public final void addReplyDoubleText(byte[] text) {
        if (resp == 2) {
            addReplyBulk(text);
        } else if (acceptsReplies()) {
            rawByte(',');
            raw(text, 0, text.length);
            raw(CRLF, 0, 2);
        }
    }

    public final void addReplyBool(boolean b) {
        if (resp == 2) {
            addReplyProto(b ? SharedReplies.CONE : SharedReplies.CZERO);
        } else {
            addReplyProto(b ? SharedReplies.TRUE_RESP3 : SharedReplies.FALSE_RESP3);
        }
    }

    public final void addReplyBigNum(String digits) {
        if (resp == 2) {
            addReplyBulkCString(digits);
        } else if (acceptsReplies()) {
            rawByte('(');
            byte[] b = Bytes.latin1(digits);
            raw(b, 0, b.length);
            raw(CRLF, 0, 2);
        }
    }

    /** Verbatim text: a bulk string in RESP2, "=len\r\ntxt:..." in RESP3. */
    public final void addReplyVerbatim(String text, String ext) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        if (resp == 2) {
            addReplyBulk(b);
        } else if (acceptsReplies()) {
            header('=', b.length + 4);
            byte[] e = Bytes.latin1(ext + ":");
            raw(e, 0, e.length);
            raw(b, 0, b.length);
            raw(CRLF, 0, 2);
        }
    }

    /** addReplyHelp: "<CMD> <subcommand> ..." header, the given lines, then HELP's own entry. */
    public final void addReplyHelp(String command, String[] lines) {
        addReplyArrayLen(lines.length + 3);
        addReplyStatus(command + " <subcommand> [<arg> [value] [opt] ...]. Subcommands are:");
        for (String l : lines) {
            addReplyStatus(l);
        }
        addReplyStatus("HELP");
        addReplyStatus("    Prints this help.");
    }

    /**
     * addReplyDeferredLen: reserves the place of an aggregate header whose length is not known yet.
     * Returns a handle for {@link #setDeferredArrayLen} and friends.
     */
    public final int addReplyDeferredLen() {
        return acceptsReplies() ? olen : -1;
    }

    public final void setDeferredArrayLen(int handle, long n) {
        setDeferred(handle, '*', n);
    }

    public final void setDeferredMapLen(int handle, long n) {
        setDeferred(handle, resp == 2 ? '*' : '%', resp == 2 ? n * 2 : n);
    }

    public final void setDeferredSetLen(int handle, long n) {
        setDeferred(handle, resp == 2 ? '*' : '~', n);
    }

    private void setDeferred(int handle, int type, long n) {
        if (handle < 0) {
            return;
        }
        byte[] h = Bytes.latin1((char) type + Long.toString(n) + "\r\n");
        ensure(h.length);
        System.arraycopy(obuf, handle, obuf, handle + h.length, olen - handle);
        System.arraycopy(h, 0, obuf, handle, h.length);
        olen += h.length;
    }
}
