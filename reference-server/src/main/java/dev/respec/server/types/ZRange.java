package dev.respec.server.types;

import dev.respec.server.util.Bytes;
import dev.respec.server.util.NumberFormat;

/**
 * The two kinds of range a sorted-set command can ask for, and how Redis 7.0 parses them from
 * arguments (t_zset.c zslParseRange and zslParseLexRange).
 *
 * <p>Score ranges: each bound is a C strtod number, optionally prefixed by "(" for an exclusive bound.
 * strtod is more lenient than the rest of Redis's number parsing: leading white space, "inf",
 * "-infinity", hex floats, an overflowing "1e400" (infinite) and an empty bound ("(" alone is an
 * exclusive 0) are accepted; only NaN and trailing text are refused. Like C, the argument is read up
 * to its first NUL byte.
 *
 * <p>Lex ranges: each bound is "-" (below everything), "+" (above everything), or a member prefixed
 * by "[" (inclusive) or "(" (exclusive); members compare as unsigned bytes.
 */
public final class ZRange {
    private ZRange() {
    }

    /** zrangespec: min and max scores, each inclusive or exclusive. */
    public record Score(double min, double max, boolean minex, boolean maxex) {
        /** zslValueGteMin. */
        public boolean gteMin(double value) {
            return minex ? value > min : value >= min;
        }

        /** zslValueLteMax. */
        public boolean lteMax(double value) {
            return maxex ? value < max : value <= max;
        }

        /** True when no score can be in the range (min above max, or a point with an exclusive end). */
        public boolean isEmpty() {
            return min > max || (min == max && (minex || maxex));
        }
    }

    /** The sentinels "-" and "+": compared by identity, below and above every member. */
    public static final byte[] MIN_STRING = new byte[0];
    public static final byte[] MAX_STRING = new byte[0];

    /** zlexrangespec: min and max members (or the sentinels), each inclusive or exclusive. */
    public record Lex(byte[] min, byte[] max, boolean minex, boolean maxex) {
        /** zslLexValueGteMin. */
        public boolean gteMin(byte[] value) {
            int cmp = compare(value, min);
            return minex ? cmp > 0 : cmp >= 0;
        }

        /** zslLexValueLteMax. */
        public boolean lteMax(byte[] value) {
            int cmp = compare(value, max);
            return maxex ? cmp < 0 : cmp <= 0;
        }

        public boolean isEmpty() {
            int cmp = compare(min, max);
            return cmp > 0 || (cmp == 0 && (minex || maxex));
        }
    }

    /** sdscmplex: the sentinels sort below and above everything, members by unsigned bytes. */
    static int compare(byte[] a, byte[] b) {
        if (a == b) {
            return 0;
        }
        if (a == MIN_STRING || b == MAX_STRING) {
            return -1;
        }
        if (a == MAX_STRING || b == MIN_STRING) {
            return 1;
        }
        return Bytes.compare(a, b);
    }

    /** zslParseRange: null when either bound is not a float (the caller replies the error). */
    public static Score parseScore(byte[] min, byte[] max) {
        boolean minex = min.length > 0 && min[0] == '(';
        boolean maxex = max.length > 0 && max[0] == '(';
        double lo = NumberFormat.strtod(min, minex ? 1 : 0);
        double hi = NumberFormat.strtod(max, maxex ? 1 : 0);
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            return null;
        }
        return new Score(lo, hi, minex, maxex);
    }

    /** zslParseLexRange: null when either bound is not a valid lex range item. */
    public static Lex parseLex(byte[] min, byte[] max) {
        boolean[] minex = new boolean[1];
        boolean[] maxex = new boolean[1];
        byte[] lo = parseLexItem(min, minex);
        byte[] hi = parseLexItem(max, maxex);
        if (lo == null || hi == null) {
            return null;
        }
        return new Lex(lo, hi, minex[0], maxex[0]);
    }

    /**
     * zslParseLexRangeItem. "+" and "-" must be alone (read as C strings: a NUL byte ends them);
     * "(" and "[" take the rest of the argument, NUL bytes included.
     */
    private static byte[] parseLexItem(byte[] item, boolean[] ex) {
        if (item.length == 0) {
            return null;
        }
        switch (item[0]) {
            case '+':
                ex[0] = true;
                return item.length == 1 || item[1] == 0 ? MAX_STRING : null;
            case '-':
                ex[0] = true;
                return item.length == 1 || item[1] == 0 ? MIN_STRING : null;
            case '(':
                ex[0] = true;
                return java.util.Arrays.copyOfRange(item, 1, item.length);
            case '[':
                ex[0] = false;
                return java.util.Arrays.copyOfRange(item, 1, item.length);
            default:
                return null;
        }
    }
}
