package dev.respec.server.commands;

import dev.respec.server.command.Args;
import dev.respec.server.command.CommandTable;
import dev.respec.server.command.Errors;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.network.Client;
import dev.respec.server.protocol.SharedReplies;
import dev.respec.server.types.ZRange;
import dev.respec.server.types.ZSetType;

/**
 * Sorted-set ranges (t_zset.c zrangeGenericCommand and friends): ZRANGE with its BYSCORE, BYLEX, REV,
 * LIMIT and WITHSCORES options, the older ZRANGEBYSCORE / ZREVRANGE* forms, ZRANGESTORE, ZCOUNT,
 * ZLEXCOUNT and the ZREMRANGEBY* removals.
 *
 * <p>A range's results go to a {@link Result}: either the client's reply (a known array length for
 * rank ranges, a deferred one for score and lex ranges, whose size is only known at the end) or a new
 * sorted set for ZRANGESTORE, as Redis's zrange_result_handler does.
 */
final class ZRangeCommands {
    private static final String NOT_FLOAT = "min or max is not a float";
    private static final String NOT_LEX = "min or max not valid string range item";

    private enum Type { AUTO, RANK, SCORE, LEX }

    private enum Direction { AUTO, FORWARD, REVERSE }

    private ZRangeCommands() {
    }

    static void register(CommandTable t) {
        t.bind("zrange", c -> zrangeGeneric(c, new ClientResult(c), 1, false, Type.AUTO, Direction.AUTO));
        t.bind("zrangestore", c -> zrangeGeneric(c, new StoreResult(c, c.arg(1)), 2, true, Type.AUTO, Direction.AUTO));
        t.bind("zrevrange", c -> zrangeGeneric(c, new ClientResult(c), 1, false, Type.RANK, Direction.REVERSE));
        t.bind("zrangebyscore", c -> zrangeGeneric(c, new ClientResult(c), 1, false, Type.SCORE, Direction.FORWARD));
        t.bind("zrevrangebyscore", c -> zrangeGeneric(c, new ClientResult(c), 1, false, Type.SCORE, Direction.REVERSE));
        t.bind("zrangebylex", c -> zrangeGeneric(c, new ClientResult(c), 1, false, Type.LEX, Direction.FORWARD));
        t.bind("zrevrangebylex", c -> zrangeGeneric(c, new ClientResult(c), 1, false, Type.LEX, Direction.REVERSE));
        t.bind("zcount", ZRangeCommands::zcount);
        t.bind("zlexcount", ZRangeCommands::zlexcount);
        t.bind("zremrangebyrank", c -> zremrangeGeneric(c, Type.RANK));
        t.bind("zremrangebyscore", c -> zremrangeGeneric(c, Type.SCORE));
        t.bind("zremrangebylex", c -> zremrangeGeneric(c, Type.LEX));
    }

    // ------------------------------------------------------------------ result handlers

    /** zrange_result_handler: where a range's members go. */
    private interface Result {
        /** Called once before any member; length is the exact count, or -1 when not known yet. */
        void begin(long length);

        void emit(byte[] member, double score);

        void finish(long count);

        /** Scores are wanted (WITHSCORES, or always for a store). */
        void enableScores();
    }

    /** The client's reply: members, with scores (RESP3 nests each pair) when asked. */
    private static final class ClientResult implements Result {
        private final Client c;
        private boolean withScores;
        private boolean deferred;
        private int handle;

        ClientResult(Client c) {
            this.c = c;
        }

        @Override
        public void enableScores() {
            withScores = true;
        }

        private long flatLength(long n) {
            return withScores && c.resp() == 2 ? n * 2 : n;
        }

        @Override
        public void begin(long length) {
            if (length > 0) {
                c.addReplyArrayLen(flatLength(length));
                return;
            }
            deferred = true;
            handle = c.addReplyDeferredLen();
        }

        @Override
        public void emit(byte[] member, double score) {
            if (withScores && c.resp() > 2) {
                c.addReplyArrayLen(2);
            }
            c.addReplyBulk(member);
            if (withScores) {
                c.addReplyDouble(score);
            }
        }

        @Override
        public void finish(long count) {
            if (deferred) {
                c.setDeferredArrayLen(handle, flatLength(count));
            }
        }
    }

    /**
     * ZRANGESTORE's destination: a new sorted set (a skiplist from the start when a rank range is
     * longer than the listpack limit) that replaces the destination key, or deletes it when empty.
     */
    private static final class StoreResult implements Result {
        private final Client c;
        private final byte[] dstKey;
        private final double[] scratch = new double[1];
        private RedisObject dst;

