package dev.respec.server.commands;

import dev.respec.server.command.Args;
import dev.respec.server.command.CommandTable;
import dev.respec.server.command.Errors;
import dev.respec.server.keyspace.Database;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.network.Client;
import dev.respec.server.protocol.SharedReplies;
import dev.respec.server.types.ListType;

/**
 * The list group (t_list.c "List Commands"): LPUSH, RPUSH, LPUSHX, RPUSHX, LINSERT, LLEN, LINDEX,
 * LSET, LPOP, RPOP, LRANGE, LTRIM, LPOS, LREM, LMOVE, RPOPLPUSH, LMPOP. The blocking variants live
 * in {@link ListBlockingCommands}, which shares the pop and move helpers here.
 *
 * <p>Checks run in Redis 7.0's order, which differs per command (LRANGE, LTRIM and LREM parse their
 * numbers before looking the key up; LINDEX and LSET after). Every write ends with
 * {@code server.keyModified} carrying Redis's keyspace event, after the key was deleted if the list
 * became empty ("del" is then signalled too); Redis counts one change per element pushed or removed,
 * and so does {@link #changed}.
 */
public final class ListCommands {
    private ListCommands() {
    }

    static void register(CommandTable t) {
        t.bind("lpush", c -> push(c, ListType.HEAD, false));
        t.bind("rpush", c -> push(c, ListType.TAIL, false));
        t.bind("lpushx", c -> push(c, ListType.HEAD, true));
        t.bind("rpushx", c -> push(c, ListType.TAIL, true));
        t.bind("linsert", ListCommands::linsert);
        t.bind("llen", ListCommands::llen);
        t.bind("lindex", ListCommands::lindex);
        t.bind("lset", ListCommands::lset);
        t.bind("lpop", c -> pop(c, ListType.HEAD));
        t.bind("rpop", c -> pop(c, ListType.TAIL));
        t.bind("lrange", ListCommands::lrange);
        t.bind("ltrim", ListCommands::ltrim);
        t.bind("lpos", ListCommands::lpos);
        t.bind("lrem", ListCommands::lrem);
        t.bind("lmove", ListCommands::lmove);
        t.bind("rpoplpush", c -> lmoveGeneric(c, c.db, c.arg(1), c.arg(2), ListType.TAIL, ListType.HEAD));
        t.bind("lmpop", c -> ListBlockingCommands.mpop(c, 1, false));
        ListBlockingCommands.register(t);
    }

    // ------------------------------------------------------------------ shared helpers

    /** A new empty list with the configured fill and compress depth (createQuicklistObject). */
    static RedisObject newList(Client c) {
        return ListType.create(c.server.config().listMaxListpackSize, c.server.config().listCompressDepth);
    }

    /** True (after replying WRONGTYPE) when o exists and is not a list: checkType. */
    static boolean wrongType(Client c, RedisObject o) {
        if (o != null && o.type != RedisObject.LIST) {
            c.addReplyError(Errors.WRONGTYPE);
            return true;
        }
        return false;
    }

    /**
     * Ends a write that Redis counts as {@code changes} changes (server.dirty += changes, which may be
     * 0 for the second key of a move): keyModified, with the count adjusted around its own one.
     */
    static void changed(Client c, Database db, byte[] key, String event, long changes) {
        c.server.dirty += changes - 1;
        c.server.keyModified(db, key, event);
    }

    /**
     * listElementsRemoved: the end of every pop: deletes the key when the list is empty, then
     * signals the pop ("lpop"/"rpop") and the deletion. Returns true when the key was deleted.
     */
    static boolean elementsRemoved(Client c, Database db, byte[] key, int where, RedisObject o, long count) {
        boolean deleted = ListType.length(o) == 0;
        if (deleted) {
            db.delete(key);
        }
        changed(c, db, key, where == ListType.HEAD ? "lpop" : "rpop", count);
        if (deleted) {
            c.server.keySignaled(db, key, "del");
        }
        return deleted;
    }

    /** getListPositionFromObjectOrReply: LEFT or RIGHT, else a syntax error; -1 after replying. */
    static int position(Client c, byte[] arg) {
        if (Args.is(arg, "left")) {
            return ListType.HEAD;
        }
        if (Args.is(arg, "right")) {
            return ListType.TAIL;
        }
        c.addReplyError(Errors.SYNTAX);
        return -1;
    }

