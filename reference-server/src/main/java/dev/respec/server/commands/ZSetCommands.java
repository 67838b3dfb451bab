package dev.respec.server.commands;

import dev.respec.server.command.Args;
import dev.respec.server.command.CommandTable;
import dev.respec.server.command.Errors;
import dev.respec.server.command.Scan;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.network.Client;
import dev.respec.server.protocol.SharedReplies;
import dev.respec.server.types.ZSetType;
import java.util.Arrays;

/**
 * The sorted-set group (t_zset.c "Sorted set commands"), single-member and popping commands here;
 * ranges are in {@link ZRangeCommands} and set algebra in {@link ZSetOpCommands}. Handlers go through
 * {@link ZSetType} only. Every write ends with {@code server.keyModified} (plus a "del" signal when
 * the sorted set became empty and its key was deleted, as Redis notifies both).
 */
public final class ZSetCommands {
    static final String NAN_ERROR = "resulting score is not a number (NaN)";

    private ZSetCommands() {
    }

    static void register(CommandTable t) {
        t.bind("zadd", c -> zaddGeneric(c, 0));
        t.bind("zincrby", c -> zaddGeneric(c, ZSetType.IN_INCR));
        t.bind("zrem", ZSetCommands::zrem);
        t.bind("zcard", ZSetCommands::zcard);
        t.bind("zscore", ZSetCommands::zscore);
        t.bind("zmscore", ZSetCommands::zmscore);
        t.bind("zrank", c -> zrankGeneric(c, false));
        t.bind("zrevrank", c -> zrankGeneric(c, true));
        t.bind("zscan", ZSetCommands::zscan);
        t.bind("zrandmember", ZSetCommands::zrandmember);
        t.bind("zpopmin", c -> zpopMinMax(c, false));
        t.bind("zpopmax", c -> zpopMinMax(c, true));
        ZSetBlockingCommands.register(t);
        t.bind("zmpop", ZSetCommands::zmpop);
        ZRangeCommands.register(t);
        ZSetOpCommands.register(t);
    }

    /**
     * The value at key for a read, or null after replying: {@code missing} when there is none
     * (lookupKeyReadOrReply), WRONGTYPE when it is not a sorted set.
     */
    static RedisObject lookupRead(Client c, byte[] key, byte[] missing) {
        RedisObject o = c.db.lookupRead(key);
        if (o == null) {
            c.addReplyProto(missing);
            return null;
        }
        if (o.type != RedisObject.ZSET) {
            c.addReplyError(Errors.WRONGTYPE);
            return null;
        }
        return o;
    }

    /** The end of a write that removed members: the event, and "del" when the key went away. */
    static void removed(Client c, byte[] key, String event, boolean keyRemoved) {
        c.server.keyModified(c.db, key, event);
        if (keyRemoved) {
            c.server.keySignaled(c.db, key, "del");
        }
    }

    /** addReplyNull as a shared reply for lookupRead: "$-1" or "_" by protocol. */
    static byte[] nullReply(Client c) {
        return c.resp() == 2 ? SharedReplies.NULL_BULK : SharedReplies.NULL_RESP3;
    }

    // ------------------------------------------------------------------ ZADD, ZINCRBY

