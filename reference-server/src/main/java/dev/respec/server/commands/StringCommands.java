package dev.respec.server.commands;

import dev.respec.server.command.Args;
import dev.respec.server.command.CommandTable;
import dev.respec.server.command.Errors;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.network.Client;
import dev.respec.server.protocol.SharedReplies;
import dev.respec.server.types.StringType;
import dev.respec.server.util.LongDouble;
import java.math.BigDecimal;

/**
 * The string group (t_string.c): the SET family with its options and expire arithmetic, the GET
 * family, MSET/MGET, APPEND/STRLEN and the counters. SETRANGE, GETRANGE and LCS live in
 * {@link StringRangeCommands}. Handlers are small and share the *Generic helpers, as Redis's do.
 *
 * <p>Order of checks matters for which error a client sees, and follows Redis 7.0.15: options are
 * parsed before the key is looked up; SET validates its expire time before anything else, GETEX only
 * after finding the key; WRONGTYPE comes before the parsing of a stored value. Reads use
 * {@code lookupRead} and writes {@code lookupWrite} where Redis does, so keyspace hits and misses
 * count the same. Every write ends in {@code server.keyModified} with Redis's keyspace event name.
 */
public final class StringCommands {
    /** parseExtendedStringArgumentsOrReply flags (OBJ_SET_NX, OBJ_EX, ...). */
    static final int SET_NX = 1;
    static final int SET_XX = 1 << 1;
    static final int EX = 1 << 2;
    static final int PX = 1 << 3;
    static final int KEEPTTL = 1 << 4;
    static final int SET_GET = 1 << 5;
    static final int EXAT = 1 << 6;
    static final int PXAT = 1 << 7;
    static final int PERSIST = 1 << 8;
    private static final int ANY_EXPIRE = EX | PX | EXAT | PXAT;

    private StringCommands() {
    }

    static void register(CommandTable t) {
        t.bind("get", StringCommands::getGeneric);
        t.bind("set", StringCommands::set);
        t.bind("setnx", c -> setGeneric(c, SET_NX, c.arg(2), -1, SharedReplies.CONE, SharedReplies.CZERO));
        t.bind("setex", c -> setGeneric(c, EX, c.arg(3), 2, null, null));
        t.bind("psetex", c -> setGeneric(c, PX, c.arg(3), 2, null, null));
        t.bind("getex", StringCommands::getex);
        t.bind("getdel", StringCommands::getdel);
        t.bind("getset", StringCommands::getset);
        t.bind("mget", StringCommands::mget);
        t.bind("mset", c -> msetGeneric(c, false));
        t.bind("msetnx", c -> msetGeneric(c, true));
        t.bind("append", StringCommands::append);
        t.bind("strlen", StringCommands::strlen);
        t.bind("incr", c -> incrDecr(c, 1));
        t.bind("decr", c -> incrDecr(c, -1));
        t.bind("incrby", StringCommands::incrby);
        t.bind("decrby", StringCommands::decrby);
        t.bind("incrbyfloat", StringCommands::incrbyfloat);
        StringRangeCommands.register(t);
    }

    // ------------------------------------------------------------------ shared checks

    /** checkType for strings: false after replying WRONGTYPE when the key holds another type. */
    static boolean checkString(Client c, RedisObject o) {
        if (o != null && o.type != RedisObject.STRING) {
            c.addReplyError(Errors.WRONGTYPE);
            return false;
        }
        return true;
    }

    /**
     * checkStringLength: a string of size + append bytes must fit in proto-max-bulk-len (and, here,
     * in a Java array, which only a proto-max-bulk-len raised past 2 GB could exceed).
     */
    static boolean checkStringLength(Client c, long size, long append) {
        long total = size + append;
        if (total > c.server.config().protoMaxBulkLen || total < size || total > Integer.MAX_VALUE - 8) {
            c.addReplyError("string exceeds maximum allowed size (proto-max-bulk-len)");
            return false;
        }
        return true;
    }

    // ------------------------------------------------------------------ GET family

