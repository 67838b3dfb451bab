package dev.respec.server.commands;

import dev.respec.server.command.Args;
import dev.respec.server.command.CommandTable;
import dev.respec.server.command.Errors;
import dev.respec.server.command.Scan;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.network.Client;
import dev.respec.server.protocol.SharedReplies;
import dev.respec.server.types.HashType;
import dev.respec.server.util.Bytes;
import dev.respec.server.util.LongDouble;
import java.math.BigDecimal;

/**
 * The hash group (t_hash.c "Hash type commands"). Handlers only call the hash type API
 * ({@link HashType}), which owns the listpack/hashtable encodings and their conversion. Every write
 * ends with {@code keyModified}; a hash left without fields is deleted.
 */
public final class HashCommands {
    private HashCommands() {
    }

    static void register(CommandTable t) {
        t.bind("hset", c -> hsetGeneric(c, false));
        t.bind("hmset", c -> hsetGeneric(c, true));
        t.bind("hsetnx", HashCommands::hsetnx);
        t.bind("hget", HashCommands::hget);
        t.bind("hmget", HashCommands::hmget);
        t.bind("hdel", HashCommands::hdel);
        t.bind("hlen", HashCommands::hlen);
        t.bind("hstrlen", HashCommands::hstrlen);
        t.bind("hexists", HashCommands::hexists);
        t.bind("hkeys", c -> hgetallGeneric(c, true, false));
        t.bind("hvals", c -> hgetallGeneric(c, false, true));
        t.bind("hgetall", c -> hgetallGeneric(c, true, true));
        t.bind("hincrby", HashCommands::hincrby);
        t.bind("hincrbyfloat", HashCommands::hincrbyfloat);
        t.bind("hrandfield", HashCommands::hrandfield);
        t.bind("hscan", HashCommands::hscan);
    }

    /** checkType: true (after replying WRONGTYPE) when o exists and is not a hash. */
    private static boolean wrongType(Client c, RedisObject o) {
        if (o != null && o.type != RedisObject.HASH) {
            c.addReplyError(Errors.WRONGTYPE);
            return true;
        }
        return false;
    }

    /** lookupKeyReadOrReply + checkType: the hash, or null after replying {@code missing} or WRONGTYPE. */
    private static RedisObject readOrReply(Client c, byte[] missing) {
        RedisObject o = c.db.lookupRead(c.arg(1));
        if (o == null) {
            c.addReplyProto(missing);
            return null;
        }
        return wrongType(c, o) ? null : o;
    }

    /** hashTypeLookupWriteOrCreate: the hash at argv[1], created empty when missing; null on WRONGTYPE. */
    private static RedisObject lookupWriteOrCreate(Client c) {
        byte[] key = c.arg(1);
        RedisObject o = c.db.lookupWrite(key);
        if (wrongType(c, o)) {
            return null;
        }
        if (o == null) {
            o = HashType.create();
            c.db.add(key, o);
        }
        return o;
    }

    // ------------------------------------------------------------------ writes

    /** hsetCommand: HSET replies the number of new fields, HMSET replies OK. */
    private static void hsetGeneric(Client c, boolean hmset) {
        if (c.argc() % 2 == 1) {
            c.addReplyError("wrong number of arguments for '" + (hmset ? "hmset" : "hset") + "' command");
            return;
        }
        RedisObject o = lookupWriteOrCreate(c);
        if (o == null) {
            return;
        }
        HashType.tryConversion(c.server.config(), o, c.argv, 2, c.argc() - 1);
        long created = 0;
        for (int i = 2; i < c.argc(); i += 2) {
            if (HashType.set(c.server.config(), o, c.arg(i), c.arg(i + 1))) {
                created++;
            }
        }
        c.server.keyModified(c.db, c.arg(1), "hset");
        if (hmset) {
            c.addReplyProto(SharedReplies.OK);
        } else {
            c.addReplyLongLong(created);
        }
    }

    /** hsetnxCommand: a field that exists is left alone (and its hash is not converted). */
    private static void hsetnx(Client c) {
        RedisObject o = lookupWriteOrCreate(c);
        if (o == null) {
            return;
        }
        if (HashType.exists(o, c.arg(2))) {
            c.addReplyLongLong(0);
            return;
        }
        HashType.tryConversion(c.server.config(), o, c.argv, 2, 3);
        HashType.set(c.server.config(), o, c.arg(2), c.arg(3));
        c.server.keyModified(c.db, c.arg(1), "hset");
        c.addReplyLongLong(1);
    }