    /**
     * zaddGenericCommand: options (NX, XX, CH, INCR, GT, LT, in any order and repeatable) up to the
     * first other argument, then score/member pairs. Errors come in Redis's order: pairs, option
     * clashes, INCR with several pairs, every score, then the key's type. With XX a missing key stays
     * missing. With INCR the reply is the new score, or nil when an option stopped the update.
     */
    private static void zaddGeneric(Client c, int flags) {
        int scoreIdx = 2;
        boolean ch = false;
        while (scoreIdx < c.argc()) {
            byte[] opt = c.arg(scoreIdx);
            if (Args.is(opt, "nx")) {
                flags |= ZSetType.IN_NX;
            } else if (Args.is(opt, "xx")) {
                flags |= ZSetType.IN_XX;
            } else if (Args.is(opt, "ch")) {
                ch = true;
            } else if (Args.is(opt, "incr")) {
                flags |= ZSetType.IN_INCR;
            } else if (Args.is(opt, "gt")) {
                flags |= ZSetType.IN_GT;
            } else if (Args.is(opt, "lt")) {
                flags |= ZSetType.IN_LT;
            } else {
                break;
            }
            scoreIdx++;
        }
        boolean incr = (flags & ZSetType.IN_INCR) != 0;
        boolean nx = (flags & ZSetType.IN_NX) != 0;
        boolean xx = (flags & ZSetType.IN_XX) != 0;
        boolean gt = (flags & ZSetType.IN_GT) != 0;
        boolean lt = (flags & ZSetType.IN_LT) != 0;
        int elements = c.argc() - scoreIdx;
        if (elements % 2 != 0 || elements == 0) {
            c.addReplyError(Errors.SYNTAX);
            return;
        }
        elements /= 2;
        if (nx && xx) {
            c.addReplyError("XX and NX options at the same time are not compatible");
            return;
        }
        if ((gt && nx) || (lt && nx) || (gt && lt)) {
            c.addReplyError("GT, LT, and/or NX options at the same time are not compatible");
            return;
        }
        if (incr && elements > 1) {
            c.addReplyError("INCR option supports a single increment-element pair");
            return;
        }
        double[] scores = new double[elements];
        double[] d = new double[1];
        for (int j = 0; j < elements; j++) {
            if (!Args.getDouble(c, c.arg(scoreIdx + j * 2), d)) {
                return;
            }
            scores[j] = d[0];
        }
        byte[] key = c.arg(1);
        RedisObject zobj = c.db.lookupWrite(key);
        if (zobj != null && zobj.type != RedisObject.ZSET) {
            c.addReplyError(Errors.WRONGTYPE);
            return;
        }
        long added = 0;
        long updated = 0;
        long processed = 0;
        double score = 0;
        if (zobj == null && !xx) {
            zobj = ZSetType.createForAdd(c.server.config(), c.arg(scoreIdx + 1));
            c.db.add(key, zobj);
        }
        if (zobj != null) {
            double[] newScore = new double[1];
            for (int j = 0; j < elements; j++) {
                int out = ZSetType.add(c.server.config(), zobj, scores[j], c.arg(scoreIdx + 1 + j * 2), flags, newScore);
                if ((out & ZSetType.OUT_NAN) != 0) {
                    c.addReplyError(NAN_ERROR);
                    endAdd(c, key, incr, added + updated);
                    return;
                }
                if ((out & ZSetType.OUT_ADDED) != 0) {
                    added++;
                }
                if ((out & ZSetType.OUT_UPDATED) != 0) {
                    updated++;
                }
                if ((out & ZSetType.OUT_NOP) == 0) {
                    processed++;
                    score = newScore[0];
                }
            }
        }
        if (incr) {
            if (processed > 0) {
                c.addReplyDouble(score);
            } else {
                c.addReplyNull();
            }
        } else {
            c.addReplyLongLong(ch ? added + updated : added);
        }
        endAdd(c, key, incr, added + updated);
    }

    private static void endAdd(Client c, byte[] key, boolean incr, long changed) {
        if (changed > 0) {
            c.server.keyModified(c.db, key, incr ? "zincr" : "zadd");
        }
    }

    // ------------------------------------------------------------------ single members

    /** ZREM: stops at the member that empties the set, whose key is then deleted. */
    private static void zrem(Client c) {
        byte[] key = c.arg(1);
        RedisObject o = c.db.lookupWrite(key);
        if (o == null) {
            c.addReplyProto(SharedReplies.CZERO);
            return;
        }
        if (o.type != RedisObject.ZSET) {
            c.addReplyError(Errors.WRONGTYPE);
            return;
        }
        long deleted = 0;
        boolean keyRemoved = false;
        for (int j = 2; j < c.argc(); j++) {
            if (ZSetType.delete(o, c.arg(j))) {
                deleted++;
            }
            if (ZSetType.length(o) == 0) {
                c.db.delete(key);
                keyRemoved = true;
                break;
            }
        }
        if (deleted > 0) {
            removed(c, key, "zrem", keyRemoved);
        }
        c.addReplyLongLong(deleted);
    }

    private static void zcard(Client c) {
        RedisObject o = lookupRead(c, c.arg(1), SharedReplies.CZERO);
        if (o != null) {
            c.addReplyLongLong(ZSetType.length(o));
        }
    }

    private static void zscore(Client c) {
        RedisObject o = lookupRead(c, c.arg(1), nullReply(c));
        if (o == null) {
            return;
        }
        double[] score = new double[1];
        if (ZSetType.score(o, c.arg(2), score)) {
            c.addReplyDouble(score[0]);
        } else {
            c.addReplyNull();
        }
    }

