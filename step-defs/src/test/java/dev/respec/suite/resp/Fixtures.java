package dev.respec.suite.resp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Replies captured from Redis 7.0.15 as raw bytes ({@code NAME.resp}) together with what redis-cli 7.0.15
 * printed for the same command ({@code NAME.txt}, {@code --no-raw}); see src/test/resources/redis-cli-fixtures.
 */
final class Fixtures {
    private Fixtures() {}

    /** Fixtures whose redis-cli rendering is also ours (no types where the two notations differ). */
    static final List<String> SAME_AS_REDIS_CLI = List.of(
            "lrange-11", "xrange", "xinfo-stream-resp3", "command-docs-get-resp3", "eval-nested", "get-binary",
            "config-get-resp3", "hgetall-resp3", "debug-protocol-set-resp3", "debug-protocol-map-resp3");

    static Reply reply(String name) {
        byte[] wire = bytes(name + ".resp");
        RespParser.Parsed p = RespParser.parse(wire, 0, wire.length);
        if (p == null || p.consumed() != wire.length) throw new IllegalStateException(name + ".resp is not one whole reply");
        return p.reply();
    }

    static String redisCli(String name) {
        String s = new String(bytes(name + ".txt"), StandardCharsets.UTF_8);
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private static byte[] bytes(String file) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/redis-cli-fixtures/" + file)) {
            if (in == null) throw new IllegalStateException("missing fixture " + file);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
