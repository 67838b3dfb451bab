package dev.respec.server.command;

import dev.respec.server.network.Client;
import dev.respec.server.util.Bytes;
import dev.respec.server.util.Glob;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The SCAN family's shared machinery (db.c parseScanCursorOrReply and scanGenericCommand), used by
 * SCAN, HSCAN, SSCAN and ZSCAN: cursor parsing, the COUNT / MATCH (/ TYPE) options, the iteration
 * loop and the reply.
 *
 * <p>The collection is walked through a {@link Step}: one call visits what one dictScan call would
 * (returning the next cursor), or, for a compact encoding (listpack, intset), everything at once with
 * cursor 0, as Redis does. The loop ({@link #walk}) stops when the cursor comes back to 0, when COUNT
 * elements were gathered, or after COUNT*10 further steps (so sparse tables cannot stall the server).
 * MATCH filters after the walk, like Redis, so a scan step may return fewer elements than COUNT, even
 * none. For field/value collections ({@code pairs}) COUNT counts both halves, and MATCH tests the
 * field alone and drops its value with it.
 *
 * <p>A cursor is an unsigned 64-bit number carried in a long.
 */
public final class Scan {
    private static final long ULONG_MAX_DIV_10 = Long.divideUnsigned(-1L, 10);

    private Scan() {
    }

    /** One step of the walk: appends what it visits to {@code out}, returns the next cursor. */
    @FunctionalInterface
    public interface Step {
        long step(long cursor, List<byte[]> out);
    }

    /** The options after the cursor; {@code type} is null unless TYPE was given (SCAN only). */
    public record Options(long count, byte[] pattern, byte[] type) {
    }

    /** parseScanCursorOrReply: false after replying "invalid cursor". */
    public static boolean parseCursor(Client c, byte[] s, long[] out) {
        if (parseCursor(s, out)) {
            return true;
        }
        c.addReplyError(Errors.INVALID_CURSOR);
        return false;
    }

    /**
     * C strtoul in base 10 of the argument read as a C string (up to its first NUL byte), accepted
     * only when it consumed the whole string: "+5", "007", "" (0) and "-1" (2^64-1) are cursors, while
     * a leading space, a lone sign, trailing text or overflow past 2^64-1 are not.
     */
    static boolean parseCursor(byte[] s, long[] out) {
        int end = 0;
        while (end < s.length && s[end] != 0) {
            end++;
        }
        if (end > 0 && isSpace(s[0])) {
            return false;
        }
        int i = 0;
        boolean negative = false;
        if (i < end && (s[i] == '+' || s[i] == '-')) {
            negative = s[i] == '-';
            i++;
        }
        int digits = i;
        long v = 0;
        for (; i < end && s[i] >= '0' && s[i] <= '9'; i++) {
            int d = s[i] - '0';
            if (Long.compareUnsigned(v, ULONG_MAX_DIV_10) > 0 || Long.compareUnsigned(v * 10, -1L - d) > 0) {
                return false; // ERANGE
            }
            v = v * 10 + d;
        }
        if (i == digits) {
            out[0] = 0; // nothing converted: strtoul points back at the start of the string
            return end == 0;
        }
        if (i != end) {
            return false;
        }
        out[0] = negative ? -v : v;
        return true;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || (b >= '\t' && b <= '\r');
    }

    /**
     * Parses COUNT / MATCH (and TYPE when {@code allowType}) from argument {@code from} on. Replies
     * the error and returns null on a bad option, like Redis: "syntax error" for unknown or
     * incomplete options and for COUNT below 1. A later option overrides an earlier one.
     */
    public static Options parseOptions(Client c, int from, boolean allowType) {
        long count = 10;
        byte[] pattern = null;
        byte[] type = null;
        long[] v = new long[1];
        int i = from;
        while (i < c.argc()) {
            int remaining = c.argc() - i;
            byte[] opt = c.arg(i);
            if (Args.is(opt, "count") && remaining >= 2) {
                if (!Args.getLong(c, c.arg(i + 1), v)) {
                    return null;
                }
                if (v[0] < 1) {
                    c.addReplyError(Errors.SYNTAX);
                    return null;
                }
                count = v[0];
                i += 2;
            } else if (Args.is(opt, "match") && remaining >= 2) {
                byte[] p = c.arg(i + 1);
                pattern = p.length == 1 && p[0] == '*' ? null : p; // "*" matches everything: skip the filter
                i += 2;
            } else if (allowType && Args.is(opt, "type") && remaining >= 2) {
                type = c.arg(i + 1);
                i += 2;
            } else {
                c.addReplyError(Errors.SYNTAX);
                return null;
            }
        }
        return new Options(count, pattern, type);
    }

    /**
     * The loop of scanGenericCommand: at least one step, then more while the cursor is not 0, the
     * budget of count*10 further steps is not spent and fewer than count elements were gathered.
     * Returns the next cursor. The budget wraps like C's long for huge counts, so it then never runs
     * out, as in Redis.
     */
    public static long walk(long cursor, long count, Step step, List<byte[]> out) {
        long maxIterations = count * 10;
        do {
            cursor = step.step(cursor, out);
        } while (cursor != 0 && maxIterations-- != 0 && out.size() < count);
        return cursor;
    }

    /**
     * The walk, the filter and the reply: a two-element array of the next cursor (as a bulk string)
     * and the elements. {@code keep}, when not null, is an extra filter on elements (fields for pairs)
     * that passed MATCH, such as SCAN's TYPE and expiry checks, applied in that order.
     */
    public static void scan(Client c, long cursor, Options opt, boolean pairs, Step step, Predicate<byte[]> keep) {
        long count = pairs ? opt.count() * 2 : opt.count();
        List<byte[]> found = new ArrayList<>();
        cursor = walk(cursor, count, step, found);

        int stride = pairs ? 2 : 1;
        List<byte[]> kept = found;
        if (opt.pattern() != null || keep != null) {
            kept = new ArrayList<>(found.size());
            for (int i = 0; i < found.size(); i += stride) {
                byte[] e = found.get(i);
                if (opt.pattern() != null && !Glob.match(opt.pattern(), e, false)) {
                    continue;
                }
                if (keep != null && !keep.test(e)) {
                    continue;
                }
                kept.add(e);
                if (pairs) {
                    kept.add(found.get(i + 1));
                }
            }
        }
        c.addReplyArrayLen(2);
        c.addReplyBulk(Bytes.latin1(Long.toUnsignedString(cursor)));
        c.addReplyArrayLen(kept.size());
        for (byte[] e : kept) {
            c.addReplyBulk(e);
        }
    }

    /** The reply to a scan of a missing key (shared.emptyscan): cursor "0" and no elements. */
    public static void replyEmpty(Client c) {
        c.addReplyArrayLen(2);
        c.addReplyBulk(Bytes.fromLong(0));
        c.addReplyArrayLen(0);
    }
}
