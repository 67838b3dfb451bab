package dev.respec.suite.driver;

import dev.respec.suite.resp.Reply;
import dev.respec.suite.resp.RespConnection;

import java.io.IOException;
import java.util.List;

/** The suite's own RESP client: exact types, exact bytes; protocol steps reach its connection directly. */
public final class RawDriver implements Driver {
    private final RespConnection connection;

    public RawDriver(String host, int port) throws IOException {
        this.connection = RespConnection.open(host, port);
    }

    public RespConnection connection() {
        return connection;
    }

    @Override
    public String name() {
        return "raw";
    }

    @Override
    public Reply call(List<byte[]> args) throws IOException {
        connection.send(args);
        return connection.read();
    }

    @Override
    public void close() {
        connection.close();
    }
}