    /** getGenericCommand: the string value, nil when absent; false after replying WRONGTYPE. */
    static boolean getGeneric(Client c) {
        RedisObject o = c.db.lookupRead(c.arg(1));
        if (o == null) {
            c.addReplyNull();
            return true;
        }
        if (o.type != RedisObject.STRING) {
            c.addReplyError(Errors.WRONGTYPE);
            return false;
        }
        c.addReplyBulk(StringType.buffer(o), 0, StringType.length(o));
        return true;
    }

    private static void getdel(Client c) {
        if (getGeneric(c) && c.db.delete(c.arg(1))) {
            c.server.keyModified(c.db, c.arg(1), "del");
        }
    }

    private static void getset(Client c) {
        if (!getGeneric(c)) {
            return;
        }
        byte[] key = c.arg(1);
        c.db.setKey(key, StringType.createEncoded(c.arg(2)), false);
        c.server.keyModified(c.db, key, "set");
    }

    /** GETEX: the value, then the expire change; EXAT/PXAT already in the past delete the key. */
    private static void getex(Client c) {
        long parsed = parseExtendedStringArguments(c, true);
        if (parsed < 0) {
            return;
        }
        int flags = (int) parsed;
        byte[] key = c.arg(1);
        RedisObject o = c.db.lookupRead(key);
        if (o == null) {
            c.addReplyNull();
            return;
        }
        if (!checkString(c, o)) {
            return;
        }
        long[] when = new long[1];
        int expireIndex = (int) (parsed >>> 32);
        if (expireIndex > 0 && !expireMillis(c, c.arg(expireIndex), flags, when)) {
            return;
        }
        c.addReplyBulk(StringType.buffer(o), 0, StringType.length(o));
        if ((flags & (EXAT | PXAT)) != 0 && when[0] <= c.server.commandTimeMs()) {
            c.db.delete(key);
            c.server.keyModified(c.db, key, "del");
        } else if (expireIndex > 0) {
            c.db.setExpire(key, when[0]);
            c.server.keyModified(c.db, key, "expire");
        } else if ((flags & PERSIST) != 0 && c.db.removeExpire(key)) {
            c.server.keyModified(c.db, key, "persist");
        }
    }

    private static void mget(Client c) {
        int n = c.argc() - 1;
        c.addReplyArrayLen(n);
        for (int j = 1; j <= n; j++) {
            RedisObject o = c.db.lookupRead(c.arg(j));
            if (o == null || o.type != RedisObject.STRING) {
                c.addReplyNull();
            } else {
                c.addReplyBulk(StringType.buffer(o), 0, StringType.length(o));
            }
        }
    }

    private static void strlen(Client c) {
        RedisObject o = c.db.lookupRead(c.arg(1));
        if (o == null) {
            c.addReplyProto(SharedReplies.CZERO);
        } else if (checkString(c, o)) {
            c.addReplyLongLong(StringType.length(o));
        }
    }

    // ------------------------------------------------------------------ SET family

    private static void set(Client c) {
        if (c.argc() == 3) {
            setGeneric(c, 0, c.arg(2), -1, null, null);
            return;
        }
        long parsed = parseExtendedStringArguments(c, false);
        if (parsed >= 0) {
            int expireIndex = (int) (parsed >>> 32);
            setGeneric(c, (int) parsed, c.arg(2), expireIndex > 0 ? expireIndex : -1, null, null);
        }
    }

    /**
     * setGenericCommand: validates the expire time, replies the old value first for GET, honours
     * NX/XX, stores the value (tryObjectEncoding), sets or keeps the expire. okReply/abortReply are
     * SETNX's 1/0; null means OK and nil. A time already past is stored as is, and lazy or active
     * expiry removes the key, as Redis 7.0 does.
     */
    static void setGeneric(Client c, int flags, byte[] value, int expireIndex, byte[] okReply, byte[] abortReply) {
        long[] when = new long[1];
        if (expireIndex > 0 && !expireMillis(c, c.arg(expireIndex), flags, when)) {
            return;
        }
        boolean get = (flags & SET_GET) != 0;
        if (get && !getGeneric(c)) {
            return;
        }
        byte[] key = c.arg(1);
        boolean found = c.db.lookupWrite(key) != null;
        if (((flags & SET_NX) != 0 && found) || ((flags & SET_XX) != 0 && !found)) {
            if (!get) {
                if (abortReply != null) {
                    c.addReplyProto(abortReply);
                } else {
                    c.addReplyNull();
                }
            }
            return;
        }
        c.db.setKey(key, StringType.createEncoded(value), (flags & KEEPTTL) != 0);
        if (expireIndex > 0) {
            c.db.setExpire(key, when[0]);
        }
        c.server.keyModified(c.db, key, "set");
        if (expireIndex > 0) {
            c.server.notifyKeyspaceEvent(c.db, key, "expire");
        }
        if (!get) {
            c.addReplyProto(okReply != null ? okReply : SharedReplies.OK);
        }
    }

