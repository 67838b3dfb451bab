package dev.respec.server.commands;

import dev.respec.server.command.Args;
import dev.respec.server.command.Errors;
import dev.respec.server.keyspace.Dict;
import dev.respec.server.network.Client;
import dev.respec.server.util.Glob;
import java.util.List;

/**
 * The shared parts of db.c scanGenericCommand, for SCAN and the HSCAN/SSCAN/ZSCAN family: cursor
 * parsing (parseScanCursorOrReply), the MATCH/COUNT/TYPE options, the dictScan loop and the reply.
 *
 * <p>A cursor is an unsigned 64-bit number carried in a long. Parsing follows C's strtoul on the
 * argument as a C string: a leading space is refused, a sign is allowed ("-1" wraps to 2^64-1), an
 * argument with no digits at all ("" or one starting with a NUL byte) reads as 0, anything after the
 * digits up to a NUL byte is refused, and values past 2^64-1 are refused.
 *
 * <p>The loop is Redis's: call dictScan until the cursor is back at 0, or COUNT elements were
 * collected, or COUNT*10 further calls found too few; filtering (MATCH, TYPE, expiry) happens after,
 * so a reply may hold fewer than COUNT elements, or none, with a non-zero cursor.
 */
public final class ScanGeneric {
    private static final long UNSIGNED_LONG_MAX_DIV_10 = Long.divideUnsigned(-1L, 10);

    private ScanGeneric() {
    }

    /** The parsed SCAN options; {@code pattern == null} means no filtering by name. */
    public static final class Options {
        public long count = 10;
        public byte[] pattern;
        public byte[] type;

        /** True when the name passes MATCH (stringmatchlen, case-sensitive). */
        public boolean matches(byte[] name) {
            return pattern == null || Glob.match(pattern, name, false);
        }
    }

    /** parseScanCursorOrReply: false after replying "invalid cursor". */
    public static boolean parseCursor(Client c, byte[] arg, long[] out) {
        if (parseCursor(arg, out)) {
            return true;
        }
        c.addReplyError(Errors.INVALID_CURSOR);
        return false;
    }

    /** strtoul(arg, &eptr, 10) accepted only when the whole C string was consumed. */
    static boolean parseCursor(byte[] arg, long[] out) {
        int end = 0;
        while (end < arg.length && arg[end] != 0) {
            end++;
        }
        if (end > 0 && isCSpace(arg[0])) {
            return false;
        }
        int i = 0;
        boolean negative = false;
        if (i < end && (arg[i] == '+' || arg[i] == '-')) {
            negative = arg[i] == '-';
            i++;
        }
        int digitsStart = i;
        long v = 0;
        while (i < end && arg[i] >= '0' && arg[i] <= '9') {
            int d = arg[i] - '0';
            if (Long.compareUnsigned(v, UNSIGNED_LONG_MAX_DIV_10) > 0
                    || Long.compareUnsigned(v * 10, -1L - d) > 0) {
                return false; // ERANGE
            }
            v = v * 10 + d;
            i++;
        }
        if (i == digitsStart) {
            // No conversion: strtoul points eptr back at the start of the string.
            out[0] = 0;
            return end == 0;
        }
        if (i != end) {
            return false;
        }
        out[0] = negative ? -v : v;
        return true;
    }

    private static boolean isCSpace(byte b) {
        return b == ' ' || (b >= '\t' && b <= '\r');
    }

    /**
     * Parses the options from argv[first]: COUNT n (n >= 1), MATCH pattern and, when allowType (the
     * keyspace SCAN only), TYPE name. Later options override earlier ones. Null after replying.
     */
    public static Options parseOptions(Client c, int first, boolean allowType) {
        Options o = new Options();
        long[] n = new long[1];
        for (int i = first; i < c.argc(); i += 2) {
            boolean hasValue = i + 1 < c.argc();
            byte[] opt = c.arg(i);
            if (hasValue && Args.is(opt, "count")) {
                if (!Args.getLong(c, c.arg(i + 1), n)) {
                    return null;
                }
                if (n[0] < 1) {
                    c.addReplyError(Errors.SYNTAX);
                    return null;
                }
                o.count = n[0];
            } else if (hasValue && Args.is(opt, "match")) {
                byte[] p = c.arg(i + 1);
                o.pattern = p.length == 1 && p[0] == '*' ? null : p;
            } else if (hasValue && allowType && Args.is(opt, "type")) {
                o.type = c.arg(i + 1);
            } else {
                c.addReplyError(Errors.SYNTAX);
                return null;
            }
        }
        return o;
    }

    /**
     * The dictScan loop: collects into {@code out} the entries of the buckets visited and returns the
     * next cursor. At least one call is made; then more while the cursor is not 0, fewer than count
     * entries were collected, and count*10 extra calls have not been spent.
     */
    public static long scan(Dict d, long cursor, long count, List<Dict.Entry> out) {
        long maxIterations = count * 10;
        do {
            cursor = d.scan(cursor, out::add);
        } while (cursor != 0 && maxIterations-- != 0 && out.size() < count);
        return cursor;
    }

    /** The reply: [cursor as a bulk string, [elements...]]. */
    public static void reply(Client c, long cursor, List<byte[]> elements) {
        c.addReplyArrayLen(2);
        c.addReplyBulkLongLong(cursor);
        c.addReplyArrayLen(elements.size());
        for (byte[] e : elements) {
            c.addReplyBulk(e);
        }
    }
}
