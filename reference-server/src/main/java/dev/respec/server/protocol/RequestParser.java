package dev.respec.server.protocol;

import dev.respec.server.util.Bytes;
import dev.respec.server.util.SplitArgs;
import java.util.Arrays;
import java.util.List;

/**
 * The resumable request parser (networking.c processInlineBuffer / processMultibulkBuffer).
 *
 * <p>It reads from a {@link QueryBuffer} and yields one command at a time. While a request is
 * incomplete it keeps its state (multibulk count left, current bulk length, arguments so far) and
 * consumes nothing more, so input may arrive split at any byte. Numbers are parsed straight from the
 * bytes. A claimed bulk length is never allocated up front: the bytes accumulate in the query buffer
 * as they arrive and are copied out once the whole argument is there.
 *
 * <p>A client that still has to authenticate may announce at most 10 arguments and 16 KB per
 * argument (Redis's guard against unauthenticated clients making it allocate); more is a protocol
 * error ("unauthenticated multibulk length" / "unauthenticated bulk length").
 *
 * <p>Errors carry Redis's exact text ("Protocol error: invalid bulk length", ...); after one the
 * connection must reply and close, as Redis does. Quirks kept on purpose: like Redis, the two bytes
 * after a bulk's payload are skipped without being checked, and a NUL byte hides the rest of the
 * buffer from the line search (Redis uses strchr).
 */
public final class RequestParser {
    /** PROTO_INLINE_MAX_SIZE: longest inline request or count line before a newline shows up. */
    public static final int INLINE_MAX_SIZE = 64 * 1024;
    /** Most arguments, and most bytes in one, that a client that has not authenticated may announce. */
    public static final int UNAUTHENTICATED_MAX_ARGS = 10;
    public static final int UNAUTHENTICATED_MAX_BULK = 16 * 1024;

    public enum Result { COMMAND, NEED_MORE, ERROR }

    private enum State { START, INLINE, MULTIBULK_ARG_HEADER, MULTIBULK_ARG_BODY }

    private State state = State.START;
    private long multibulkLeft;
    private long bulkLen;
    private byte[][] argv = new byte[0][];
    private int argc;
    private long argvBytes;
    private String error;
    /** Whether the client must still authenticate, as of the current {@link #next} call. */
    private boolean authRequired;
    /** Out-parameter of the number parser, kept so that no request allocates one. */
    private final long[] number = new long[1];

    /** The arguments of the command just parsed; a fresh array per command, owned by the caller. */
    public byte[][] argv() {
        return argc == argv.length ? argv : Arrays.copyOf(argv, argc);
    }

    public int argc() {
        return argc;
    }

    public String error() {
        return error;
    }

    /** Bytes held in arguments of the request being parsed (counts toward the query buffer limit). */
    public long pendingArgBytes() {
        return argvBytes;
    }

    /** True when a request has started and is not yet complete. */
    public boolean inRequest() {
        return state != State.START;
    }

    /**
     * Parses the next command out of {@code q}.
     *
     * @param maxBulkLen proto-max-bulk-len
     * @param authRequired the client has not authenticated and the server wants a password
     */
    public Result next(QueryBuffer q, long maxBulkLen, boolean authRequired) {
        this.authRequired = authRequired;
        while (true) {
            if (state == State.START) {
                if (q.pos >= q.end) {
                    return Result.NEED_MORE;
                }
                argc = 0;
                argvBytes = 0;
                state = q.data[q.pos] == '*' ? State.MULTIBULK_ARG_HEADER : State.INLINE;
                if (state == State.MULTIBULK_ARG_HEADER) {
                    Result r = multibulkCount(q);
                    if (r != null) {
                        return r;
                    }
                    if (state == State.START) {
                        continue; // "*0" or a negative count: an empty request, skipped
                    }
                }
            }
            if (state == State.INLINE) {
                Result r = inline(q);
                if (r == Result.COMMAND && argc == 0) {
                    continue; // empty line
                }
                return r;
            }
            Result r = multibulkArgs(q, maxBulkLen);
            return r;
        }
    }

    private Result inline(QueryBuffer q) {
        int nl = find(q, (byte) '\n');
        if (nl < 0) {
            if (q.end - q.pos > INLINE_MAX_SIZE) {
                return fail("Protocol error: too big inline request");
            }
            return Result.NEED_MORE;
        }
        int lineEnd = nl;
        if (lineEnd > q.pos && q.data[lineEnd - 1] == '\r') {
            lineEnd--;
        }
        List<byte[]> args = SplitArgs.split(q.data, q.pos, lineEnd);
        if (args == null) {
            return fail("Protocol error: unbalanced quotes in request");
        }
        q.pos = nl + 1;
        state = State.START;
        argc = 0;
        argv = new byte[args.size()][];
        for (byte[] a : args) {
            add(a);
        }
        return Result.COMMAND;
    }