    /**
     * parseExtendedStringArgumentsOrReply for SET (from argv[3]) or GETEX (from argv[2]). Returns the
     * flags, with the index of the expire argument in the high 32 bits (0 when none), or -1 after
     * replying "syntax error". Repeating an option is accepted (the last expire wins); conflicting
     * ones (NX with XX, two different expire kinds, an expire with KEEPTTL or PERSIST) are not.
     */
    static long parseExtendedStringArguments(Client c, boolean getex) {
        int flags = 0;
        int expireIndex = 0;
        int argc = c.argc();
        for (int j = getex ? 2 : 3; j < argc; j++) {
            byte[] opt = c.arg(j);
            boolean hasNext = j < argc - 1;
            if (!getex && Args.is(opt, "nx") && (flags & SET_XX) == 0) {
                flags |= SET_NX;
            } else if (!getex && Args.is(opt, "xx") && (flags & SET_NX) == 0) {
                flags |= SET_XX;
            } else if (!getex && Args.is(opt, "get")) {
                flags |= SET_GET;
            } else if (!getex && Args.is(opt, "keepttl") && (flags & (PERSIST | ANY_EXPIRE)) == 0) {
                flags |= KEEPTTL;
            } else if (getex && Args.is(opt, "persist") && (flags & (KEEPTTL | ANY_EXPIRE)) == 0) {
                flags |= PERSIST;
            } else if (hasNext && (flags & (KEEPTTL | PERSIST)) == 0 && expireOption(opt, flags) != 0) {
                flags |= expireOption(opt, flags);
                expireIndex = ++j;
            } else {
                c.addReplyError(Errors.SYNTAX);
                return -1;
            }
        }
        return ((long) expireIndex << 32) | flags;
    }

    /** The flag of an EX/PX/EXAT/PXAT token when no other expire kind was given, else 0. */
    private static int expireOption(byte[] opt, int flags) {
        int kind;
        if (Args.is(opt, "ex")) {
            kind = EX;
        } else if (Args.is(opt, "px")) {
            kind = PX;
        } else if (Args.is(opt, "exat")) {
            kind = EXAT;
        } else if (Args.is(opt, "pxat")) {
            kind = PXAT;
        } else {
            return 0;
        }
        return (flags & ANY_EXPIRE & ~kind) == 0 ? kind : 0;
    }

    /**
     * getExpireMillisecondsOrReply: the absolute expire time in unix ms. Refuses values <= 0, seconds
     * whose conversion to ms would overflow, and relative times whose sum with now overflows (the sum
     * wraps to a negative number, as it does in C).
     */
    static boolean expireMillis(Client c, byte[] arg, int flags, long[] out) {
        if (!Args.getLong(c, arg, out)) {
            return false;
        }
        long ms = out[0];
        boolean seconds = (flags & (EX | EXAT)) != 0;
        if (ms <= 0 || (seconds && ms > Long.MAX_VALUE / 1000)) {
            c.addReplyError(invalidExpireTime(c));
            return false;
        }
        if (seconds) {
            ms *= 1000;
        }
        if ((flags & (EX | PX)) != 0) {
            ms += c.server.commandTimeMs();
        }
        if (ms <= 0) {
            c.addReplyError(invalidExpireTime(c));
            return false;
        }
        out[0] = ms;
        return true;
    }

    private static String invalidExpireTime(Client c) {
        return "invalid expire time in '" + c.cmd.fullName + "' command";
    }

