package dev.respec.suite.driver;

import dev.respec.suite.resp.Reply;
import redis.clients.jedis.ClientSetInfoConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.commands.ProtocolCommand;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.util.KeyValue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Commands through Jedis's {@code sendCommand} with the command name as a raw {@link ProtocolCommand}, in
 * RESP2 and without CLIENT SETINFO, so the server sees the same traffic as from the raw driver.
 *
 * <p>What Jedis reports: {@code Long} → integer, {@code byte[]} → bulk string, {@code List} → array,
 * {@code null} → null bulk, {@code JedisDataException} → error (also inside EXEC's array). So through Jedis
 * a status reply is indistinguishable from a bulk string ({@code OK} reads as {@code "OK"}), and the null
 * array is indistinguishable from the null bulk string; expectations are compared accordingly.
 */
public final class JedisDriver implements Driver {

    private record RawCommand(byte[] raw) implements ProtocolCommand {
        @Override
        public byte[] getRaw() {
            return raw;
        }
    }

    private final Jedis jedis;

    public JedisDriver(String host, int port) {
        this.jedis = new Jedis(host, port, DefaultJedisClientConfig.builder()
                .protocol(RedisProtocol.RESP2)
                .clientSetInfoConfig(ClientSetInfoConfig.DISABLED)
                .socketTimeoutMillis(10_000)
                .connectionTimeoutMillis(5_000)
                .build());
    }

    @Override
    public String name() {
        return "jedis";
    }

    @Override
    public Reply call(List<byte[]> args) throws IOException {
        if (args.isEmpty()) throw new IllegalArgumentException("empty command");
        byte[][] rest = args.subList(1, args.size()).toArray(byte[][]::new);
        try {
            return convert(jedis.sendCommand(new RawCommand(args.get(0)), rest));
        } catch (JedisDataException e) {
            return new Reply.ErrorReply(e.getMessage());
        } catch (JedisConnectionException e) {
            throw new IOException("jedis: " + e.getMessage(), e);
        }
    }

    static Reply convert(Object o) {
        if (o == null) return new Reply.NullBulk();
        if (o instanceof byte[] b) return new Reply.BulkString(b);
        if (o instanceof Long l) return new Reply.IntegerReply(l);
        if (o instanceof Double d) return new Reply.DoubleReply(Observability.doubleText(d));
        if (o instanceof Boolean b) return new Reply.BooleanReply(b);
        if (o instanceof BigInteger n) return new Reply.BigNumber(n.toString());
        if (o instanceof JedisDataException e) return new Reply.ErrorReply(e.getMessage());
        if (o instanceof String s) return new Reply.BulkString(s.getBytes(StandardCharsets.UTF_8));
        if (o instanceof List<?> l) {
            if (!l.isEmpty() && l.stream().allMatch(e -> e instanceof KeyValue<?, ?>)) {
                List<Reply.Entry> entries = new ArrayList<>();
                for (Object e : l) {
                    Map.Entry<?, ?> kv = (Map.Entry<?, ?>) e;
                    entries.add(new Reply.Entry(convert(kv.getKey()), convert(kv.getValue())));
                }
                return new Reply.MapReply(entries);
            }
            return new Reply.ArrayReply(l.stream().map(JedisDriver::convert).toList());
        }
        throw new IllegalStateException("jedis returned an unexpected " + o.getClass().getName() + ": " + o);
    }

    @Override
    public Reply observable(Reply r) {
        return observe(r);
    }

    static Reply observe(Reply r) {
        return Observability.map(r, s -> {
            if (s instanceof Reply.SimpleString ss) return Reply.bulk(ss.text());
            if (s instanceof Reply.VerbatimString v) return new Reply.BulkString(v.bytes());
            if (s instanceof Reply.NullArray || s instanceof Reply.Null) return new Reply.NullBulk();
            if (s instanceof Reply.DoubleReply d) return Observability.normalizedDouble(d);
            return s;
        }, true);
    }

    @Override
    public String limits() {
        return "jedis reports simple strings as bulk strings, and the null array as the null bulk string";
    }

    @Override
    public void close() {
        jedis.close();
    }
}
