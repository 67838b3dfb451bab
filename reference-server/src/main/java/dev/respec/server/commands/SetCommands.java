package dev.respec.server.commands;

import dev.respec.server.command.Args;
import dev.respec.server.command.CommandTable;
import dev.respec.server.command.Errors;
import dev.respec.server.command.Scan;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.network.Client;
import dev.respec.server.protocol.SharedReplies;
import dev.respec.server.types.SetType;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The set group (t_set.c "Set commands"). Handlers only call the set type API ({@link SetType}),
 * which owns the intset/hashtable encodings and their conversion. Every write ends with
 * {@code keyModified}; a set left without members is deleted.
 *
 * <p>Reply shapes as Redis 7.0: SMEMBERS, SINTER, SUNION, SDIFF and SPOP with a count reply a set
 * (RESP3 "~"); SRANDMEMBER with a count replies an array. The set algebra follows Redis's
 * algorithms, which decide the encoding of a stored result: SINTERSTORE, SUNIONSTORE and SDIFFSTORE
 * build their result from an empty intset, member by member.
 */
public final class SetCommands {
    private SetCommands() {
    }

    static void register(CommandTable t) {
        t.bind("sadd", SetCommands::sadd);
        t.bind("srem", SetCommands::srem);
        t.bind("smove", SetCommands::smove);
        t.bind("sismember", SetCommands::sismember);
        t.bind("smismember", SetCommands::smismember);
        t.bind("scard", SetCommands::scard);
        t.bind("spop", SetCommands::spop);
        t.bind("srandmember", SetCommands::srandmember);
        t.bind("smembers", c -> sinterGeneric(c, 1, c.argc() - 1, null, false, 0));
        t.bind("sinter", c -> sinterGeneric(c, 1, c.argc() - 1, null, false, 0));
        t.bind("sintercard", SetCommands::sintercard);
        t.bind("sinterstore", c -> sinterGeneric(c, 2, c.argc() - 2, c.arg(1), false, 0));
        t.bind("sunion", c -> sunionDiffGeneric(c, 1, null, false));
        t.bind("sunionstore", c -> sunionDiffGeneric(c, 2, c.arg(1), false));
        t.bind("sdiff", c -> sunionDiffGeneric(c, 1, null, true));
        t.bind("sdiffstore", c -> sunionDiffGeneric(c, 2, c.arg(1), true));
        t.bind("sscan", SetCommands::sscan);
    }

    /** checkType: true (after replying WRONGTYPE) when o exists and is not a set. */
    private static boolean wrongType(Client c, RedisObject o) {
        if (o != null && o.type != RedisObject.SET) {
            c.addReplyError(Errors.WRONGTYPE);
            return true;
        }
        return false;
    }

    /** lookupKey*OrReply + checkType: the set, or null after replying {@code missing} or WRONGTYPE. */
    private static RedisObject lookupOrReply(Client c, byte[] key, boolean write, byte[] missing) {
        RedisObject o = write ? c.db.lookupWrite(key) : c.db.lookupRead(key);
        if (o == null) {
            c.addReplyProto(missing);
            return null;
        }
        return wrongType(c, o) ? null : o;
    }

    /** shared.emptyset: "*0" in RESP2, "~0" in RESP3. */
    private static void addEmptySet(Client c) {
        c.addReplySetLen(0);
    }

    // ------------------------------------------------------------------ single-set writes

    /** saddCommand: a new set is an intset when its first member is an integer. */
    private static void sadd(Client c) {
        byte[] key = c.arg(1);
        RedisObject set = c.db.lookupWrite(key);
        if (wrongType(c, set)) {
            return;
        }
        if (set == null) {
            set = SetType.create(c.arg(2));
            c.db.add(key, set);
        }
        long added = 0;
        for (int j = 2; j < c.argc(); j++) {
            if (SetType.add(c.server.config(), set, c.arg(j))) {
                added++;
            }
        }
        if (added > 0) {
            c.server.keyModified(c.db, key, "sadd");
        }
        c.addReplyLongLong(added);
    }

    private static void srem(Client c) {
        byte[] key = c.arg(1);
        RedisObject set = lookupOrReply(c, key, true, SharedReplies.CZERO);
        if (set == null) {
            return;
        }
        long deleted = 0;
        boolean keyRemoved = false;
        for (int j = 2; j < c.argc(); j++) {
            if (SetType.remove(set, c.arg(j))) {
                deleted++;
                if (SetType.size(set) == 0) {
                    c.db.delete(key);
                    keyRemoved = true;
                    break;
                }
            }
        }
        if (deleted > 0) {
            c.server.keyModified(c.db, key, "srem");
            if (keyRemoved) {
                c.server.notifyKeyspaceEvent(c.db, key, "del");
            }
        }
        c.addReplyLongLong(deleted);
    }

