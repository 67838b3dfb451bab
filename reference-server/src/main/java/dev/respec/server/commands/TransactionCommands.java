package dev.respec.server.commands;

import dev.respec.server.command.CommandTable;
import dev.respec.server.multi.Transactions;
import dev.respec.server.protocol.SharedReplies;

/**
 * The transactions group: MULTI, EXEC, DISCARD, WATCH, UNWATCH (the mechanics live in
 * multi/Transactions; the command processor queues commands while a client is in MULTI).
 */
final class TransactionCommands {
    private TransactionCommands() {
    }

    static void register(CommandTable t) {
        t.bind("multi", c -> {
            if (Transactions.inMulti(c)) {
                c.addReplyError("MULTI calls can not be nested");
                return;
            }
            c.server.transactions().multi(c);
            c.addReplyProto(SharedReplies.OK);
        });
        t.bind("exec", c -> c.server.transactions().exec(c));
        t.bind("discard", c -> {
            if (!Transactions.inMulti(c)) {
                c.addReplyError("DISCARD without MULTI");
                return;
            }
            c.server.transactions().discard(c);
            c.addReplyProto(SharedReplies.OK);
        });
        t.bind("watch", c -> {
            if (Transactions.inMulti(c)) {
                c.addReplyError("WATCH inside MULTI is not allowed");
                return;
            }
            for (int j = 1; j < c.argc(); j++) {
                c.server.transactions().watch(c, c.db, c.arg(j));
            }
            c.addReplyProto(SharedReplies.OK);
        });
        t.bind("unwatch", c -> {
            c.server.transactions().unwatchAll(c);
            c.addReplyProto(SharedReplies.OK);
        });
    }
}
