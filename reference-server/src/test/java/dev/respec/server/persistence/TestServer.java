package dev.respec.server.persistence;

import dev.respec.server.Server;
import dev.respec.server.config.Config;
import dev.respec.server.config.ConfigException;
import dev.respec.server.config.ServerConfig;
import dev.respec.server.network.Client;
import dev.respec.server.util.Bytes;
import dev.respec.server.util.SplitArgs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A reference server for persistence tests: its data dir is a test's temp dir, it listens on an
 * ephemeral loopback port but is never looped; commands run straight through the command processor
 * for an in-memory client and return their reply as protocol text.
 */
final class TestServer implements AutoCloseable {
    final Server server;
    private final Client client;

    TestServer(Path dir, String... config) throws IOException {
        ServerConfig c = new ServerConfig();
        c.port = 0;
        c.bind = List.of("127.0.0.1");
        try {
            c.registry.load(c.registry.lookup("dir"), List.of(dir.toString()), false);
            c.registry.load(c.registry.lookup("save"), List.of(""), false);
            for (int i = 0; i + 1 < config.length; i += 2) {
                c.registry.load(c.registry.lookup(config[i]), Config.splitValue(c.registry.lookup(config[i]), config[i + 1]),
                        false);
            }
        } catch (ConfigException e) {
            throw new IllegalArgumentException(e);
        }
        server = new Server(c);
        server.start();
        client = new Client(1, server, null, "127.0.0.1:1", "127.0.0.1:2", true);
    }

    /** Runs one command line (redis-cli quoting) and returns its reply as protocol text. */
    String run(String line) {
        return run(SplitArgs.split(line).toArray(new byte[0][]));
    }

    String run(byte[]... argv) {
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
