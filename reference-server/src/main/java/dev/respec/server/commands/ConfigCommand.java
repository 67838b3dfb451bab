package dev.respec.server.commands;

import dev.respec.server.command.CommandTable;

/** Placeholder group, filled by its owner. */
final class ConfigCommand {
    private ConfigCommand() {
    }

    static void register(CommandTable t) {
    }
}
