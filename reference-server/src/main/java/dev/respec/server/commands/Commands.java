package dev.respec.server.commands;

import dev.respec.server.command.CommandTable;

/**
 * Binds every command group's handlers into the command table. A new group adds one line here;
 * a command gets into the server by being bound (see docs/adding-a-command.md).
 */
public final class Commands {
    private Commands() {
    }

    public static void registerAll(CommandTable t) {
        ConnectionCommands.register(t);
        StringCommands.register(t);
        BitmapCommands.register(t);
        ListCommands.register(t);
        KeyCommands.register(t);
        ExpireCommands.register(t);
        ObjectCommand.register(t);
        ServerCommands.register(t);
        ConfigCommand.register(t);
        InfoCommand.register(t);
        DebugCommand.register(t);
        MemoryCommand.register(t);
        CommandCommand.register(t);
        TransactionCommands.register(t);
        HashCommands.register(t);
        SetCommands.register(t);
        ZSetCommands.register(t);
        SortCommand.register(t);
        PubSubCommands.register(t);
        dev.respec.server.persistence.PersistenceCommands.register(t);
        HyperLogLogCommands.register(t);
    }
}