        StoreResult(Client c, byte[] dstKey) {
            this.c = c;
            this.dstKey = dstKey;
        }

        @Override
        public void enableScores() {
        }

        @Override
        public void begin(long length) {
            dst = ZSetType.createForStore(c.server.config(), length);
        }

        @Override
        public void emit(byte[] member, double score) {
            ZSetType.add(c.server.config(), dst, score, member, 0, scratch);
        }

        @Override
        public void finish(long count) {
            if (count > 0) {
                c.db.setKey(dstKey, dst, false);
                c.addReplyLongLong(count);
                c.server.keyModified(c.db, dstKey, "zrangestore");
            } else {
                c.addReplyProto(SharedReplies.CZERO);
                if (c.db.delete(dstKey)) {
                    c.server.keyModified(c.db, dstKey, "del");
                }
            }
        }
    }

    // ------------------------------------------------------------------ ZRANGE and its older forms

    /**
     * zrangeGenericCommand: the options first (a syntax error for anything unknown or not allowed by
     * this form), then the option combinations, then min and max (swapped for reverse score and lex
     * ranges, which take max first), then the key.
     */
    private static void zrangeGeneric(Client c, Result result, int argcStart, boolean store, Type type,
                                      Direction direction) {
        byte[] key = c.arg(argcStart);
        int minIdx = argcStart + 1;
        int maxIdx = argcStart + 2;
        boolean withScores = false;
        long[] offset = {0};
        long[] limit = {-1};
        for (int j = argcStart + 3; j < c.argc(); j++) {
            int leftArgs = c.argc() - j - 1;
            byte[] opt = c.arg(j);
            if (!store && Args.is(opt, "withscores")) {
                withScores = true;
            } else if (Args.is(opt, "limit") && leftArgs >= 2) {
                if (!Args.getLong(c, c.arg(j + 1), offset) || !Args.getLong(c, c.arg(j + 2), limit)) {
                    return;
                }
                j += 2;
            } else if (direction == Direction.AUTO && Args.is(opt, "rev")) {
                direction = Direction.REVERSE;
            } else if (type == Type.AUTO && Args.is(opt, "bylex")) {
                type = Type.LEX;
            } else if (type == Type.AUTO && Args.is(opt, "byscore")) {
                type = Type.SCORE;
            } else {
                c.addReplyError(Errors.SYNTAX);
                return;
            }
        }
        if (direction == Direction.AUTO) {
            direction = Direction.FORWARD;
        }
        if (type == Type.AUTO) {
            type = Type.RANK;
        }
        if (limit[0] != -1 && type == Type.RANK) {
            c.addReplyError("syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX");
            return;
        }
        if (withScores && type == Type.LEX) {
            c.addReplyError("syntax error, WITHSCORES not supported in combination with BYLEX");
            return;
        }
        boolean reverse = direction == Direction.REVERSE;
        if (reverse && type != Type.RANK) {
            int tmp = maxIdx;
            maxIdx = minIdx;
            minIdx = tmp;
        }
        long[] start = new long[1];
        long[] end = new long[1];
        ZRange.Score range = null;
        ZRange.Lex lexRange = null;
        switch (type) {
            case SCORE:
                range = ZRange.parseScore(c.arg(minIdx), c.arg(maxIdx));
                if (range == null) {
                    c.addReplyError(NOT_FLOAT);
                    return;
                }
                break;
            case LEX:
                lexRange = ZRange.parseLex(c.arg(minIdx), c.arg(maxIdx));
                if (lexRange == null) {
                    c.addReplyError(NOT_LEX);
                    return;
                }
                break;
            default:
                if (!Args.getLong(c, c.arg(minIdx), start) || !Args.getLong(c, c.arg(maxIdx), end)) {
                    return;
                }
                break;
        }
        if (withScores || store) {
            result.enableScores();
        }
        RedisObject zobj = c.db.lookupRead(key);
        if (zobj == null) {
            if (store) {
                result.begin(-1);
                result.finish(0);
            } else {
                c.addReplyProto(SharedReplies.EMPTY_ARRAY);
            }
            return;
        }
        if (zobj.type != RedisObject.ZSET) {
            c.addReplyError(Errors.WRONGTYPE);
            return;
        }
        switch (type) {
            case SCORE -> {
                result.begin(-1);
                result.finish(ZSetType.rangeByScore(zobj, range, offset[0], limit[0], reverse, result::emit));
            }
            case LEX -> {
                result.begin(-1);
                result.finish(ZSetType.rangeByLex(zobj, lexRange, offset[0], limit[0], reverse, result::emit));
            }
            default -> rangeByRank(result, zobj, start[0], end[0], reverse);
        }
    }

