package dev.respec.server.command;

import dev.respec.server.network.Client;
import dev.respec.server.util.Bytes;
import dev.respec.server.util.NumberFormat;

/**
 * Argument parsing that replies with Redis's error on failure, like getLongLongFromObjectOrReply.
 * Each method returns false after replying, so handlers read {@code if (!Args.x(...)) return;}.
 * Parsed values come back through a one-element array to keep the hot path free of boxing.
 */
public final class Args {
    private Args() {
    }

    /** A canonical long (string2ll), else "value is not an integer or out of range". */
    public static boolean getLong(Client c, byte[] arg, long[] out) {
        return getLong(c, arg, out, Errors.NOT_INTEGER);
    }

    public static boolean getLong(Client c, byte[] arg, long[] out, String error) {
        if (Bytes.parseLong(arg, 0, arg.length, out)) {
            return true;
        }
        c.addReplyError(error);
        return false;
    }

    /**
     * getRangeLongFromObjectOrReply: a long within [min, max]. The given error replaces both Redis
     * texts when not null; otherwise "value is not an integer or out of range" for a non-integer and
     * "value is out of range, value must between MIN and MAX" (sic) for one outside the range.
     */
    public static boolean getRange(Client c, byte[] arg, long min, long max, long[] out, String error) {
        if (!Bytes.parseLong(arg, 0, arg.length, out)) {
            c.addReplyError(error != null ? error : Errors.NOT_INTEGER);
            return false;
        }
        if (out[0] < min || out[0] > max) {
            c.addReplyError(error != null ? error : "value is out of range, value must between " + min + " and " + max);
            return false;
        }
        return true;
    }

    /**
     * getPositiveLongFromObjectOrReply: a non-negative long; a non-integer and a negative number both
     * get "value is out of range, must be positive" (or the given error when not null).
     */
    public static boolean getPositive(Client c, byte[] arg, long[] out, String error) {
        return getRange(c, arg, 0, Long.MAX_VALUE, out, error != null ? error : "value is out of range, must be positive");
    }

    /** A double (string2d semantics; NaN refused), else "value is not a valid float". */
    public static boolean getDouble(Client c, byte[] arg, double[] out) {
        return getDouble(c, arg, out, Errors.NOT_FLOAT);
    }

    /** getDoubleFromObjectOrReply with the caller's error text. */
    public static boolean getDouble(Client c, byte[] arg, double[] out, String error) {
        double d = NumberFormat.parseDouble(arg);
        if (Double.isNaN(d)) {
            c.addReplyError(error);
            return false;
        }
        out[0] = d;
        return true;
    }

    public static boolean is(byte[] arg, String lowerToken) {
        return Bytes.eqIgnoreCase(arg, lowerToken);
    }
}
