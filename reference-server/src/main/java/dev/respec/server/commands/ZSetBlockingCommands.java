package dev.respec.server.commands;

import dev.respec.server.blocking.BlockType;
import dev.respec.server.blocking.Blocking;
import dev.respec.server.command.CommandTable;
import dev.respec.server.command.Errors;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.network.Client;
import dev.respec.server.types.ZSetType;
import java.util.ArrayList;
import java.util.List;

/**
 * The blocking sorted-set pops (t_zset.c blockingGenericZpopCommand): BZPOPMIN, BZPOPMAX and BZMPOP
 * pop at once when one of their keys holds a sorted set, and otherwise block through the generic
 * {@link Blocking} machinery until a write makes one of the keys a sorted set or the timeout passes.
 * When served later, the pop runs as it would have at once (genericZpop with the key emitted), so
 * the replies are the same: [key, member, score] for BZPOPMIN/BZPOPMAX, [key, [[member, score]...]]
 * for BZMPOP.
 */
final class ZSetBlockingCommands {
    private ZSetBlockingCommands() {
    }

    static void register(CommandTable t) {
        t.bind("bzpopmin", c -> blockingZpop(c, 1, c.argc() - 2, false, c.argc() - 1, -1, false));
        t.bind("bzpopmax", c -> blockingZpop(c, 1, c.argc() - 2, true, c.argc() - 1, -1, false));
        t.bind("bzmpop", ZSetBlockingCommands::bzmpop);
    }

    /** BZMPOP timeout numkeys key [key ...] MIN|MAX [COUNT count]: arguments first, then the timeout. */
    private static void bzmpop(Client c) {
        long[] p = ZSetCommands.parseZmpop(c, 2);
        if (p != null) {
            blockingZpop(c, 3, (int) p[2], p[0] == 1, 1, p[1], true);
        }
    }

    /**
     * blockingGenericZpopCommand: the timeout, then the keys in order; the first that holds a sorted
     * set is popped from at once (a key of another type is WRONGTYPE). With nothing to pop, a client
     * that may not block (inside MULTI) gets the null array; the others wait.
     */
    private static void blockingZpop(Client c, int first, int numkeys, boolean max, int timeoutIdx, long count,
                                     boolean nested) {
        long[] deadline = new long[1];
        if (!Blocking.getTimeoutSeconds(c, c.arg(timeoutIdx), deadline)) {
            return;
        }
        List<byte[]> keys = new ArrayList<>(numkeys);
        for (int j = first; j < first + numkeys; j++) {
            byte[] key = c.arg(j);
            RedisObject o = c.db.lookupWrite(key);
            if (o != null) {
                if (o.type != RedisObject.ZSET) {
                    c.addReplyError(Errors.WRONGTYPE);
                    return;
                }
                if (ZSetType.length(o) > 0) {
                    ZSetCommands.genericZpop(c, new byte[][] {key}, max, true, count, nested, nested);
                    return;
                }
            }
            keys.add(key);
        }
        if (!Blocking.mayBlock(c)) {
            c.addReplyNullArray();
            return;
        }
        c.server.blocking().blockForKeys(c, BlockType.ZSET, keys, deadline[0],
                (client, db, key, value) -> ZSetCommands.genericZpop(client, new byte[][] {key}, max, true, count, nested,
                        nested));
    }
}
