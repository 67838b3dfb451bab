package dev.respec.server.commands;

import dev.respec.server.command.CommandTable;

/** Placeholder group, filled by its owner. */
final class DebugCommand {
    private DebugCommand() {
    }

    static void register(CommandTable t) {
    }
}
