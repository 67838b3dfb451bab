package dev.respec.server.commands;

import dev.respec.server.command.Args;
import dev.respec.server.command.CommandTable;
import dev.respec.server.keyspace.Database;
import dev.respec.server.network.Client;
import dev.respec.server.protocol.SharedReplies;
import dev.respec.server.util.Bytes;

/**
 * The expire group (expire.c): setting, reading and removing a key's time to live.
 *
 * <p>Times are absolute unix milliseconds in the database's expires dict. EXPIRE and PEXPIRE add the
 * current time, EXPIREAT and PEXPIREAT do not; a time that is already due deletes the key at once
 * (counted as a DEL, not as an expiry). Overflow is refused with "invalid expire time", checked on
 * the unit conversion and on adding the current time, never on negative results. The options NX,
 * XX, GT and LT are validated before the time is parsed, and a key without a TTL counts as an
 * infinite TTL for GT and LT.
 */
public final class ExpireCommands {
    private static final int UNIT_SECONDS = 0;
    private static final int UNIT_MS = 1;

    private static final int EXPIRE_NX = 1;
    private static final int EXPIRE_XX = 1 << 1;
    private static final int EXPIRE_GT = 1 << 2;
    private static final int EXPIRE_LT = 1 << 3;

    private ExpireCommands() {
    }

    static void register(CommandTable t) {
        t.bind("expire", c -> expireGeneric(c, c.server.mstime(), UNIT_SECONDS));
        t.bind("pexpire", c -> expireGeneric(c, c.server.mstime(), UNIT_MS));
        t.bind("expireat", c -> expireGeneric(c, 0, UNIT_SECONDS));
        t.bind("pexpireat", c -> expireGeneric(c, 0, UNIT_MS));
        t.bind("ttl", c -> ttlGeneric(c, false, false));
        t.bind("pttl", c -> ttlGeneric(c, true, false));
        t.bind("expiretime", c -> ttlGeneric(c, false, true));
        t.bind("pexpiretime", c -> ttlGeneric(c, true, true));
        t.bind("persist", ExpireCommands::persist);
    }

    /** parseExtendedExpireArgumentsOrReply: the EXPIRE_* flags, or -1 after replying. */
    private static int parseFlags(Client c) {
        int flags = 0;
        for (int j = 3; j < c.argc(); j++) {
            byte[] opt = c.arg(j);
            if (Args.is(opt, "nx")) {
                flags |= EXPIRE_NX;
            } else if (Args.is(opt, "xx")) {
                flags |= EXPIRE_XX;
            } else if (Args.is(opt, "gt")) {
                flags |= EXPIRE_GT;
            } else if (Args.is(opt, "lt")) {
                flags |= EXPIRE_LT;
            } else {
                c.addReplyError("Unsupported option " + cString(opt));
                return -1;
            }
        }
        if ((flags & EXPIRE_NX) != 0 && (flags & (EXPIRE_XX | EXPIRE_GT | EXPIRE_LT)) != 0) {
            c.addReplyError("NX and XX, GT or LT options at the same time are not compatible");
            return -1;
        }
        if ((flags & EXPIRE_GT) != 0 && (flags & EXPIRE_LT) != 0) {
            c.addReplyError("GT and LT options at the same time are not compatible");
            return -1;
        }
        return flags;
    }

    /** The argument as C's "%s" prints it: up to the first NUL byte. */
    private static String cString(byte[] b) {
        int n = 0;
        while (n < b.length && b[n] != 0) {
            n++;
        }
        return Bytes.str(b, 0, n);
    }

    /** expireGenericCommand. */
    private static void expireGeneric(Client c, long basetime, int unit) {
        int flags = parseFlags(c);
        if (flags < 0) {
            return;
        }
        long[] parsed = new long[1];
        if (!Args.getLong(c, c.arg(2), parsed)) {
            return;
        }
        long when = parsed[0];
        if (unit == UNIT_SECONDS) {
            if (when > Long.MAX_VALUE / 1000 || when < Long.MIN_VALUE / 1000) {
                invalidExpireTime(c);
                return;
            }
            when *= 1000;
        }
        if (when > Long.MAX_VALUE - basetime) {
            invalidExpireTime(c);
            return;
        }
        when += basetime;

        byte[] key = c.arg(1);
        Database db = c.db;
        if (db.lookupWrite(key) == null) {
            c.addReplyProto(SharedReplies.CZERO);
            return;
        }
        if (flags != 0 && !allowedByFlags(flags, db.getExpire(key), when)) {
            c.addReplyProto(SharedReplies.CZERO);
            return;
        }
        if (when <= c.server.mstime() && !c.server.isLoading()) {
            db.delete(key);
            c.server.keyModified(db, key, "del");
        } else {
            db.setExpire(key, when);
            c.server.keyModified(db, key, "expire");
        }
        c.addReplyProto(SharedReplies.CONE);
    }

    /** NX: no TTL yet; XX: a TTL already; GT/LT: strictly later/earlier than the current one. */
    private static boolean allowedByFlags(int flags, long current, long when) {
        if ((flags & EXPIRE_NX) != 0 && current != -1) {
            return false;
        }
        if ((flags & EXPIRE_XX) != 0 && current == -1) {
            return false;
        }
        if ((flags & EXPIRE_GT) != 0 && (current == -1 || when <= current)) {
            return false;
        }
        return (flags & EXPIRE_LT) == 0 || current == -1 || when < current;
    }

    private static void invalidExpireTime(Client c) {
        c.addReplyError("invalid expire time in '" + c.cmd.fullName + "' command");
    }

    /**
     * ttlGenericCommand: -2 when the key does not exist, -1 when it has no TTL, else the TTL
     * (relative) or the expire time (absolute) in ms or in seconds rounded to the nearest second.
     */
    private static void ttlGeneric(Client c, boolean ms, boolean absolute) {
        if (c.db.lookup(c.arg(1), Database.LOOKUP_NOTOUCH) == null) {
            c.addReplyLongLong(-2);
            return;
        }
        long expire = c.db.getExpire(c.arg(1));
        if (expire == -1) {
            c.addReplyLongLong(-1);
            return;
        }
        long ttl = Math.max(0, absolute ? expire : expire - c.server.mstime());
        // Rounded as unsigned: Redis 7.0.15 replies 9223372036854776 for an expire time of 2^63-1.
        c.addReplyLongLong(ms ? ttl : Long.divideUnsigned(ttl + 500, 1000));
    }

    private static void persist(Client c) {
        byte[] key = c.arg(1);
        if (c.db.lookupWrite(key) != null && c.db.removeExpire(key)) {
            c.server.keyModified(c.db, key, "persist");
            c.addReplyProto(SharedReplies.CONE);
        } else {
            c.addReplyProto(SharedReplies.CZERO);
        }
    }
}