    /**
     * addListRangeReply: the elements [start, end] (Redis's index rules: negative from the tail,
     * clamped) as an array, tail to head when reverse.
     */
    static void addListRangeReply(Client c, RedisObject o, long start, long end, boolean reverse) {
        long llen = ListType.length(o);
        if (start < 0) {
            start = llen + start;
        }
        if (end < 0) {
            end = llen + end;
        }
        if (start < 0) {
            start = 0;
        }
        if (start > end || start >= llen) {
            c.addReplyProto(SharedReplies.EMPTY_ARRAY);
            return;
        }
        if (end >= llen) {
            end = llen - 1;
        }
        c.addReplyArrayLen(end - start + 1);
        ListType.replyRange(o, start, end, reverse, c);
    }

    /**
     * listPopRangeAndReplyWithKey (LMPOP, BLMPOP): pops up to count elements from one end and replies
     * [key, [elements]].
     */
    static void popRangeAndReplyWithKey(Client c, Database db, byte[] key, RedisObject o, int where, long count) {
        c.addReplyArrayLen(2);
        c.addReplyBulk(key);
        popRangeAndReply(c, db, key, o, where, count);
    }

    /** The popped range of [LR]POP key count: the elements in pop order, then the removal. */
    private static void popRangeAndReply(Client c, Database db, byte[] key, RedisObject o, int where, long count) {
        long llen = ListType.length(o);
        long rangelen = Math.min(count, llen);
        long start = where == ListType.HEAD ? 0 : -rangelen;
        long end = where == ListType.HEAD ? rangelen - 1 : -1;
        addListRangeReply(c, o, start, end, where == ListType.TAIL);
        ListType.deleteRange(o, start, rangelen);
        elementsRemoved(c, db, key, where, o, rangelen);
    }

    // ------------------------------------------------------------------ push

    /** pushGenericCommand: LPUSH/RPUSH, and LPUSHX/RPUSHX (xx: only onto an existing list). */
    private static void push(Client c, int where, boolean xx) {
        byte[] key = c.arg(1);
        RedisObject o = c.db.lookupWrite(key);
        if (wrongType(c, o)) {
            return;
        }
        if (o == null) {
            if (xx) {
                c.addReplyProto(SharedReplies.CZERO);
                return;
            }
            o = newList(c);
            c.db.add(key, o);
        }
        for (int j = 2; j < c.argc(); j++) {
            ListType.push(o, c.arg(j), where);
        }
        c.addReplyLongLong(ListType.length(o));
        changed(c, c.db, key, where == ListType.HEAD ? "lpush" : "rpush", c.argc() - 2);
    }

    /** LINSERT key BEFORE|AFTER pivot element. */
    private static void linsert(Client c) {
        boolean after;
        if (Args.is(c.arg(2), "after")) {
            after = true;
        } else if (Args.is(c.arg(2), "before")) {
            after = false;
        } else {
            c.addReplyError(Errors.SYNTAX);
            return;
        }
        byte[] key = c.arg(1);
        RedisObject o = c.db.lookupWrite(key);
        if (o == null) {
            c.addReplyProto(SharedReplies.CZERO);
            return;
        }
        if (wrongType(c, o)) {
            return;
        }
        if (!ListType.insert(o, c.arg(3), c.arg(4), after)) {
            c.addReplyLongLong(-1);
            return;
        }
        c.server.keyModified(c.db, key, "linsert");
        c.addReplyLongLong(ListType.length(o));
    }

    // ------------------------------------------------------------------ reads by index

    private static void llen(Client c) {
        RedisObject o = c.db.lookupRead(c.arg(1));
        if (o == null) {
            c.addReplyProto(SharedReplies.CZERO);
            return;
        }
        if (wrongType(c, o)) {
            return;
        }
        c.addReplyLongLong(ListType.length(o));
    }

    /** LINDEX key index: the key is looked up before the index is parsed. */
    private static void lindex(Client c) {
        RedisObject o = c.db.lookupRead(c.arg(1));
        if (o == null) {
            c.addReplyNull();
            return;
        }
        if (wrongType(c, o)) {
            return;
        }
        long[] index = new long[1];
        if (!Args.getLong(c, c.arg(2), index)) {
            return;
        }
        byte[] v = ListType.index(o, index[0]);
        if (v == null) {
            c.addReplyNull();
        } else {
            c.addReplyBulk(v);
        }
    }

