package dev.respec.server.commands;

import dev.respec.server.command.CommandTable;

/** Placeholder group, filled by its owner. */
final class InfoCommand {
    private InfoCommand() {
    }

    static void register(CommandTable t) {
    }
}