    /** Parses "*<count>\r\n". Returns null to continue with the arguments, or a result. */
    private Result multibulkCount(QueryBuffer q) {
        int cr = find(q, (byte) '\r');
        if (cr < 0) {
            if (q.end - q.pos > INLINE_MAX_SIZE) {
                return fail("Protocol error: too big mbulk count string");
            }
            state = State.START;
            return Result.NEED_MORE;
        }
        if (cr + 1 >= q.end) {
            state = State.START; // the '\n' has not arrived yet
            return Result.NEED_MORE;
        }
        long[] n = number;
        if (!Bytes.parseLong(q.data, q.pos + 1, cr - q.pos - 1, n) || n[0] > Integer.MAX_VALUE) {
            return fail("Protocol error: invalid multibulk length");
        }
        if (n[0] > UNAUTHENTICATED_MAX_ARGS && authRequired) {
            return fail("Protocol error: unauthenticated multibulk length");
        }
        q.pos = cr + 2;
        if (n[0] <= 0) {
            state = State.START;
            return null;
        }
        multibulkLeft = n[0];
        argv = new byte[(int) Math.min(n[0], 1024)][]; // grows as arguments really arrive
        bulkLen = -1;
        state = State.MULTIBULK_ARG_HEADER;
        return null;
    }

    private Result multibulkArgs(QueryBuffer q, long maxBulkLen) {
        while (multibulkLeft > 0) {
            if (bulkLen == -1 && !bulkHeaderFast(q, maxBulkLen)) {
                int cr = find(q, (byte) '\r');
                if (cr < 0) {
                    if (q.end - q.pos > INLINE_MAX_SIZE) {
                        return fail("Protocol error: too big bulk count string");
                    }
                    return Result.NEED_MORE;
                }
                if (cr + 1 >= q.end) {
                    return Result.NEED_MORE;
                }
                if (q.data[q.pos] != '$') {
                    return fail("Protocol error: expected '$', got '" + (char) (q.data[q.pos] & 0xff) + "'");
                }
                long[] n = number;
                if (!Bytes.parseLong(q.data, q.pos + 1, cr - q.pos - 1, n) || n[0] < 0 || n[0] > maxBulkLen) {
                    return fail("Protocol error: invalid bulk length");
                }
                if (n[0] > UNAUTHENTICATED_MAX_BULK && authRequired) {
                    return fail("Protocol error: unauthenticated bulk length");
                }
                q.pos = cr + 2;
                bulkLen = n[0];
                state = State.MULTIBULK_ARG_BODY;
            }
            if ((long) q.end - q.pos < bulkLen + 2) {
                return Result.NEED_MORE;
            }
            int len = (int) bulkLen;
            add(Arrays.copyOfRange(q.data, q.pos, q.pos + len));
            argvBytes += len;
            q.pos += len + 2;
            bulkLen = -1;
            multibulkLeft--;
            state = State.MULTIBULK_ARG_HEADER;
        }
        state = State.START;
        return Result.COMMAND;
    }

    /**
     * The common case of a bulk header, {@code $<digits>\r} plus one more byte, read in one pass. Returns
     * false, consuming nothing, for anything else (incomplete, not canonical, too long, over the
     * limit, or past what an unauthenticated client may send), which the general path then parses or
     * rejects with Redis's error.
     */
    private boolean bulkHeaderFast(QueryBuffer q, long maxBulkLen) {
        byte[] d = q.data;
        int p = q.pos;
        int end = q.end;
        if (p >= end || d[p] != '$') {
            return false;
        }
        int i = p + 1;
        int limit = Math.min(end, i + 18); // 18 digits cannot overflow a long
        long v = 0;
        while (i < limit) {
            int b = d[i] - '0';
            if (b < 0 || b > 9) {
                break;
            }
            v = v * 10 + b;
            i++;
        }
        int digits = i - p - 1;
        if (digits == 0 || i + 1 >= end || d[i] != '\r' || (d[p + 1] == '0' && digits > 1) || v > maxBulkLen
                || (authRequired && v > UNAUTHENTICATED_MAX_BULK)) {
            return false;
        }
        q.pos = i + 2; // like Redis, the byte after '\r' is skipped unchecked
        bulkLen = v;
        state = State.MULTIBULK_ARG_BODY;
        return true;
    }

    /** How many more payload bytes the current bulk needs, or 0; lets the reader size one read. */
    public long bulkBytesWanted(QueryBuffer q) {
        if (state == State.MULTIBULK_ARG_BODY && bulkLen >= 0) {
            return Math.max(0, bulkLen + 2 - (q.end - q.pos));
        }
        return 0;
    }

    private void add(byte[] a) {
        if (argc == argv.length) {
            argv = Arrays.copyOf(argv, Math.max(8, argv.length * 2));
        }
        argv[argc++] = a;
    }

    private Result fail(String message) {
        error = message;
        return Result.ERROR;
    }

    /** strchr from q.pos: the index of c, or -1 when absent or hidden behind a NUL byte. */
    private static int find(QueryBuffer q, byte c) {
        byte[] d = q.data;
        for (int i = q.pos; i < q.end; i++) {
            byte b = d[i];
            if (b == c) {
                return i;
            }
            if (b == 0) {
                return -1;
            }
        }
        return -1;
    }
}
