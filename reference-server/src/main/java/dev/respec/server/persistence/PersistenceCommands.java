package dev.respec.server.persistence;

import dev.respec.server.command.Args;
import dev.respec.server.command.CommandTable;
import dev.respec.server.command.Errors;
import dev.respec.server.network.Client;
import dev.respec.server.protocol.SharedReplies;

/**
 * The RDB commands (rdb.c): SAVE, BGSAVE [SCHEDULE] and LASTSAVE, with Redis 7.0's replies, plus
 * DUMP and RESTORE ({@link DumpCommands}). The work itself is {@link RdbPersistence}'s.
 */
public final class PersistenceCommands {
    private PersistenceCommands() {
    }

    public static void register(CommandTable t) {
        t.bind("save", PersistenceCommands::save);
        t.bind("bgsave", PersistenceCommands::bgsave);
        t.bind("lastsave", c -> c.addReplyLongLong(c.server.rdb().lastSaveSec()));
        DumpCommands.register(t);
    }

    /** saveCommand: "+OK", "-ERR" (the shared bare error) on a failed save. */
    private static void save(Client c) {
        String error = c.server.rdb().saveCommand();
        if (error == null) {
            c.addReplyProto(SharedReplies.OK);
        } else if (error.isEmpty()) {
            c.addReplyError("-ERR");
        } else {
            c.addReplyError(error);
        }
    }

    /** bgsaveCommand. */
    private static void bgsave(Client c) {
        boolean schedule = false;
        if (c.argc() > 1) {
            if (c.argc() == 2 && Args.is(c.arg(1), "schedule")) {
                schedule = true;
            } else {
                c.addReplyError(Errors.SYNTAX);
                return;
            }
        }
        switch (c.server.rdb().bgsave(schedule)) {
            case STARTED -> c.addReplyStatus("Background saving started");
            case SCHEDULED -> c.addReplyStatus("Background saving scheduled");
            case IN_PROGRESS -> c.addReplyError("Background save already in progress");
            default -> c.addReplyError("-ERR");
        }
    }
}