    private static void hdel(Client c) {
        byte[] key = c.arg(1);
        RedisObject o = c.db.lookupWrite(key);
        if (o == null) {
            c.addReplyLongLong(0);
            return;
        }
        if (wrongType(c, o)) {
            return;
        }
        long deleted = 0;
        boolean keyRemoved = false;
        for (int j = 2; j < c.argc(); j++) {
            if (HashType.delete(o, c.arg(j))) {
                deleted++;
                if (HashType.length(o) == 0) {
                    c.db.delete(key);
                    keyRemoved = true;
                    break;
                }
            }
        }
        if (deleted > 0) {
            c.server.keyModified(c.db, key, "hdel");
            if (keyRemoved) {
                c.server.notifyKeyspaceEvent(c.db, key, "del");
            }
        }
        c.addReplyLongLong(deleted);
    }

    /** hincrbyCommand: the field's value must be a canonical integer; a missing field counts as 0. */
    private static void hincrby(Client c) {
        long[] incr = new long[1];
        if (!Args.getLong(c, c.arg(3), incr)) {
            return;
        }
        RedisObject o = lookupWriteOrCreate(c);
        if (o == null) {
            return;
        }
        long value = 0;
        byte[] current = HashType.get(o, c.arg(2));
        if (current != null) {
            long[] v = new long[1];
            if (!Bytes.parseLong(current, 0, current.length, v)) {
                c.addReplyError("hash value is not an integer");
                return;
            }
            value = v[0];
        }
        long by = incr[0];
        if ((by < 0 && value < 0 && by < Long.MIN_VALUE - value)
                || (by > 0 && value > 0 && by > Long.MAX_VALUE - value)) {
            c.addReplyError(Errors.OVERFLOW);
            return;
        }
        value += by;
        HashType.set(c.server.config(), o, c.arg(2), Bytes.fromLong(value));
        c.server.keyModified(c.db, c.arg(1), "hincrby");
        c.addReplyLongLong(value);
    }

    /**
     * hincrbyfloatCommand: x87 long double arithmetic (util/LongDouble) and Redis's "%.17Lf" human
     * formatting; the result is stored as that text.
     */
    private static void hincrbyfloat(Client c) {
        LongDouble.Parsed incr = LongDouble.parse(c.arg(3));
        if (!incr.valid()) {
            c.addReplyError(Errors.NOT_FLOAT);
            return;
        }
        if (!incr.isFinite()) {
            c.addReplyError("value is NaN or Infinity");
            return;
        }
        RedisObject o = lookupWriteOrCreate(c);
        if (o == null) {
            return;
        }
        BigDecimal value = BigDecimal.ZERO;
        byte[] current = HashType.get(o, c.arg(2));
        if (current != null) {
            LongDouble.Parsed v = LongDouble.parse(current);
            if (!v.valid()) {
                c.addReplyError("hash value is not a float");
                return;
            }
            value = v.isFinite() ? v.value() : null;
        }
        BigDecimal sum = value == null ? null : LongDouble.add(value, incr.value());
        if (sum == null) {
            c.addReplyError("increment would produce NaN or Infinity");
            return;
        }
        byte[] text = LongDouble.formatHuman(sum);
        HashType.set(c.server.config(), o, c.arg(2), text);
        c.server.keyModified(c.db, c.arg(1), "hincrbyfloat");
        c.addReplyBulk(text);
    }

    // ------------------------------------------------------------------ reads

    private static void hget(Client c) {
        RedisObject o = c.db.lookupRead(c.arg(1));
        if (o == null) {
            c.addReplyNull();
            return;
        }
        if (wrongType(c, o)) {
            return;
        }
        addFieldReply(c, o, c.arg(2));
    }

    /** HMGET: a missing key is an empty hash (a null per field). */
    private static void hmget(Client c) {
        RedisObject o = c.db.lookupRead(c.arg(1));
        if (wrongType(c, o)) {
            return;
        }
        c.addReplyArrayLen(c.argc() - 2);
        for (int i = 2; i < c.argc(); i++) {
            if (o == null) {
                c.addReplyNull();
            } else {
                addFieldReply(c, o, c.arg(i));
            }
        }
    }

