package dev.respec.server.keyspace;

import dev.respec.server.Server;
import dev.respec.server.config.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** A started server that listens nowhere: its databases, cron pieces and accounting, in-process. */
final class TestServers {
    private TestServers() {
    }

    static Server start() {
        ServerConfig config = new ServerConfig();
        config.bind = List.of();
        try {
            Server s = new Server(config);
            s.start();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void stop(Server s) {
        try {
            s.loop().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