    /** smoveCommand: moving within one key only tells whether the member is there. */
    private static void smove(Client c) {
        byte[] srcKey = c.arg(1);
        byte[] dstKey = c.arg(2);
        byte[] member = c.arg(3);
        RedisObject src = c.db.lookupWrite(srcKey);
        RedisObject dst = c.db.lookupWrite(dstKey);
        if (src == null) {
            c.addReplyLongLong(0);
            return;
        }
        if (wrongType(c, src) || wrongType(c, dst)) {
            return;
        }
        if (src == dst) {
            c.addReplyLongLong(SetType.isMember(src, member) ? 1 : 0);
            return;
        }
        if (!SetType.remove(src, member)) {
            c.addReplyLongLong(0);
            return;
        }
        boolean srcRemoved = SetType.size(src) == 0;
        if (srcRemoved) {
            c.db.delete(srcKey);
        }
        c.server.keyModified(c.db, srcKey, "srem");
        if (srcRemoved) {
            c.server.notifyKeyspaceEvent(c.db, srcKey, "del");
        }
        if (dst == null) {
            dst = SetType.create(member);
            c.db.add(dstKey, dst);
        }
        if (SetType.add(c.server.config(), dst, member)) {
            c.server.keyModified(c.db, dstKey, "sadd");
        }
        c.addReplyLongLong(1);
    }

    // ------------------------------------------------------------------ single-set reads

    private static void sismember(Client c) {
        RedisObject set = lookupOrReply(c, c.arg(1), false, SharedReplies.CZERO);
        if (set != null) {
            c.addReplyLongLong(SetType.isMember(set, c.arg(2)) ? 1 : 0);
        }
    }

    /** SMISMEMBER: a missing key is an empty set (all zeros). */
    private static void smismember(Client c) {
        RedisObject set = c.db.lookupRead(c.arg(1));
        if (wrongType(c, set)) {
            return;
        }
        c.addReplyArrayLen(c.argc() - 2);
        for (int j = 2; j < c.argc(); j++) {
            c.addReplyLongLong(set != null && SetType.isMember(set, c.arg(j)) ? 1 : 0);
        }
    }

    private static void scard(Client c) {
        RedisObject set = lookupOrReply(c, c.arg(1), false, SharedReplies.CZERO);
        if (set != null) {
            c.addReplyLongLong(SetType.size(set));
        }
    }

    // ------------------------------------------------------------------ random members

    private static void spop(Client c) {
        if (c.argc() == 3) {
            spopWithCount(c);
            return;
        } else if (c.argc() > 3) {
            c.addReplyError(Errors.SYNTAX);
            return;
        }
        byte[] key = c.arg(1);
        RedisObject set = c.db.lookupWrite(key);
        if (set == null) {
            c.addReplyNull();
            return;
        }
        if (wrongType(c, set)) {
            return;
        }
        byte[] member = SetType.pop(set);
        boolean keyRemoved = SetType.size(set) == 0;
        if (keyRemoved) {
            c.db.delete(key);
        }
        c.server.keyModified(c.db, key, "spop");
        if (keyRemoved) {
            c.server.notifyKeyspaceEvent(c.db, key, "del");
        }
        c.addReplyBulk(member);
    }

    /** spopWithCountCommand: a set reply; popping the whole set (or more) deletes the key. */
    private static void spopWithCount(Client c) {
        long[] l = new long[1];
        if (!Args.getPositive(c, c.arg(2), l, null)) {
            return;
        }
        long count = l[0];
        byte[] key = c.arg(1);
        RedisObject set = c.db.lookupWrite(key);
        if (set == null) {
            addEmptySet(c);
            return;
        }
        if (wrongType(c, set)) {
            return;
        }
        if (count == 0) {
            addEmptySet(c);
            return;
        }
        long size = SetType.size(set);
        if (count >= size) {
            c.addReplySetLen(size);
            SetType.forEach(set, c::addReplyBulk);
            c.db.delete(key);
            c.server.keyModified(c.db, key, "spop");
            c.server.notifyKeyspaceEvent(c.db, key, "del");
            return;
        }
        c.addReplySetLen(count);
        SetType.popMany(c.server.config(), set, count, c::addReplyBulk);
        c.server.keyModified(c.db, key, "spop");
    }