    private static void addFieldReply(Client c, RedisObject o, byte[] field) {
        byte[] v = HashType.get(o, field);
        if (v == null) {
            c.addReplyNull();
        } else {
            c.addReplyBulk(v);
        }
    }

    private static void hlen(Client c) {
        RedisObject o = readOrReply(c, SharedReplies.CZERO);
        if (o != null) {
            c.addReplyLongLong(HashType.length(o));
        }
    }

    private static void hstrlen(Client c) {
        RedisObject o = readOrReply(c, SharedReplies.CZERO);
        if (o != null) {
            c.addReplyLongLong(HashType.valueLength(o, c.arg(2)));
        }
    }

    private static void hexists(Client c) {
        RedisObject o = readOrReply(c, SharedReplies.CZERO);
        if (o != null) {
            c.addReplyLongLong(HashType.exists(o, c.arg(2)) ? 1 : 0);
        }
    }

    /** genericHgetallCommand: a map for fields and values (HGETALL), a flat array otherwise. */
    private static void hgetallGeneric(Client c, boolean fields, boolean values) {
        RedisObject o = c.db.lookupRead(c.arg(1));
        boolean map = fields && values;
        if (o == null) {
            if (map) {
                c.addReplyMapLen(0);
            } else {
                c.addReplyArrayLen(0);
            }
            return;
        }
        if (wrongType(c, o)) {
            return;
        }
        long length = HashType.length(o);
        if (map) {
            c.addReplyMapLen(length);
        } else {
            c.addReplyArrayLen(length);
        }
        HashType.forEach(o, values, (f, v) -> {
            if (fields) {
                c.addReplyBulk(f);
            }
            if (values) {
                c.addReplyBulk(v);
            }
        });
    }

    /**
     * HRANDFIELD key [count [WITHVALUES]]: without a count, one field or null; with a count, an array
     * (RESP3 nests [field, value] pairs when WITHVALUES; RESP2 flattens them). A negative count allows
     * repetitions and returns exactly |count| picks.
     */
    private static void hrandfield(Client c) {
        if (c.argc() >= 3) {
            long[] l = new long[1];
            if (!Args.getRange(c, c.arg(2), -Long.MAX_VALUE, Long.MAX_VALUE, l, null)) {
                return;
            }
            boolean withValues = false;
            if (c.argc() > 4 || (c.argc() == 4 && !Args.is(c.arg(3), "withvalues"))) {
                c.addReplyError(Errors.SYNTAX);
                return;
            } else if (c.argc() == 4) {
                withValues = true;
                if (l[0] < -Long.MAX_VALUE / 2 || l[0] > Long.MAX_VALUE / 2) {
                    c.addReplyError("value is out of range");
                    return;
                }
            }
            hrandfieldWithCount(c, l[0], withValues);
            return;
        }
        RedisObject o = c.db.lookupRead(c.arg(1));
        if (o == null) {
            c.addReplyNull();
            return;
        }
        if (wrongType(c, o)) {
            return;
        }
        c.addReplyBulk(HashType.randomField(o));
    }

    private static void hrandfieldWithCount(Client c, long l, boolean withValues) {
        RedisObject o = readOrReply(c, SharedReplies.EMPTY_ARRAY);
        if (o == null) {
            return;
        }
        boolean unique = l >= 0;
        long count = Math.abs(l);
        if (count == 0) {
            c.addReplyArrayLen(0);
            return;
        }
        long replies = unique ? Math.min(count, HashType.length(o)) : count;
        boolean nested = withValues && c.resp() > 2;
        c.addReplyArrayLen(withValues && !nested ? replies * 2 : replies);
        HashType.randomFields(o, count, unique, withValues, (f, v) -> {
            if (nested) {
                c.addReplyArrayLen(2);
            }
            c.addReplyBulk(f);
            if (withValues) {
                c.addReplyBulk(v);
            }
        });
    }

    private static void hscan(Client c) {
        long[] cursor = new long[1];
        if (!Scan.parseCursor(c, c.arg(2), cursor)) {
            return;
        }
        RedisObject o = c.db.lookupRead(c.arg(1));
        if (o == null) {
            Scan.replyEmpty(c);
            return;
        }
        if (wrongType(c, o)) {
            return;
        }
        Scan.Options opt = Scan.parseOptions(c, 3, false);
        if (opt != null) {
            Scan.scan(c, cursor[0], opt, true, (cur, out) -> HashType.scan(o, cur, out), null);
        }
    }
}