    /** LSET key index element. */
    private static void lset(Client c) {
        byte[] key = c.arg(1);
        RedisObject o = c.db.lookupWrite(key);
        if (o == null) {
            c.addReplyError(Errors.NO_SUCH_KEY);
            return;
        }
        if (wrongType(c, o)) {
            return;
        }
        long[] index = new long[1];
        if (!Args.getLong(c, c.arg(2), index)) {
            return;
        }
        if (!ListType.set(o, index[0], c.arg(3))) {
            c.addReplyError(Errors.OUT_OF_RANGE);
            return;
        }
        c.addReplyProto(SharedReplies.OK);
        c.server.keyModified(c.db, key, "lset");
    }

    // ------------------------------------------------------------------ pops and ranges

    /**
     * popGenericCommand: [LR]POP key [count]. Without a count: a bulk string or the null bulk; with
     * one: an array (empty for count 0) or, for a missing key, the null array.
     */
    private static void pop(Client c, int where) {
        if (c.argc() > 3) {
            c.addReplyError("wrong number of arguments for '" + c.cmd.fullName + "' command");
            return;
        }
        boolean hasCount = c.argc() == 3;
        long[] count = new long[1];
        if (hasCount && !Args.getRange(c, c.arg(2), 0, Long.MAX_VALUE, count,
                "value is out of range, must be positive")) {
            return;
        }
        byte[] key = c.arg(1);
        RedisObject o = c.db.lookupWrite(key);
        if (o == null) {
            if (hasCount) {
                c.addReplyNullArray();
            } else {
                c.addReplyNull();
            }
            return;
        }
        if (wrongType(c, o)) {
            return;
        }
        if (hasCount && count[0] == 0) {
            c.addReplyProto(SharedReplies.EMPTY_ARRAY);
            return;
        }
        if (!hasCount) {
            c.addReplyBulk(ListType.pop(o, where));
            elementsRemoved(c, c.db, key, where, o, 1);
            return;
        }
        popRangeAndReply(c, c.db, key, o, where, count[0]);
    }

    /** LRANGE key start stop: the numbers are parsed before the key is looked up. */
    private static void lrange(Client c) {
        long[] start = new long[1];
        long[] end = new long[1];
        if (!Args.getLong(c, c.arg(2), start) || !Args.getLong(c, c.arg(3), end)) {
            return;
        }
        RedisObject o = c.db.lookupRead(c.arg(1));
        if (o == null) {
            c.addReplyProto(SharedReplies.EMPTY_ARRAY);
            return;
        }
        if (wrongType(c, o)) {
            return;
        }
        addListRangeReply(c, o, start[0], end[0], false);
    }

    /** LTRIM key start stop. */
    private static void ltrim(Client c) {
        long[] startArg = new long[1];
        long[] endArg = new long[1];
        if (!Args.getLong(c, c.arg(2), startArg) || !Args.getLong(c, c.arg(3), endArg)) {
            return;
        }
        byte[] key = c.arg(1);
        RedisObject o = c.db.lookupWrite(key);
        if (o == null) {
            c.addReplyProto(SharedReplies.OK);
            return;
        }
        if (wrongType(c, o)) {
            return;
        }
        long llen = ListType.length(o);
        long start = startArg[0];
        long end = endArg[0];
        if (start < 0) {
            start = llen + start;
        }
        if (end < 0) {
            end = llen + end;
        }
        if (start < 0) {
            start = 0;
        }
        long ltrim;
        long rtrim;
        if (start > end || start >= llen) {
            ltrim = llen; // everything goes
            rtrim = 0;
        } else {
            if (end >= llen) {
                end = llen - 1;
            }
            ltrim = start;
            rtrim = llen - end - 1;
        }
        ListType.trim(o, ltrim, rtrim);
        boolean deleted = ListType.length(o) == 0;
        if (deleted) {
            c.db.delete(key);
        }
        // Redis signals the key even when nothing was trimmed, and counts the trimmed elements
        changed(c, c.db, key, "ltrim", ltrim + rtrim);
        if (deleted) {
            c.server.keySignaled(c.db, key, "del");
        }
        c.addReplyProto(SharedReplies.OK);
    }