    private static void srandmember(Client c) {
        if (c.argc() == 3) {
            srandmemberWithCount(c);
            return;
        } else if (c.argc() > 3) {
            c.addReplyError(Errors.SYNTAX);
            return;
        }
        RedisObject set = c.db.lookupRead(c.arg(1));
        if (set == null) {
            c.addReplyNull();
            return;
        }
        if (wrongType(c, set)) {
            return;
        }
        c.addReplyBulk(SetType.random(set));
    }

    /**
     * srandmemberWithCountCommand: an array (not a set, even in RESP3) of min(count, size) distinct
     * members, or of exactly |count| members, repetitions allowed, for a negative count.
     */
    private static void srandmemberWithCount(Client c) {
        long[] l = new long[1];
        if (!Args.getRange(c, c.arg(2), -Long.MAX_VALUE, Long.MAX_VALUE, l, null)) {
            return;
        }
        RedisObject set = lookupOrReply(c, c.arg(1), false, SharedReplies.EMPTY_ARRAY);
        if (set == null) {
            return;
        }
        boolean unique = l[0] >= 0;
        long count = Math.abs(l[0]);
        if (count == 0) {
            c.addReplyArrayLen(0);
            return;
        }
        c.addReplyArrayLen(unique ? Math.min(count, SetType.size(set)) : count);
        SetType.randomMembers(set, count, unique, c::addReplyBulk);
    }

    // ------------------------------------------------------------------ set algebra

    /**
     * Looks up {@code n} set keys from argument {@code from}: missing keys are null; a key of another
     * type replies WRONGTYPE (whatever came before it) and makes the result null.
     */
    private static RedisObject[] lookupSets(Client c, int from, int n) {
        RedisObject[] sets = new RedisObject[n];
        for (int j = 0; j < n; j++) {
            RedisObject o = c.db.lookupRead(c.arg(from + j));
            if (wrongType(c, o)) {
                return null;
            }
            sets[j] = o;
        }
        return sets;
    }

    /**
     * Stores a computed result at dstKey (dropping any TTL it had) when it has members, deletes dstKey
     * otherwise; replies the result's size.
     */
    private static void storeResult(Client c, byte[] dstKey, RedisObject result, String event) {
        long size = SetType.size(result);
        if (size > 0) {
            c.db.setKey(dstKey, result, false);
            c.server.keyModified(c.db, dstKey, event);
        } else if (c.db.delete(dstKey)) {
            c.server.keyModified(c.db, dstKey, "del");
        }
        c.addReplyLongLong(size);
    }

    /**
     * sinterGenericCommand (SINTER, SMEMBERS, SINTERSTORE, SINTERCARD): any missing key makes the
     * result empty; otherwise the smallest set's members are tested against the others.
     * {@code limit} (SINTERCARD, 0 = none) stops counting once reached.
     */
    private static void sinterGeneric(Client c, int from, int n, byte[] dstKey, boolean cardinalityOnly, long limit) {
        RedisObject[] sets = lookupSets(c, from, n);
        if (sets == null) {
            return;
        }
        if (Arrays.asList(sets).contains(null)) {
            if (dstKey != null) {
                if (c.db.delete(dstKey)) {
                    c.server.keyModified(c.db, dstKey, "del");
                }
                c.addReplyLongLong(0);
            } else if (cardinalityOnly) {
                c.addReplyLongLong(0);
            } else {
                addEmptySet(c);
            }
            return;
        }
        Arrays.sort(sets, Comparator.comparingLong(SetType::size));
        RedisObject dst = dstKey != null ? SetType.createIntset() : null;
        int deferred = dstKey == null && !cardinalityOnly ? c.addReplyDeferredLen() : -1;
        long[] cardinality = new long[1];
        SetType.forEach(sets[0], member -> {
            if (cardinalityOnly && limit > 0 && cardinality[0] >= limit) {
                return;
            }
            for (int j = 1; j < sets.length; j++) {
                if (sets[j] != sets[0] && !SetType.isMember(sets[j], member)) {
                    return;
                }
            }
            cardinality[0]++;
            if (dst != null) {
                SetType.add(c.server.config(), dst, member);
            } else if (!cardinalityOnly) {
                c.addReplyBulk(member);
            }
        });
        if (cardinalityOnly) {
            c.addReplyLongLong(cardinality[0]);
        } else if (dst != null) {
            storeResult(c, dstKey, dst, "sinterstore");
        } else {
            c.setDeferredSetLen(deferred, cardinality[0]);
        }
    }

