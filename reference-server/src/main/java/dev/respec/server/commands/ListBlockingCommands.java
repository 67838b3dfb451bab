package dev.respec.server.commands;

import dev.respec.server.blocking.BlockType;
import dev.respec.server.blocking.BlockedCommand;
import dev.respec.server.blocking.Blocking;
import dev.respec.server.command.Args;
import dev.respec.server.command.CommandTable;
import dev.respec.server.command.Errors;
import dev.respec.server.keyspace.Database;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.network.Client;
import dev.respec.server.types.ListType;
import java.util.ArrayList;
import java.util.List;

/**
 * The list pops that can wait (t_list.c blockingPopGenericCommand, blmoveGenericCommand,
 * lmpopGenericCommand): BLPOP, BRPOP, BLMOVE, BRPOPLPUSH, BLMPOP, and LMPOP which shares BLMPOP's
 * parsing. When a key already holds elements they behave like LPOP/RPOP/LMOVE/LMPOP; otherwise the
 * client blocks (blocking/Blocking) with a {@link ListWait} that finishes the command when a key
 * is ready, or gets the null array when the timeout passes first.
 *
 * <p>Inside EXEC or a script (the client may not block) they answer at once as if timed out: the
 * null array, except BLMOVE and BRPOPLPUSH, which answer the null bulk there as Redis 7.0 does.
 */
final class ListBlockingCommands {
    private ListBlockingCommands() {
    }

    static void register(CommandTable t) {
        t.bind("blpop", c -> blockingPop(c, ListType.HEAD));
        t.bind("brpop", c -> blockingPop(c, ListType.TAIL));
        t.bind("blmove", ListBlockingCommands::blmove);
        t.bind("brpoplpush", c -> {
            long[] deadline = new long[1];
            if (Blocking.getTimeoutSeconds(c, c.arg(3), deadline)) {
                blmoveGeneric(c, ListType.TAIL, ListType.HEAD, deadline[0]);
            }
        });
        t.bind("blmpop", c -> mpop(c, 2, true));
    }

    /**
     * What a client blocked on lists will do once served (Redis keeps it in bpop: blockpos,
     * target, count). {@code count} is -1 for BLPOP/BRPOP, whose reply is [key, element]; a
     * destination makes it a BLMOVE.
     */
    private record ListWait(int from, int to, byte[] dst, long count) implements BlockedCommand {
        @Override
        public void serve(Client c, Database db, byte[] key, RedisObject value) {
            if (dst != null) {
                ListCommands.lmoveGeneric(c, db, key, dst, from, to);
            } else if (count == -1) {
                byte[] element = ListType.pop(value, from);
                c.addReplyArrayLen(2);
                c.addReplyBulk(key);
                c.addReplyBulk(element);
                ListCommands.elementsRemoved(c, db, key, from, value, 1);
            } else {
                ListCommands.popRangeAndReplyWithKey(c, db, key, value, from, count);
            }
        }
    }

    /** BLPOP/BRPOP key [key ...] timeout. */
    private static void blockingPop(Client c, int where) {
        List<byte[]> keys = new ArrayList<>(c.argc() - 2);
        for (int j = 1; j < c.argc() - 1; j++) {
            keys.add(c.arg(j));
        }
        blockingPopGeneric(c, keys, where, c.argc() - 1, -1);
    }

    /**
     * blockingPopGenericCommand: the timeout, then the keys in order: a missing key is skipped, a
     * key of another type is an error, the first list is popped. Otherwise the client blocks.
     */
    private static void blockingPopGeneric(Client c, List<byte[]> keys, int where, int timeoutIndex, long count) {
        long[] deadline = new long[1];
        if (!Blocking.getTimeoutSeconds(c, c.arg(timeoutIndex), deadline)) {
            return;
        }
        for (byte[] key : keys) {
            RedisObject o = c.db.lookupWrite(key);
            if (o == null) {
                continue;
            }
            if (ListCommands.wrongType(c, o)) {
                return;
            }
            new ListWait(where, where, null, count).serve(c, c.db, key, o);
            return;
        }
        if (!Blocking.mayBlock(c)) {
            c.addReplyNullArray();
            return;
        }
        c.server.blocking().blockForKeys(c, BlockType.LIST, keys, deadline[0], new ListWait(where, where, null, count));
    }

    /** BLMOVE source destination LEFT|RIGHT LEFT|RIGHT timeout. */
    private static void blmove(Client c) {
        int from = ListCommands.position(c, c.arg(3));
        if (from < 0) {
            return;
        }
        int to = ListCommands.position(c, c.arg(4));
        if (to < 0) {
            return;
        }
        long[] deadline = new long[1];
        if (Blocking.getTimeoutSeconds(c, c.arg(5), deadline)) {
            blmoveGeneric(c, from, to, deadline[0]);
        }
    }

    /** blmoveGenericCommand: moves at once when the source exists, else blocks on the source. */
    private static void blmoveGeneric(Client c, int from, int to, long deadline) {
        RedisObject src = c.db.lookupWrite(c.arg(1));
        if (ListCommands.wrongType(c, src)) {
            return;
        }
        if (src != null) {
            ListCommands.lmoveGeneric(c, c.db, c.arg(1), c.arg(2), from, to);
            return;
        }
        if (!Blocking.mayBlock(c)) {
            c.addReplyNull();
            return;
        }
        c.server.blocking().blockForKeys(c, BlockType.LIST, List.of(c.arg(1)), deadline,
                new ListWait(from, to, c.arg(2), -1));
    }

    /**
     * lmpopGenericCommand: LMPOP numkeys key [key ...] LEFT|RIGHT [COUNT count] (numkeys at index 1)
     * and BLMPOP timeout numkeys ... (numkeys at index 2, the timeout checked after the rest).
     */
    static void mpop(Client c, int numkeysIndex, boolean block) {
        long[] v = new long[1];
        if (!Args.getRange(c, c.arg(numkeysIndex), 1, Long.MAX_VALUE, v, "numkeys should be greater than 0")) {
            return;
        }
        long numkeys = v[0];
        if (numkeys > c.argc() - numkeysIndex - 2) {
            c.addReplyError(Errors.SYNTAX); // the LEFT|RIGHT argument would be past the end
            return;
        }
        int whereIndex = numkeysIndex + (int) numkeys + 1;
        int where = ListCommands.position(c, c.arg(whereIndex));
        if (where < 0) {
            return;
        }
        long count = -1;
        for (int j = whereIndex + 1; j < c.argc(); j++) {
            if (count == -1 && Args.is(c.arg(j), "count") && j + 1 < c.argc()) {
                if (!Args.getRange(c, c.arg(++j), 1, Long.MAX_VALUE, v, "count should be greater than 0")) {
                    return;
                }
                count = v[0];
            } else {
                c.addReplyError(Errors.SYNTAX);
                return;
            }
        }
        if (count == -1) {
            count = 1;
        }
        List<byte[]> keys = new ArrayList<>((int) numkeys);
        for (int j = 0; j < numkeys; j++) {
            keys.add(c.arg(numkeysIndex + 1 + j));
        }
        if (block) {
            blockingPopGeneric(c, keys, where, 1, count);
            return;
        }
        for (byte[] key : keys) {
            RedisObject o = c.db.lookupWrite(key);
            if (o == null) {
                continue;
            }
            if (ListCommands.wrongType(c, o)) {
                return;
            }
            ListCommands.popRangeAndReplyWithKey(c, c.db, key, o, where, count);
            return;
        }
        c.addReplyNullArray();
    }
}
