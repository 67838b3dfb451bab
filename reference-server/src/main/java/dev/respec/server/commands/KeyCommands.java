package dev.respec.server.commands;

import dev.respec.server.command.CommandTable;

/** Placeholder group, filled by its owner. */
final class KeyCommands {
    private KeyCommands() {
    }

    static void register(CommandTable t) {
    }
}
