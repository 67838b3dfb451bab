package dev.respec.suite.resp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses one RESP2/RESP3 reply from a byte range, or says that the range does not hold a whole reply yet.
 *
 * <p>The parser is a pure function of its input: it consumes nothing until a whole reply is there, so the
 * caller can feed bytes as they arrive (one at a time, if a test wants) and ask again. A reply is re-parsed
 * from its first byte on each attempt; replies in tests are small, and this keeps the parser stateless.
 *
 * <p>Limits: a bulk string or aggregate longer than {@value #MAX_LENGTH} is a protocol error, as is any
 * malformed header; the message quotes what was seen.
 */
public final class RespParser {

    /** Redis's own proto-max-bulk-len default: 512 MB. */
    public static final long MAX_LENGTH = 512L * 1024 * 1024;

    /** A whole reply and how many bytes it took. */
    public record Parsed(Reply reply, int consumed) {}

    private static final RuntimeException INCOMPLETE = new RuntimeException("incomplete", null, false, false) {};

    private final byte[] buf;
    private final int end;
    private int pos;

    private RespParser(byte[] buf, int offset, int length) {
        this.buf = buf;
        this.pos = offset;
        this.end = offset + length;
    }

    /**
     * Parses one reply starting at {@code offset}.
     *
     * @return the reply and its length in bytes, or {@code null} if more bytes are needed
     * @throws RespProtocolException if the bytes cannot be the start of a valid reply
     */
    public static Parsed parse(byte[] buf, int offset, int length) {
        RespParser p = new RespParser(buf, offset, length);
        try {
            Reply r = p.reply();
            return new Parsed(r, p.pos - offset);
        } catch (RuntimeException e) {
            if (e == INCOMPLETE) return null;
            throw e;
        }
    }

    private Reply reply() {
        byte type = next();
        switch (type) {
            case '+':
                return new Reply.SimpleString(line());
            case '-':
                return new Reply.ErrorReply(line());
            case ':':
                return new Reply.IntegerReply(parseLong(line(), "integer"));
            case '$': {
                long len = length(line(), "bulk length", true);
                if (len < 0) return new Reply.NullBulk();
                return new Reply.BulkString(payload((int) len));
            }
            case '*': {
                long n = length(line(), "multibulk length", true);
                if (n < 0) return new Reply.NullArray();
                return new Reply.ArrayReply(elements(n));
            }
            case '_':
                expectEmpty(line(), "null");
                return new Reply.Null();
            case ',':
                return new Reply.DoubleReply(line());
            case '#': {
                String b = line();
                if (b.equals("t")) return new Reply.BooleanReply(true);
                if (b.equals("f")) return new Reply.BooleanReply(false);
                throw new RespProtocolException("invalid boolean '" + b + "' (expected: t or f)");
            }
            case '(':
                return new Reply.BigNumber(line());
            case '=': {
                long len = length(line(), "verbatim length", false);
                byte[] body = payload((int) len);
                if (body.length < 4 || body[3] != ':') {
                    throw new RespProtocolException("verbatim string without a 3-letter format prefix");
                }
                byte[] text = new byte[body.length - 4];
                System.arraycopy(body, 4, text, 0, text.length);
                return new Reply.VerbatimString(new String(body, 0, 3, StandardCharsets.US_ASCII), text);
            }
            case '!': {
                // Blob error: RESP3's binary-safe error, same meaning as '-'.
                long len = length(line(), "blob error length", false);
                return new Reply.ErrorReply(new String(payload((int) len), StandardCharsets.UTF_8));
            }
            case '%':
                return map(length(line(), "map length", false));
            case '~':
                return new Reply.SetReply(elements(length(line(), "set length", false)));
            case '>':
                return new Reply.PushReply(elements(length(line(), "push length", false)));
            case '|': {
                Reply.MapReply attributes = map(length(line(), "attribute length", false));
                return new Reply.AttributedReply(attributes, reply());
            }
            default:
                throw new RespProtocolException("unknown reply type byte " + describe(type));
        }
    }

    private List<Reply> elements(long n) {
        List<Reply> out = new ArrayList<>((int) Math.min(n, 1024));
        for (long i = 0; i < n; i++) out.add(reply());
        return out;
    }

    private Reply.MapReply map(long n) {
        List<Reply.Entry> entries = new ArrayList<>((int) Math.min(n, 1024));
        for (long i = 0; i < n; i++) entries.add(new Reply.Entry(reply(), reply()));
        return new Reply.MapReply(entries);
    }

    private byte next() {
        if (pos >= end) throw INCOMPLETE;
        return buf[pos++];
    }

    /** The rest of the current line, without its CRLF. */
    private String line() {
        for (int i = pos; i < end; i++) {
            if (buf[i] == '\r') {
                if (i + 1 >= end) throw INCOMPLETE;
                if (buf[i + 1] != '\n') throw new RespProtocolException("CR not followed by LF");
                String s = new String(buf, pos, i - pos, StandardCharsets.UTF_8);
                pos = i + 2;
                return s;
            }
        }
        throw INCOMPLETE;
    }

    private byte[] payload(int len) {
        if (end - pos < (long) len + 2) throw INCOMPLETE;
        byte[] out = new byte[len];
        System.arraycopy(buf, pos, out, 0, len);
        if (buf[pos + len] != '\r' || buf[pos + len + 1] != '\n') {
            throw new RespProtocolException("payload of " + len + " bytes not followed by CRLF");
        }
        pos += len + 2;
        return out;
    }

    private static long length(String text, String what, boolean minusOneAllowed) {
        long n = parseLong(text, what);
        if (n == -1 && minusOneAllowed) return -1;
        if (n < 0 || n > MAX_LENGTH) {
            throw new RespProtocolException(what + ": " + n + " (expected: 0.." + MAX_LENGTH + ")");
        }
        return n;
    }

    private static long parseLong(String text, String what) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new RespProtocolException("invalid " + what + " '" + text + "'");
        }
    }

    private static void expectEmpty(String text, String what) {
        if (!text.isEmpty()) throw new RespProtocolException(what + " followed by '" + text + "'");
    }

    private static String describe(byte b) {
        return (b >= 0x20 && b < 0x7f) ? "'" + (char) b + "'" : String.format("0x%02x", b & 0xff);
    }
}