    /** SINTERCARD numkeys key [key ...] [LIMIT limit]. */
    private static void sintercard(Client c) {
        long[] numkeys = new long[1];
        if (!Args.getRange(c, c.arg(1), 1, Long.MAX_VALUE, numkeys, "numkeys should be greater than 0")) {
            return;
        }
        if (numkeys[0] > c.argc() - 2) {
            c.addReplyError("Number of keys can't be greater than number of args");
            return;
        }
        long[] limit = new long[1];
        for (int j = 2 + (int) numkeys[0]; j < c.argc(); j++) {
            boolean moreArgs = c.argc() - 1 - j > 0;
            if (Args.is(c.arg(j), "limit") && moreArgs) {
                j++;
                if (!Args.getPositive(c, c.arg(j), limit, "LIMIT can't be negative")) {
                    return;
                }
            } else {
                c.addReplyError(Errors.SYNTAX);
                return;
            }
        }
        sinterGeneric(c, 2, (int) numkeys[0], null, true, limit[0]);
    }

    /**
     * sunionDiffGenericCommand (SUNION, SDIFF and their STORE forms): missing keys are empty sets.
     * SDIFF picks Redis's algorithm by estimated work — test the first set's members against the
     * others (sorted largest first), or add the first set and remove the others' members — which
     * also decides when a stored result stops being an intset.
     */
    private static void sunionDiffGeneric(Client c, int from, byte[] dstKey, boolean diff) {
        int n = c.argc() - from;
        RedisObject[] sets = lookupSets(c, from, n);
        if (sets == null) {
            return;
        }
        boolean sameSet = false;
        for (int j = 1; j < n; j++) {
            if (sets[j] != null && sets[j] == sets[0]) {
                sameSet = true;
            }
        }
        boolean removeAlgorithm = false;
        if (diff && sets[0] != null && !sameSet) {
            long oneWork = 0;
            long twoWork = 0;
            for (RedisObject s : sets) {
                if (s != null) {
                    oneWork += SetType.size(sets[0]);
                    twoWork += SetType.size(s);
                }
            }
            oneWork /= 2; // testing membership is cheaper and can stop early: give it an edge
            removeAlgorithm = oneWork > twoWork;
            if (!removeAlgorithm && n > 1) {
                Arrays.sort(sets, 1, n, Comparator.comparingLong((RedisObject s) -> s == null ? 0 : SetType.size(s))
                        .reversed());
            }
        }
        RedisObject result = SetType.createIntset();
        var cfg = c.server.config();
        if (!diff) {
            for (RedisObject s : sets) {
                if (s != null) {
                    SetType.forEach(s, m -> SetType.add(cfg, result, m));
                }
            }
        } else if (sets[0] != null && !sameSet && !removeAlgorithm) {
            SetType.forEach(sets[0], m -> {
                for (int j = 1; j < n; j++) {
                    if (sets[j] != null && SetType.isMember(sets[j], m)) {
                        return;
                    }
                }
                SetType.add(cfg, result, m);
            });
        } else if (sets[0] != null && !sameSet) {
            for (int j = 0; j < n && (j == 0 || SetType.size(result) > 0); j++) {
                if (sets[j] == null) {
                    continue;
                }
                if (j == 0) {
                    SetType.forEach(sets[0], m -> SetType.add(cfg, result, m));
                } else {
                    SetType.forEach(sets[j], m -> SetType.remove(result, m));
                }
            }
        }
        if (dstKey == null) {
            c.addReplySetLen(SetType.size(result));
            SetType.forEach(result, c::addReplyBulk);
        } else {
            storeResult(c, dstKey, result, diff ? "sdiffstore" : "sunionstore");
        }
    }

    private static void sscan(Client c) {
        long[] cursor = new long[1];
        if (!Scan.parseCursor(c, c.arg(2), cursor)) {
            return;
        }
        RedisObject set = c.db.lookupRead(c.arg(1));
        if (set == null) {
            Scan.replyEmpty(c);
            return;
        }
        if (wrongType(c, set)) {
            return;
        }
        Scan.Options opt = Scan.parseOptions(c, 3, false);
        if (opt != null) {
            Scan.scan(c, cursor[0], opt, false, (cur, out) -> SetType.scan(set, cur, out), null);
        }
    }
}
