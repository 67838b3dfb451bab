package dev.respec.server.config;

import static dev.respec.server.config.Config.aliases;

import dev.respec.server.util.Bytes;
import dev.respec.server.util.Json;
import dev.respec.server.util.Log;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The server's configuration: every parameter Redis 7.0 knows, with the ones the reference server
 * implements declared here with Redis's types, bounds, flags and error texts, and mirrored into
 * plain fields that the hot paths read. Every other Redis 7.0 parameter (from
 * config-defaults.json) is accepted with its Redis default so that a real redis.conf loads; those are
 * flagged {@link ConfigParam#NO_EFFECT} and a startup warning names them when a file sets one.
 */
public final class ServerConfig {
    public final Config registry = new Config();

    // networking
    public int port = 6379;
    public List<String> bind = List.of("*", "-::*");
    public int tcpBacklog = 511;
    public int tcpKeepalive = 300;
    public long timeout;
    public int maxClients = 10000;
    public long protoMaxBulkLen = 512L * 1024 * 1024;
    public long clientQueryBufferLimit = 1024L * 1024 * 1024;

    // general
    public int hz = 10;
    public int databases = 16;
    public String dir = System.getProperty("user.dir");
    public String enableDebugCommand = "no";
    public String requirepass = "";
    public boolean activeRehashing = true;
    public int activeExpireEffort = 1;

    // memory
    public long maxmemory;
    public String maxmemoryPolicy = "noeviction";
    public int maxmemorySamples = 5;
    public int lfuLogFactor = 10;
    public int lfuDecayTime = 1;

    // ---- sorted-set encodings (types/ZSetType reads these on every write)
    /** zset-max-listpack-entries: a listpack sorted set with more members becomes a skiplist. */
    public long zsetMaxListpackEntries = 128;
    /** zset-max-listpack-value: a listpack sorted set given a longer member becomes a skiplist. */
    public long zsetMaxListpackValue = 64;

    /** Hook for parameters whose change needs the running server (port, bind, dir ...). */
    public interface Listener {
        void changed(String name) throws ConfigException;
    }

    private Listener listener = name -> { };

    public ServerConfig() {
        declare();
        addRemainingRedisParams();
    }

    public void setListener(Listener l) {
        listener = l;
    }

    private void notify(String name) throws ConfigException {
        listener.changed(name);
    }

    private static final int MODIFIABLE = 0;
    private static final long INT_MAX = Integer.MAX_VALUE;
    private static final long LONG_MAX = Long.MAX_VALUE;

    private void declare() {
        Config r = registry;
        r.integer("port", aliases(), MODIFIABLE, 6379, 0, 65535, v -> {
            port = Integer.parseInt(v);
            notify("port");
        });
        r.custom("bind", aliases(), MODIFIABLE, "* -::*", -1, args -> {
            List<String> parts = new ArrayList<>();
            for (String a : args) {
                parts.addAll(Arrays.asList(a.trim().split("\\s+")));
            }
            parts.removeIf(String::isEmpty);
            if (parts.size() > 16) {
                throw new ConfigException("Too many bind addresses specified.");
            }
            return String.join(" ", parts);
        }, v -> {
            bind = v.isEmpty() ? List.of("*", "-::*") : List.of(v.split(" "));
            notify("bind");
        }, null);
        r.integer("tcp-backlog", aliases(), ConfigParam.IMMUTABLE, 511, 0, INT_MAX, v -> tcpBacklog = Integer.parseInt(v));
        r.integer("tcp-keepalive", aliases(), MODIFIABLE, 300, 0, INT_MAX, v -> tcpKeepalive = Integer.parseInt(v));
        r.integer("timeout", aliases(), MODIFIABLE, 0, 0, INT_MAX, v -> timeout = Long.parseLong(v));
        r.integer("maxclients", aliases(), MODIFIABLE, 10000, 1, INT_MAX, v -> maxClients = Integer.parseInt(v));
        r.memory("proto-max-bulk-len", aliases(), MODIFIABLE, 512L * 1024 * 1024, 1024 * 1024, LONG_MAX,
                v -> protoMaxBulkLen = Long.parseLong(v));
        r.memory("client-query-buffer-limit", aliases(), MODIFIABLE, 1024L * 1024 * 1024, 1024 * 1024, LONG_MAX,
                v -> clientQueryBufferLimit = Long.parseLong(v));

        r.custom("hz", aliases(), MODIFIABLE, "10", 1, args -> {
            byte[] t = Bytes.latin1(args.get(0));
            if (!Bytes.isLong(t)) {
                throw new ConfigException("argument couldn't be parsed into an integer");
            }
            long v = Bytes.parseLong(t);
            if (v < 0 || v > INT_MAX) {
                throw new ConfigException("argument must be between 0 and " + INT_MAX + " inclusive");
            }
            return Long.toString(Math.max(1, Math.min(500, v))); // CONFIG_MIN_HZ / CONFIG_MAX_HZ
        }, v -> hz = Integer.parseInt(v), null);
        r.integer("databases", aliases(), ConfigParam.IMMUTABLE, 16, 1, INT_MAX, v -> databases = Integer.parseInt(v));
        r.custom("dir", aliases(), ConfigParam.PROTECTED | ConfigParam.DENY_LOADING, "", 1, args -> args.get(0),
                v -> {
                    dir = v;
                    notify("dir");
                }, () -> dir);
        r.enumeration("enable-debug-command", aliases(), ConfigParam.IMMUTABLE, "no", List.of("no", "yes", "local"),
                v -> enableDebugCommand = v);
        r.string("requirepass", aliases(), ConfigParam.SENSITIVE, "", v -> requirepass = v);
        r.bool("activerehashing", aliases(), MODIFIABLE, true, v -> activeRehashing = v.equals("yes"));
        r.integer("active-expire-effort", aliases(), MODIFIABLE, 1, 1, 10, v -> activeExpireEffort = Integer.parseInt(v));
        r.enumeration("loglevel", aliases(), MODIFIABLE, "notice", List.of("debug", "verbose", "notice", "warning"),
                v -> Log.setLevel(List.of("debug", "verbose", "notice", "warning").indexOf(v)));
        r.string("logfile", aliases(), ConfigParam.IMMUTABLE, "", v -> {
            try {
                Log.setFile(v);
            } catch (IOException e) {
                throw new ConfigException("Can't open the log file: " + e.getMessage());
            }
        });
        r.bool("daemonize", aliases(), ConfigParam.IMMUTABLE, false, null);

        r.memory("maxmemory", aliases(), MODIFIABLE, 0, 0, LONG_MAX, v -> {
            maxmemory = Long.parseLong(v);
            notify("maxmemory");
        });
        r.enumeration("maxmemory-policy", aliases(), MODIFIABLE, "noeviction",
                List.of("volatile-lru", "volatile-lfu", "volatile-random", "volatile-ttl", "allkeys-lru",
                        "allkeys-lfu", "allkeys-random", "noeviction"), v -> maxmemoryPolicy = v);
        r.integer("maxmemory-samples", aliases(), MODIFIABLE, 5, 1, INT_MAX, v -> maxmemorySamples = Integer.parseInt(v));
        r.integer("lfu-log-factor", aliases(), MODIFIABLE, 10, 0, INT_MAX, v -> lfuLogFactor = Integer.parseInt(v));
        r.integer("lfu-decay-time", aliases(), MODIFIABLE, 1, 0, INT_MAX, v -> lfuDecayTime = Integer.parseInt(v));

        declareZsetEncodings(r);
    }

    /** Redis 7.0's thresholds for the sorted-set encodings, with their pre-7.0 ziplist aliases. */
    private void declareZsetEncodings(Config r) {
        r.integer("zset-max-listpack-entries", aliases("zset-max-ziplist-entries"), MODIFIABLE, 128, 0, LONG_MAX,
                v -> zsetMaxListpackEntries = Long.parseLong(v));
        r.memory("zset-max-listpack-value", aliases("zset-max-ziplist-value"), MODIFIABLE, 64, 0, LONG_MAX,
                v -> zsetMaxListpackValue = Long.parseLong(v));
    }

    /** Every other Redis 7.0 parameter: accepted with its Redis default, no effect here. */
    @SuppressWarnings("unchecked")
    private void addRemainingRedisParams() {
        Map<String, Object> root;
        try (InputStream in = ServerConfig.class.getResourceAsStream("/config-defaults.json")) {
            root = (Map<String, Object>) Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> defaults = (Map<String, Object>) root.get("defaults");
        for (Map.Entry<String, Object> d : defaults.entrySet()) {
            if (registry.lookup(d.getKey()) == null) {
                registry.custom(d.getKey(), aliases(), ConfigParam.NO_EFFECT, (String) d.getValue(), -1,
                        args -> String.join(" ", args), null, null);
            }
        }
    }
}