    /** ZMSCORE: one score or nil per member; a missing key answers nil for each. */
    private static void zmscore(Client c) {
        RedisObject o = c.db.lookupRead(c.arg(1));
        if (o != null && o.type != RedisObject.ZSET) {
            c.addReplyError(Errors.WRONGTYPE);
            return;
        }
        double[] score = new double[1];
        c.addReplyArrayLen(c.argc() - 2);
        for (int j = 2; j < c.argc(); j++) {
            if (o != null && ZSetType.score(o, c.arg(j), score)) {
                c.addReplyDouble(score[0]);
            } else {
                c.addReplyNull();
            }
        }
    }

    private static void zrankGeneric(Client c, boolean reverse) {
        RedisObject o = lookupRead(c, c.arg(1), nullReply(c));
        if (o == null) {
            return;
        }
        long rank = ZSetType.rank(o, c.arg(2), reverse);
        if (rank >= 0) {
            c.addReplyLongLong(rank);
        } else {
            c.addReplyNull();
        }
    }

    /** ZSCAN key cursor [MATCH pattern] [COUNT count]: the cursor is checked before the key, the options after. */
    private static void zscan(Client c) {
        long[] cursor = new long[1];
        if (!Scan.parseCursor(c, c.arg(2), cursor)) {
            return;
        }
        RedisObject o = c.db.lookupRead(c.arg(1));
        if (o == null) {
            Scan.replyEmpty(c);
            return;
        }
        if (o.type != RedisObject.ZSET) {
            c.addReplyError(Errors.WRONGTYPE);
            return;
        }
        Scan.Options opt = Scan.parseOptions(c, 3, false);
        if (opt == null) {
            return;
        }
        Scan.scan(c, cursor[0], opt, true, (cur, out) -> ZSetType.scan(o, cur, out), null);
    }

    // ------------------------------------------------------------------ ZRANDMEMBER

    /**
     * ZRANDMEMBER key [count [WITHSCORES]]: the count is parsed first (within ±LONG_MAX), then the
     * syntax, then WITHSCORES' tighter range (half of LONG_MAX either way, as the reply doubles).
     * A negative count may repeat members; a positive one gives distinct members.
     */
    private static void zrandmember(Client c) {
        if (c.argc() >= 3) {
            long[] l = new long[1];
            if (!Args.getRange(c, c.arg(2), -Long.MAX_VALUE, Long.MAX_VALUE, l, null)) {
                return;
            }
            boolean withScores = false;
            if (c.argc() > 4 || (c.argc() == 4 && !Args.is(c.arg(3), "withscores"))) {
                c.addReplyError(Errors.SYNTAX);
                return;
            } else if (c.argc() == 4) {
                withScores = true;
                if (l[0] < Long.MIN_VALUE / 2 || l[0] > Long.MAX_VALUE / 2) {
                    c.addReplyError("value is out of range");
                    return;
                }
            }
            zrandmemberWithCount(c, l[0], withScores);
            return;
        }
        RedisObject o = lookupRead(c, c.arg(1), nullReply(c));
        if (o != null) {
            ZSetType.randomMember(o, (m, s) -> c.addReplyBulk(m));
        }
    }

    private static void zrandmemberWithCount(Client c, long l, boolean withScores) {
        RedisObject o = lookupRead(c, c.arg(1), SharedReplies.EMPTY_ARRAY);
        if (o == null) {
            return;
        }
        boolean unique = l >= 0;
        long count = unique ? l : -l;
        if (count == 0) {
            c.addReplyProto(SharedReplies.EMPTY_ARRAY);
            return;
        }
        long replies = unique ? Math.min(count, ZSetType.length(o)) : count;
        boolean nested = withScores && c.resp() > 2;
        c.addReplyArrayLen(withScores && !nested ? replies * 2 : replies);
        ZSetType.randomMembers(o, count, unique, (m, s) -> {
            if (nested) {
                c.addReplyArrayLen(2);
            }
            c.addReplyBulk(m);
            if (withScores) {
                c.addReplyDouble(s);
            }
        });
    }

    // ------------------------------------------------------------------ pops

    /** ZPOPMIN / ZPOPMAX key [count]; RESP3 nests [member, score] pairs when a count is given. */
    private static void zpopMinMax(Client c, boolean max) {
        if (c.argc() > 3) {
            c.addReplyError(Errors.SYNTAX);
            return;
        }
        long[] count = {-1};
        if (c.argc() == 3 && !Args.getRange(c, c.arg(2), 0, Long.MAX_VALUE, count, "value is out of range, must be positive")) {
            return;
        }
        genericZpop(c, new byte[][] {c.arg(1)}, max, false, count[0], c.resp() > 2 && count[0] != -1, false);
    }