    /** genericZrangebyrankCommand: negative indexes count from the end; out-of-range parts are cut. */
    private static void rangeByRank(Result result, RedisObject zobj, long start, long end, boolean reverse) {
        long len = ZSetType.length(zobj);
        if (start < 0) {
            start = len + start;
        }
        if (end < 0) {
            end = len + end;
        }
        if (start < 0) {
            start = 0;
        }
        if (start > end || start >= len) {
            result.begin(0);
            result.finish(0);
            return;
        }
        if (end >= len) {
            end = len - 1;
        }
        long rangeLen = end - start + 1;
        result.begin(rangeLen);
        ZSetType.rangeByRank(zobj, start, end, reverse, result::emit);
        result.finish(rangeLen);
    }

    // ------------------------------------------------------------------ counts

    private static void zcount(Client c) {
        ZRange.Score range = ZRange.parseScore(c.arg(2), c.arg(3));
        if (range == null) {
            c.addReplyError(NOT_FLOAT);
            return;
        }
        RedisObject o = ZSetCommands.lookupRead(c, c.arg(1), SharedReplies.CZERO);
        if (o != null) {
            c.addReplyLongLong(ZSetType.count(o, range));
        }
    }

    private static void zlexcount(Client c) {
        ZRange.Lex range = ZRange.parseLex(c.arg(2), c.arg(3));
        if (range == null) {
            c.addReplyError(NOT_LEX);
            return;
        }
        RedisObject o = ZSetCommands.lookupRead(c, c.arg(1), SharedReplies.CZERO);
        if (o != null) {
            c.addReplyLongLong(ZSetType.lexCount(o, range));
        }
    }

    // ------------------------------------------------------------------ removals

    /** zremrangeGenericCommand: the range is parsed before the key is looked up. */
    private static void zremrangeGeneric(Client c, Type type) {
        byte[] key = c.arg(1);
        long[] start = new long[1];
        long[] end = new long[1];
        ZRange.Score range = null;
        ZRange.Lex lexRange = null;
        String event;
        if (type == Type.RANK) {
            event = "zremrangebyrank";
            if (!Args.getLong(c, c.arg(2), start) || !Args.getLong(c, c.arg(3), end)) {
                return;
            }
        } else if (type == Type.SCORE) {
            event = "zremrangebyscore";
            range = ZRange.parseScore(c.arg(2), c.arg(3));
            if (range == null) {
                c.addReplyError(NOT_FLOAT);
                return;
            }
        } else {
            event = "zremrangebylex";
            lexRange = ZRange.parseLex(c.arg(2), c.arg(3));
            if (lexRange == null) {
                c.addReplyError(NOT_LEX);
                return;
            }
        }
        RedisObject zobj = c.db.lookupWrite(key);
        if (zobj == null) {
            c.addReplyProto(SharedReplies.CZERO);
            return;
        }
        if (zobj.type != RedisObject.ZSET) {
            c.addReplyError(Errors.WRONGTYPE);
            return;
        }
        long deleted;
        if (type == Type.RANK) {
            long len = ZSetType.length(zobj);
            long s = start[0] < 0 ? len + start[0] : start[0];
            long e = end[0] < 0 ? len + end[0] : end[0];
            if (s < 0) {
                s = 0;
            }
            if (s > e || s >= len) {
                c.addReplyProto(SharedReplies.CZERO);
                return;
            }
            if (e >= len) {
                e = len - 1;
            }
            deleted = ZSetType.deleteRangeByRank(zobj, s, e);
        } else if (type == Type.SCORE) {
            deleted = ZSetType.deleteRangeByScore(zobj, range);
        } else {
            deleted = ZSetType.deleteRangeByLex(zobj, lexRange);
        }
        boolean keyRemoved = ZSetType.length(zobj) == 0;
        if (keyRemoved) {
            c.db.delete(key);
        }
        if (deleted > 0) {
            ZSetCommands.removed(c, key, event, keyRemoved);
        }
        c.addReplyLongLong(deleted);
    }
}
