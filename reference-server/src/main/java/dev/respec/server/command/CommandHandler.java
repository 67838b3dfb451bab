package dev.respec.server.command;

import dev.respec.server.network.Client;

/**
 * A command's implementation (Redis's redisCommandProc). Runs on the event loop thread after the
 * generic checks of {@link CommandProcessor} passed; reads {@code c.argv} and replies through the
 * client's reply layer.
 */
@FunctionalInterface
public interface CommandHandler {
    void call(Client c);
}