    /**
     * genericZpopCommand over the given keys: pops from the first key that exists
     * (WRONGTYPE if it is not a sorted set). {@code emitKey} puts the key name in the reply (ZMPOP,
     * blocking pops); {@code nested} gives one [member, score] array per pair; a missing key answers a
     * null array when {@code nilWhenEmpty}, else an empty array. Count -1 means "no count given" (one).
     */
    static void genericZpop(Client c, byte[][] keys, boolean max, boolean emitKey, long count,
                              boolean nested, boolean nilWhenEmpty) {
        byte[] key = null;
        RedisObject zobj = null;
        for (byte[] k : keys) {
            zobj = c.db.lookupWrite(k);
            if (zobj == null) {
                continue;
            }
            if (zobj.type != RedisObject.ZSET) {
                c.addReplyError(Errors.WRONGTYPE);
                return;
            }
            key = k;
            break;
        }
        if (zobj == null) {
            if (nilWhenEmpty) {
                c.addReplyNullArray();
            } else {
                c.addReplyProto(SharedReplies.EMPTY_ARRAY);
            }
            return;
        }
        if (count == 0) {
            c.addReplyProto(SharedReplies.EMPTY_ARRAY);
            return;
        }
        if (count == -1) {
            count = 1;
        }
        long len = ZSetType.length(zobj);
        long rangeLen = Math.min(count, len);
        if (!nested && !emitKey) {
            c.addReplyArrayLen(rangeLen * 2);
        } else if (nested && !emitKey) {
            c.addReplyArrayLen(rangeLen);
        } else if (!nested) {
            c.addReplyArrayLen(rangeLen * 2 + 1);
            c.addReplyBulk(key);
        } else {
            c.addReplyArrayLen(2);
            c.addReplyBulk(key);
            c.addReplyArrayLen(rangeLen);
        }
        double[] score = new double[1];
        for (long i = 0; i < rangeLen; i++) {
            byte[] ele = ZSetType.pop(zobj, max, score);
            if (nested) {
                c.addReplyArrayLen(2);
            }
            c.addReplyBulk(ele);
            c.addReplyDouble(score[0]);
        }
        boolean keyRemoved = ZSetType.length(zobj) == 0;
        if (keyRemoved) {
            c.db.delete(key);
        }
        removed(c, key, max ? "zpopmax" : "zpopmin", keyRemoved);
    }

    /**
     * zmpopGenericCommand's parsing, shared with BZMPOP: numkeys (at least 1, and no more keys than
     * arguments), MIN or MAX right after the keys, then an optional COUNT (at least 1, once). Returns
     * {where (0 min, 1 max), count} or null after replying the error.
     */
    static long[] parseZmpop(Client c, int numkeysIdx) {
        long[] numkeys = new long[1];
        if (!Args.getRange(c, c.arg(numkeysIdx), 1, Long.MAX_VALUE, numkeys, "numkeys should be greater than 0")) {
            return null;
        }
        if (numkeys[0] > c.argc() - numkeysIdx - 2) {
            c.addReplyError(Errors.SYNTAX);
            return null;
        }
        int whereIdx = numkeysIdx + (int) numkeys[0] + 1;
        long where;
        if (Args.is(c.arg(whereIdx), "min")) {
            where = 0;
        } else if (Args.is(c.arg(whereIdx), "max")) {
            where = 1;
        } else {
            c.addReplyError(Errors.SYNTAX);
            return null;
        }
        long[] count = {-1};
        for (int j = whereIdx + 1; j < c.argc(); j++) {
            boolean moreArgs = j < c.argc() - 1;
            if (count[0] == -1 && Args.is(c.arg(j), "count") && moreArgs) {
                j++;
                if (!Args.getRange(c, c.arg(j), 1, Long.MAX_VALUE, count, "count should be greater than 0")) {
                    return null;
                }
            } else {
                c.addReplyError(Errors.SYNTAX);
                return null;
            }
        }
        return new long[] {where, count[0] == -1 ? 1 : count[0], numkeys[0]};
    }

    /** ZMPOP numkeys key [key ...] MIN|MAX [COUNT count]. */
    private static void zmpop(Client c) {
        long[] p = parseZmpop(c, 1);
        if (p != null) {
            genericZpop(c, Arrays.copyOfRange(c.argv, 2, 2 + (int) p[2]), p[0] == 1, true, p[1], true, true);
        }
    }
}