    /** LPOS key element [RANK rank] [COUNT num-matches] [MAXLEN len]. */
    private static void lpos(Client c) {
        long rank = 1;
        long count = -1;
        long maxlen = 0;
        long[] v = new long[1];
        for (int j = 3; j < c.argc(); j++) {
            boolean more = j + 1 < c.argc();
            if (Args.is(c.arg(j), "rank") && more) {
                if (!Args.getLong(c, c.arg(++j), v)) {
                    return;
                }
                rank = v[0];
                if (rank == 0) {
                    c.addReplyError("RANK can't be zero: use 1 to start from the first match, 2 from the second "
                            + "... or use negative to start from the end of the list");
                    return;
                }
            } else if (Args.is(c.arg(j), "count") && more) {
                if (!Args.getRange(c, c.arg(++j), 0, Long.MAX_VALUE, v, "COUNT can't be negative")) {
                    return;
                }
                count = v[0];
            } else if (Args.is(c.arg(j), "maxlen") && more) {
                if (!Args.getRange(c, c.arg(++j), 0, Long.MAX_VALUE, v, "MAXLEN can't be negative")) {
                    return;
                }
                maxlen = v[0];
            } else {
                c.addReplyError(Errors.SYNTAX);
                return;
            }
        }
        boolean fromTail = false;
        if (rank < 0) {
            rank = -rank; // Long.MIN_VALUE stays negative, as in C: every match then qualifies
            fromTail = true;
        }
        RedisObject o = c.db.lookupRead(c.arg(1));
        if (o == null) {
            if (count != -1) {
                c.addReplyProto(SharedReplies.EMPTY_ARRAY);
            } else {
                c.addReplyNull();
            }
            return;
        }
        if (wrongType(c, o)) {
            return;
        }
        final long firstRank = rank;
        final long wanted = count;
        if (count == -1) {
            long[] found = {-1};
            ListType.positions(o, c.arg(2), rank, maxlen, fromTail, (index, matches) -> {
                found[0] = index;
                return false;
            });
            if (found[0] == -1) {
                c.addReplyNull();
            } else {
                c.addReplyLongLong(found[0]);
            }
            return;
        }
        int handle = c.addReplyDeferredLen();
        long[] replied = {0};
        ListType.positions(o, c.arg(2), rank, maxlen, fromTail, (index, matches) -> {
            replied[0]++;
            c.addReplyLongLong(index);
            return wanted == 0 || matches - firstRank + 1 < wanted; // wraps like C for the lowest rank
        });
        c.setDeferredArrayLen(handle, replied[0]);
    }

    /** LREM key count element: count &gt; 0 from the head, &lt; 0 from the tail, 0 all. */
    private static void lrem(Client c) {
        long[] toRemove = new long[1];
        if (!Args.getLong(c, c.arg(2), toRemove)) {
            return;
        }
        byte[] key = c.arg(1);
        RedisObject o = c.db.lookupWrite(key);
        if (o == null) {
            c.addReplyProto(SharedReplies.CZERO);
            return;
        }
        if (wrongType(c, o)) {
            return;
        }
        long n = toRemove[0];
        boolean fromTail = n < 0;
        if (fromTail) {
            n = -n;
        }
        long removed = ListType.remove(o, c.arg(3), n, fromTail);
        if (removed > 0) {
            boolean deleted = ListType.length(o) == 0;
            if (deleted) {
                c.db.delete(key);
            }
            changed(c, c.db, key, "lrem", removed);
            if (deleted) {
                c.server.keySignaled(c.db, key, "del");
            }
        }
        c.addReplyLongLong(removed);
    }

    // ------------------------------------------------------------------ moves

    private static void lmove(Client c) {
        int from = position(c, c.arg(3));
        if (from < 0) {
            return;
        }
        int to = position(c, c.arg(4));
        if (to < 0) {
            return;
        }
        lmoveGeneric(c, c.db, c.arg(1), c.arg(2), from, to);
    }

    /**
     * lmoveGenericCommand: pops from src and pushes onto dst (created when missing), replying the
     * element; the null bulk when src does not exist. The source is deleted only after the push, so
     * moving the last element of a list onto itself keeps the key.
     */
    static void lmoveGeneric(Client c, Database db, byte[] src, byte[] dst, int from, int to) {
        RedisObject sobj = db.lookupWrite(src);
        if (sobj == null) {
            c.addReplyNull();
            return;
        }
        if (wrongType(c, sobj)) {
            return;
        }
        RedisObject dobj = db.lookupWrite(dst);
        if (wrongType(c, dobj)) {
            return;
        }
        byte[] value = ListType.pop(sobj, from);
        if (dobj == null) {
            dobj = newList(c);
            db.add(dst, dobj);
        }
        ListType.push(dobj, value, to);
        changed(c, db, dst, to == ListType.HEAD ? "lpush" : "rpush", 0); // Redis counts the move once, below
        c.addReplyBulk(value);
        elementsRemoved(c, db, src, from, sobj, 1);
    }
}
