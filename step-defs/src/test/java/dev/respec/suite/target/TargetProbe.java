package dev.respec.suite.target;

import dev.respec.suite.resp.Reply;
import dev.respec.suite.resp.RespConnection;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Asks a running server what it can do, with harmless commands only: its version from {@code INFO server},
 * whether DEBUG is allowed ({@code DEBUG HELP}), whether CONFIG SET is allowed (sets
 * {@code maxmemory-policy} to the value it already has), and whether {@code HELLO 3} answers with a RESP3 map.
 */
public final class TargetProbe {
    private TargetProbe() {}

    public record Probe(String version, Set<Capability> capabilities) {}

    public static Probe probe(String host, int port) {
        Set<Capability> caps = EnumSet.noneOf(Capability.class);
        String version;
        try (RespConnection c = RespConnection.open(host, port)) {
            version = version(c).orElse("unknown");
            if (!c.call("DEBUG", "HELP").isError()) caps.add(Capability.DEBUG);
            Reply policy = c.call("CONFIG", "GET", "maxmemory-policy");
            Optional<String> value = secondElement(policy);
            if (value.isPresent() && !c.call("CONFIG", "SET", "maxmemory-policy", value.get()).isError()) {
                caps.add(Capability.CONFIG);
            }
        } catch (IOException e) {
            throw new TargetException("cannot reach " + host + ":" + port + ": " + e.getMessage(), e);
        }
        if (supportsResp3(host, port)) caps.add(Capability.RESP3);
        return new Probe(version, caps);
    }

    /** {@code redis_version} from INFO server, if the server answers it. */
    public static Optional<String> version(RespConnection c) throws IOException {
        Reply info = c.call("INFO", "server");
        if (!(info instanceof Reply.BulkString b)) return Optional.empty();
        for (String line : b.text().split("\r?\n")) {
            if (line.startsWith("redis_version:")) return Optional.of(line.substring("redis_version:".length()).strip());
        }
        return Optional.empty();
    }

    public static String version(String host, int port, String fallback) {
        try (RespConnection c = RespConnection.open(host, port)) {
            return version(c).orElse(fallback);
        } catch (IOException e) {
            return fallback;
        }
    }

    private static boolean supportsResp3(String host, int port) {
        try (RespConnection c = RespConnection.open(host, port)) {
            return c.call("HELLO", "3") instanceof Reply.MapReply;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Optional<String> secondElement(Reply r) {
        var children = r.children();
        if (children.size() == 2 && children.get(1) instanceof Reply.BulkString b) return Optional.of(b.text());
        return Optional.empty();
    }
}
