package dev.respec.server.commands;

import dev.respec.server.Server;
import dev.respec.server.config.ServerConfig;
import dev.respec.server.network.Client;
import dev.respec.server.util.Bytes;
import dev.respec.server.util.SplitArgs;
import java.io.IOException;
import java.util.List;

/**
 * A reference server started on an ephemeral loopback port but never looped: commands go straight
 * through the command processor for an in-memory client (no socket), and {@link #run} returns the
 * exact protocol bytes of the reply. For handler tests that need keyspace states no command can make yet.
 */
public final class CommandHarness implements AutoCloseable {
    public final Server server;
    private final Client client;

    public CommandHarness(ServerConfig config) throws IOException {
        config.port = 0;
        config.bind = List.of("127.0.0.1");
        server = new Server(config);
        server.start();
        client = new Client(1, server, null, "127.0.0.1:1", "127.0.0.1:2", true);
    }

    /** Runs one command line (redis-cli quoting) and returns its reply as protocol text. */
    public String run(String line) {
        return run(SplitArgs.split(line).toArray(new byte[0][]));
    }

    /** Runs one command given as its arguments and returns its reply as protocol text. */
    public String run(byte[]... argv) {
        client.argv = argv;
        server.processor().processCommand(client);
        int n = client.outputEnd() - client.outputStart();
        String reply = Bytes.str(client.outputBuffer(), client.outputStart(), n);
        client.consumed(n);
        return reply;
    }

    @Override
    public void close() {
        server.networking().closeListeners();
    }
}
