package dev.respec.suite.driver;

import dev.respec.suite.resp.Reply;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.ProtocolKeyword;
import io.lettuce.core.protocol.ProtocolVersion;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Commands through Lettuce's {@code dispatch} with a {@link LettuceReplyOutput}, in RESP2 (no HELLO), so the
 * server sees the same traffic as from the raw driver. One set of Netty resources serves every Lettuce
 * connection of the JVM. Known limit: MULTI/EXEC through this driver engages Lettuce's own transaction
 * handling; transaction scenarios belong to the raw driver.
 */
public final class LettuceDriver implements Driver {

    private record RawKeyword(byte[] bytes) implements ProtocolKeyword {
        @Override
        public byte[] getBytes() {
            return bytes;
        }

        @Override
        public String toString() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static ClientResources resources;

    private final RedisClient client;
    private final StatefulRedisConnection<byte[], byte[]> connection;

    public LettuceDriver(String host, int port) {
        RedisURI uri = RedisURI.builder().withHost(host).withPort(port).withTimeout(Duration.ofSeconds(10)).build();
        this.client = RedisClient.create(sharedResources(), uri);
        client.setOptions(ClientOptions.builder().protocolVersion(ProtocolVersion.RESP2).autoReconnect(false).build());
        this.connection = client.connect(ByteArrayCodec.INSTANCE);
    }

    private static synchronized ClientResources sharedResources() {
        if (resources == null) {
            resources = DefaultClientResources.create();
            ClientResources r = resources;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> r.shutdown(0, 2, TimeUnit.SECONDS),
                    "respec-lettuce-stop"));
        }
        return resources;
    }

    @Override
    public String name() {
        return "lettuce";
    }

    @Override
    public Reply call(List<byte[]> args) throws IOException {
        if (args.isEmpty()) throw new IllegalArgumentException("empty command");
        CommandArgs<byte[], byte[]> rest = new CommandArgs<>(ByteArrayCodec.INSTANCE);
        args.subList(1, args.size()).forEach(rest::add);
        try {
            return connection.sync().dispatch(new RawKeyword(args.get(0)), new LettuceReplyOutput(), rest);
        } catch (RedisException e) {
            throw new IOException("lettuce: " + e.getMessage(), e);
        }
    }

    @Override
    public Reply observable(Reply r) {
        return observe(r);
    }

    static Reply observe(Reply r) {
        return Observability.map(r, s -> {
            if (s instanceof Reply.SimpleString ss) return Reply.bulk(ss.text());
            if (s instanceof Reply.VerbatimString v) return new Reply.BulkString(v.bytes());
            if (s instanceof Reply.Null) return new Reply.NullBulk();
            if (s instanceof Reply.DoubleReply d) return Observability.normalizedDouble(d);
            return s;
        }, false);
    }

    @Override
    public String limits() {
        return "lettuce reports simple strings as bulk strings, RESP3 null as the null bulk string,"
                + " verbatim strings as bulk strings and pushes as arrays";
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown(0, 2, TimeUnit.SECONDS);
    }
}
