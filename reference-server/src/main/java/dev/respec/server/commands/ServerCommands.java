package dev.respec.server.commands;

import dev.respec.server.command.Args;
import dev.respec.server.command.CommandTable;
import dev.respec.server.command.Errors;
import dev.respec.server.config.ServerConfig;
import dev.respec.server.network.Client;
import java.time.Instant;

/**
 * Server commands: TIME, LASTSAVE and SHUTDOWN. (INFO, CONFIG, DEBUG and COMMAND have their own
 * files; DBSIZE lives with the keyspace commands.)
 */
final class ServerCommands {
    private ServerCommands() {
    }

    static void register(CommandTable t) {
        t.bind("time", ServerCommands::time);
        t.bind("lastsave", c -> c.addReplyLongLong(c.server.lastSaveTimeSec));
        t.bind("shutdown", ServerCommands::shutdown);
    }

    /** TIME: unix time in seconds and the microseconds of the current second, as two bulk strings. */
    private static void time(Client c) {
        Instant now = Instant.now();
        c.addReplyArrayLen(2);
        c.addReplyBulkLongLong(now.getEpochSecond());
        c.addReplyBulkLongLong(now.getNano() / 1000);
    }

    /**
     * SHUTDOWN [NOSAVE|SAVE] [NOW] [FORCE] [ABORT]. On success nothing is replied: the server exits.
     * There are never replicas to wait for, so a shutdown is never left in progress and ABORT has
     * nothing to abort.
     */
    private static void shutdown(Client c) {
        int flags = 0;
        boolean abort = false;
        for (int i = 1; i < c.argc(); i++) {
            byte[] a = c.arg(i);
            if (Args.is(a, "nosave")) {
                flags |= ServerConfig.SHUTDOWN_NOSAVE;
            } else if (Args.is(a, "save")) {
                flags |= ServerConfig.SHUTDOWN_SAVE;
            } else if (Args.is(a, "now")) {
                flags |= ServerConfig.SHUTDOWN_NOW;
            } else if (Args.is(a, "force")) {
                flags |= ServerConfig.SHUTDOWN_FORCE;
            } else if (Args.is(a, "abort")) {
                abort = true;
            } else {
                c.addReplyError(Errors.SYNTAX);
                return;
            }
        }
        if ((abort && flags != 0)
                || ((flags & ServerConfig.SHUTDOWN_NOSAVE) != 0 && (flags & ServerConfig.SHUTDOWN_SAVE) != 0)) {
            c.addReplyError(Errors.SYNTAX);
            return;
        }
        if (abort) {
            c.addReplyError("No shutdown in progress.");
            return;
        }
        if (!c.server.prepareForShutdown(flags)) {
            c.addReplyError("Errors trying to SHUTDOWN. Check logs.");
        }
    }
}
