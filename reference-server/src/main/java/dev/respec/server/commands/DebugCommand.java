package dev.respec.server.commands;

import dev.respec.server.command.CommandTable;
import dev.respec.server.command.Errors;
import dev.respec.server.network.Client;
import dev.respec.server.util.Bytes;

/** DEBUG (debug.c): each family of subcommands lives in its own class; this routes to them. */
final class DebugCommand {
    private DebugCommand() {
    }

    static void register(CommandTable t) {
        t.bind("debug", DebugCommand::debug);
    }

    private static void debug(Client c) {
        if (!KeyspaceDebug.dispatch(c)) {
            c.addReplyError(Errors.subcommandSyntax(Bytes.str(c.arg(1)), "debug"));
        }
    }
}
