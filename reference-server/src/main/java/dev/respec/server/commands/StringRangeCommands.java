package dev.respec.server.commands;

import dev.respec.server.command.Args;
import dev.respec.server.command.CommandTable;
import dev.respec.server.command.Errors;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.network.Client;
import dev.respec.server.protocol.SharedReplies;
import dev.respec.server.types.StringType;
import dev.respec.server.util.Bytes;
import dev.respec.server.util.Lcs;

/**
 * The string group's sub-family that works on parts of a value (t_string.c): SETRANGE, GETRANGE
 * (and its old name SUBSTR) and LCS. Bound by {@link StringCommands#register}.
 *
 * <p>Both SETRANGE and LCS bound the memory a request can make the server allocate by
 * proto-max-bulk-len, with Redis's error texts.
 */
final class StringRangeCommands {
    private StringRangeCommands() {
    }

    static void register(CommandTable t) {
        t.bind("setrange", StringRangeCommands::setrange);
        t.bind("getrange", StringRangeCommands::getrange);
        t.bind("substr", StringRangeCommands::getrange);
        t.bind("lcs", StringRangeCommands::lcs);
    }

    /**
     * SETRANGE: writes the value at the offset, zero-padding as needed; the result is raw. An empty
     * value changes nothing (and creates no key) but still replies the length.
     */
    private static void setrange(Client c) {
        byte[] key = c.arg(1);
        byte[] value = c.arg(3);
        long[] offset = new long[1];
        if (!Args.getLong(c, c.arg(2), offset)) {
            return;
        }
        if (offset[0] < 0) {
            c.addReplyError("offset is out of range");
            return;
        }
        RedisObject o = c.db.lookupWrite(key);
        if (o == null) {
            if (value.length == 0) {
                c.addReplyProto(SharedReplies.CZERO);
                return;
            }
            if (!StringCommands.checkStringLength(c, offset[0], value.length)) {
                return;
            }
            o = StringType.setRange(null, (int) offset[0], value);
            c.db.add(key, o);
        } else {
            if (!StringCommands.checkString(c, o)) {
                return;
            }
            if (value.length == 0) {
                c.addReplyLongLong(StringType.length(o));
                return;
            }
            if (!StringCommands.checkStringLength(c, offset[0], value.length)) {
                return;
            }
            o = StringType.setRange(o, (int) offset[0], value);
            c.db.overwrite(key, o);
        }
        c.server.keyModified(c.db, key, "setrange");
        c.addReplyLongLong(StringType.length(o));
    }

    /** GETRANGE/SUBSTR: both indexes are parsed before the key is looked up; a missing key is "". */
    private static void getrange(Client c) {
        long[] start = new long[1];
        long[] end = new long[1];
        if (!Args.getLong(c, c.arg(2), start) || !Args.getLong(c, c.arg(3), end)) {
            return;
        }
        RedisObject o = c.db.lookupRead(c.arg(1));
        if (o == null) {
            c.addReplyProto(SharedReplies.EMPTY_BULK);
            return;
        }
        if (!StringCommands.checkString(c, o)) {
            return;
        }
        byte[] s = StringType.buffer(o);
        long[] r = StringType.range(start[0], end[0], StringType.length(o));
        if (r == null) {
            c.addReplyProto(SharedReplies.EMPTY_BULK);
        } else {
            c.addReplyBulk(s, (int) r[0], (int) (r[1] - r[0] + 1));
        }
    }

    /**
     * LCS key1 key2 [LEN] [IDX] [MINMATCHLEN len] [WITHMATCHLEN]. Missing keys are empty strings;
     * keys of another type are refused before the options are read. IDX replies a map of the
     * matching ranges (from the end of the strings backwards) and
     * the LCS length; MINMATCHLEN filters the ranges only, never the length.
     */
    private static void lcs(Client c) {
        RedisObject oa = c.db.lookupRead(c.arg(1));
        RedisObject ob = c.db.lookupRead(c.arg(2));
        if ((oa != null && oa.type != RedisObject.STRING) || (ob != null && ob.type != RedisObject.STRING)) {
            c.addReplyError("The specified keys must contain string values");
            return;
        }
        byte[] a = oa == null ? Bytes.EMPTY : StringType.bytes(oa);
        byte[] b = ob == null ? Bytes.EMPTY : StringType.bytes(ob);
        boolean getLen = false;
        boolean getIdx = false;
        boolean withMatchLen = false;
        long minMatchLen = 0;
        for (int j = 3; j < c.argc(); j++) {
            byte[] opt = c.arg(j);
            if (Args.is(opt, "idx")) {
                getIdx = true;
            } else if (Args.is(opt, "len")) {
                getLen = true;
            } else if (Args.is(opt, "withmatchlen")) {
                withMatchLen = true;
            } else if (Args.is(opt, "minmatchlen") && j < c.argc() - 1) {
                long[] v = new long[1];
                if (!Args.getLong(c, c.arg(++j), v)) {
                    return;
                }
                minMatchLen = Math.max(0, v[0]);
            } else {
                c.addReplyError(Errors.SYNTAX);
                return;
            }
        }
        if (getIdx && getLen) {
            c.addReplyError("If you want both the length and indexes, please just use IDX.");
            return;
        }
        if (Lcs.tableBytes(a.length, b.length) > c.server.config().protoMaxBulkLen) {
            c.addReplyError("Insufficient memory, transient memory for LCS exceeds proto-max-bulk-len");
            return;
        }
        Lcs lcs;
        try {
            lcs = Lcs.of(a, b);
        } catch (OutOfMemoryError | ArithmeticException e) {
            c.addReplyError("Insufficient memory, failed allocating transient memory for LCS");
            return;
        }
        if (getIdx) {
            replyMatches(c, lcs, minMatchLen, withMatchLen);
        } else if (getLen) {
            c.addReplyLongLong(lcs.length());
        } else {
            c.addReplyBulk(lcs.sequence());
        }
    }

    /** LCS IDX: {"matches": [[[a1, a2], [b1, b2], (len)], ...], "len": n}. */
    private static void replyMatches(Client c, Lcs lcs, long minMatchLen, boolean withMatchLen) {
        c.addReplyMapLen(2);
        c.addReplyBulkCString("matches");
        int deferred = c.addReplyDeferredLen();
        int[] emitted = new int[1];
        lcs.ranges((aStart, aEnd, bStart, bEnd) -> {
            int len = aEnd - aStart + 1;
            if (len < minMatchLen) {
                return;
            }
            c.addReplyArrayLen(withMatchLen ? 3 : 2);
            c.addReplyArrayLen(2);
            c.addReplyLongLong(aStart);
            c.addReplyLongLong(aEnd);
            c.addReplyArrayLen(2);
            c.addReplyLongLong(bStart);
            c.addReplyLongLong(bEnd);
            if (withMatchLen) {
                c.addReplyLongLong(len);
            }
            emitted[0]++;
        });
        c.setDeferredArrayLen(deferred, emitted[0]);
        c.addReplyBulkCString("len");
        c.addReplyLongLong(lcs.length());
    }
}
