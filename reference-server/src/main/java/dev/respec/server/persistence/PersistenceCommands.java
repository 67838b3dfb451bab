package dev.respec.server.persistence;

import dev.respec.server.command.Args;
import dev.respec.server.command.CommandTable;
import dev.respec.server.command.Errors;
import dev.respec.server.commands.DebugCommand;
import dev.respec.server.network.Client;
import dev.respec.server.protocol.SharedReplies;

/**
 * The RDB commands (rdb.c): SAVE and BGSAVE [SCHEDULE] with Redis 7.0's replies, DEBUG RELOAD and
 * DEBUG SET-SKIP-CHECKSUM-VALIDATION, plus DUMP and RESTORE ({@link DumpCommands}). The work itself
 * is {@link RdbPersistence}'s. (LASTSAVE lives with the server commands.)
 */
public final class PersistenceCommands {
    private PersistenceCommands() {
    }

    public static void register(CommandTable t) {
        t.bind("save", PersistenceCommands::save);
        t.bind("bgsave", PersistenceCommands::bgsave);
        DumpCommands.register(t);
    }

    /** DEBUG RELOAD and DEBUG SET-SKIP-CHECKSUM-VALIDATION, on the DEBUG registry. */
    public static void addDebugSubcommands(DebugCommand.Registry r) {
        r.add("reload", argc -> argc >= 2, new String[] {
            "RELOAD [option ...]",
            "    Save the RDB on disk and reload it back to memory. Valid <option> values:",
            "    * MERGE: conflicting keys will be loaded from RDB.",
            "    * NOFLUSH: the existing database will not be removed before load, but",
            "      conflicting keys will generate an exception and kill the server.",
            "    * NOSAVE: the database will be loaded from an existing RDB file.",
            "    Examples:",
            "    * DEBUG RELOAD: verify that the server is able to persist, flush and reload",
            "      the database.",
            "    * DEBUG RELOAD NOSAVE: replace the current database with the contents of an",
            "      existing RDB file.",
            "    * DEBUG RELOAD NOSAVE NOFLUSH MERGE: add the contents of an existing RDB",
            "      file to the database.",
        }, PersistenceCommands::debugReload);
        r.add("set-skip-checksum-validation", argc -> argc == 3, new String[] {
            "SET-SKIP-CHECKSUM-VALIDATION <0|1>",
            "    Enables or disables checksum checks for RDB files and RESTORE's payload.",
        }, c -> {
            c.server.rdb().setSkipChecksumValidation(DebugCommand.atoi(c.arg(2)) != 0);
            c.addReplyProto(SharedReplies.OK);
        });
    }

    private static void debugReload(Client c) {
        boolean merge = false;
        boolean flush = true;
        boolean save = true;
        for (int j = 2; j < c.argc(); j++) {
            if (Args.is(c.arg(j), "merge")) {
                merge = true;
            } else if (Args.is(c.arg(j), "noflush")) {
                flush = false;
            } else if (Args.is(c.arg(j), "nosave")) {
                save = false;
            } else {
                c.addReplyError("DEBUG RELOAD only supports the MERGE, NOFLUSH and NOSAVE options.");
                return;
            }
        }
        String error = c.server.rdb().debugReload(merge, flush, save);
        if (error == null) {
            c.addReplyProto(SharedReplies.OK);
        } else {
            c.addReplyError(error);
        }
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
            default -> c.addReplyError("Background save already in progress");
        }
    }
}