    /**
     * msetGenericCommand: keys and values in pairs. MSETNX sets nothing when any key exists, and
     * otherwise sets them all (a key given twice takes its last value).
     */
    private static void msetGeneric(Client c, boolean nx) {
        int argc = c.argc();
        if (argc % 2 == 0) {
            c.addReplyError("wrong number of arguments for '" + c.cmd.fullName + "' command");
            return;
        }
        if (nx) {
            for (int j = 1; j < argc; j += 2) {
                if (c.db.lookupWrite(c.arg(j)) != null) {
                    c.addReplyProto(SharedReplies.CZERO);
                    return;
                }
            }
        }
        for (int j = 1; j < argc; j += 2) {
            c.db.setKey(c.arg(j), StringType.createEncoded(c.arg(j + 1)), false);
            c.server.keyModified(c.db, c.arg(j), "set");
        }
        c.addReplyProto(nx ? SharedReplies.CONE : SharedReplies.OK);
    }

    // ------------------------------------------------------------------ APPEND

    /** APPEND: a new key takes the argument as SET would encode it; an existing one becomes raw. */
    private static void append(Client c) {
        byte[] key = c.arg(1);
        byte[] tail = c.arg(2);
        RedisObject o = c.db.lookupWrite(key);
        long total;
        if (o == null) {
            c.db.add(key, StringType.createEncoded(tail));
            total = tail.length;
        } else {
            if (!checkString(c, o) || !checkStringLength(c, StringType.length(o), tail.length)) {
                return;
            }
            RedisObject appended = StringType.append(o, tail);
            c.db.overwrite(key, appended);
            total = StringType.length(appended);
        }
        c.server.keyModified(c.db, key, "append");
        c.addReplyLongLong(total);
    }

    // ------------------------------------------------------------------ counters

    private static void incrby(Client c) {
        long[] incr = new long[1];
        if (Args.getLong(c, c.arg(2), incr)) {
            incrDecr(c, incr[0]);
        }
    }

    private static void decrby(Client c) {
        long[] incr = new long[1];
        if (!Args.getLong(c, c.arg(2), incr)) {
            return;
        }
        if (incr[0] == Long.MIN_VALUE) {
            c.addReplyError("decrement would overflow"); // -LLONG_MIN does not exist
            return;
        }
        incrDecr(c, -incr[0]);
    }

    /** incrDecrCommand: the stored value must be a canonical 64-bit integer; the result is int encoded. */
    static void incrDecr(Client c, long incr) {
        byte[] key = c.arg(1);
        RedisObject o = c.db.lookupWrite(key);
        if (!checkString(c, o)) {
            return;
        }
        long value = 0;
        if (o != null) {
            long[] v = new long[1];
            if (!Args.getLong(c, StringType.bytes(o), v)) {
                return;
            }
            value = v[0];
        }
        if ((incr < 0 && value < 0 && incr < Long.MIN_VALUE - value)
                || (incr > 0 && value > 0 && incr > Long.MAX_VALUE - value)) {
            c.addReplyError(Errors.OVERFLOW);
            return;
        }
        value += incr;
        c.db.setKey(key, StringType.fromLong(value), true);
        c.server.keyModified(c.db, key, "incrby");
        c.addReplyLongLong(value);
    }

    /**
     * INCRBYFLOAT: x87 long double arithmetic (util/LongDouble), the result stored as its
     * human-friendly text (embstr or raw, never int). An infinite operand is accepted and then
     * refused with the result, as in Redis.
     */
    private static void incrbyfloat(Client c) {
        byte[] key = c.arg(1);
        RedisObject o = c.db.lookupWrite(key);
        if (!checkString(c, o)) {
            return;
        }
        LongDouble.Parsed value = o == null ? LongDouble.Parsed.ZERO : LongDouble.parse(StringType.bytes(o));
        LongDouble.Parsed incr = LongDouble.parse(c.arg(2));
        if (!value.valid() || !incr.valid()) {
            c.addReplyError(Errors.NOT_FLOAT);
            return;
        }
        BigDecimal sum = value.isFinite() && incr.isFinite() ? LongDouble.add(value.value(), incr.value()) : null;
        if (sum == null) {
            c.addReplyError("increment would produce NaN or Infinity");
            return;
        }
        RedisObject result = StringType.fromLongDouble(sum);
        c.db.setKey(key, result, true);
        c.server.keyModified(c.db, key, "incrbyfloat");
        c.addReplyBulk(StringType.bytes(result));
    }
}
