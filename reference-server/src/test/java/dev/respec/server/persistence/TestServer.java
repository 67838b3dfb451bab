package dev.respec.server.persistence;

import dev.respec.server.Server;
import dev.respec.server.commands.CommandHarness;
import dev.respec.server.config.Config;
import dev.respec.server.config.ConfigException;
import dev.respec.server.config.ServerConfig;
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
    private final CommandHarness harness;

    TestServer(Path dir, String... config) throws IOException {
        ServerConfig c = new ServerConfig();
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
        harness = new CommandHarness(c);
        server = harness.server;
    }

    /** Runs one command line (redis-cli quoting) and returns its reply as protocol text. */
    String run(String line) {
        return harness.run(line);
    }

    String run(byte[]... argv) {
        return harness.run(argv);
    }

    @Override
    public void close() {
        harness.close();
    }
}
