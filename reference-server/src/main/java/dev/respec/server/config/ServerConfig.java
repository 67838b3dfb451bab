package dev.respec.server.config;

import static dev.respec.server.config.ConfigParam.DENY_LOADING;
import static dev.respec.server.config.ConfigParam.HIDDEN;
import static dev.respec.server.config.ConfigParam.IMMUTABLE;
import static dev.respec.server.config.ConfigParam.MULTI_ARG;
import static dev.respec.server.config.ConfigParam.NO_EFFECT;
import static dev.respec.server.config.ConfigParam.PROTECTED;
import static dev.respec.server.config.ConfigParam.SENSITIVE;
import static dev.respec.server.config.ConfigTypes.INTEGER;
import static dev.respec.server.config.ConfigTypes.MEMORY;
import static dev.respec.server.config.ConfigTypes.OCTAL;
import static dev.respec.server.config.ConfigTypes.PERCENT;

import dev.respec.server.config.ConfigTypes.Kind;
import dev.respec.server.util.Log;
import java.io.IOException;
import java.util.List;

/**
 * The server's configuration: every parameter of Redis 7.0.15 (config.c's standardConfig table),
 * declared here with its real type, bounds, enum values, flags and alias, so that redis.conf,
 * command-line options, CONFIG GET/SET and CONFIG REWRITE behave exactly as in Redis. Parameters the
 * reference server acts on have an applier that mirrors the value into a plain field the hot paths
 * read; the others are flagged {@link ConfigParam#NO_EFFECT}: typed and validated like Redis, but
 * without effect here (a startup warning names them when a config file sets one).
 *
 * <p>To make a parameter take effect, remove its NO_EFFECT flag and give it an applier.
 */
public final class ServerConfig {
    public final Config registry = new Config();

    /** The absolute path of the config file the server was started with, or null. */
    public String configFile;

    // networking
    public int port = 6379;
    public List<String> bind = List.of("*", "-::*");
    public int tcpBacklog = 511;
    public int tcpKeepalive = 300;
    public long timeout;
    public long maxClients = 10000;
    public long protoMaxBulkLen = 512L * 1024 * 1024;
    public long clientQueryBufferLimit = 1024L * 1024 * 1024;

    // general
    /** server.hz: the frequency serverCron runs at. */
    public int hz = 10;
    /** server.config_hz: hz as configured, already clamped to [1, 500] like Redis does. */
    public int configHz = 10;
    public int databases = 16;
    public String dir = currentDirectory();
    public String enableDebugCommand = "no";
    public String enableProtectedConfigs = "no";
    public String requirepass = "";
    public String pidfile = "";
    public boolean activeRehashing = true;
    public int activeExpireEffort = 1;
    /** latency-tracking and its percentiles: INFO latencystats. */
    public boolean latencyTracking = true;
    public double[] latencyPercentiles = {50, 99, 99.9};
    /** shutdown-on-sigterm / shutdown-on-sigint as SHUTDOWN flag bits (see {@link #SHUTDOWN_SAVE}). */
    public int shutdownOnSigterm;
    public int shutdownOnSigint;

    // ---- RDB persistence (persistence/RdbPersistence reads these)
    /** save: the save points as (seconds, changes) pairs; empty when "save" is "". */
    public long[][] savePoints = {{3600, 1}, {300, 100}, {60, 10000}};
    /** client-output-buffer-limit per class (OBUF_NORMAL, OBUF_REPLICA, OBUF_PUBSUB): hard bytes, soft bytes, soft seconds. */
    public long[][] obufLimits = obufLimits(ConfigTypes.DEFAULT_OBUF_LIMITS);
    public static final int OBUF_NORMAL = 0;
    public static final int OBUF_REPLICA = 1;
    public static final int OBUF_PUBSUB = 2;
    public String dbfilename = "dump.rdb";
    public boolean rdbCompression = true;
    public boolean rdbChecksum = true;
    public boolean stopWritesOnBgsaveError = true;
    /** rdb-key-save-delay (hidden, for tests): microseconds a background save waits per key. */
    public int rdbKeySaveDelay;

    // memory
    public long maxmemory;
    public String maxmemoryPolicy = "noeviction";
    public int maxmemorySamples = 5;
    /** notify-keyspace-events as KeyspaceEvents flag bits (0: no keyspace notifications). */
    public int notifyKeyspaceEvents;
    public int lfuLogFactor = 10;
    public int lfuDecayTime = 1;

    // ---- list encoding (types/Quicklist reads these when a list is created)
    /** list-max-listpack-size: quicklist fill, -1..-5 = 4..64 KB per node, positive = elements per node. */
    public int listMaxListpackSize = -2;
    /** list-compress-depth: quicklist nodes kept uncompressed at each end, 0 = no compression. */
    public int listCompressDepth;

    // ---- hash and set encodings (types/HashType, types/SetType read these on every write)
    /** hll-sparse-max-bytes: a sparse HyperLogLog growing past this many bytes (header included) turns dense. */
    public long hllSparseMaxBytes = 3000;
    /** hash-max-listpack-entries: a listpack hash with more fields becomes a hashtable. */
    public long hashMaxListpackEntries = 512;
    /** hash-max-listpack-value: a listpack hash given a longer field or value becomes a hashtable. */
    public long hashMaxListpackValue = 64;
    /** set-max-intset-entries: an intset with more members becomes a hashtable. */
    public long setMaxIntsetEntries = 512;

    // ---- sorted-set encodings (types/ZSetType reads these on every write)
    /** zset-max-listpack-entries: a listpack sorted set with more members becomes a skiplist. */
    public long zsetMaxListpackEntries = 128;
    /** zset-max-listpack-value: a listpack sorted set given a longer member becomes a skiplist. */
    public long zsetMaxListpackValue = 64;

    public static final int SHUTDOWN_SAVE = 1;
    public static final int SHUTDOWN_NOSAVE = 2;
    public static final int SHUTDOWN_NOW = 4;
    public static final int SHUTDOWN_FORCE = 8;

    /** CONFIG_MIN_RESERVED_FDS: file descriptors kept for other uses than clients. */
    public static final int MIN_RESERVED_FDS = 32;
    private static final long REPL_BACKLOG_MIN_SIZE = 16 * 1024;

    /** CONFIG_MIN_HZ / CONFIG_MAX_HZ: hz is a hint, clamped into this range. */
    public static final int MIN_HZ = 1;
    public static final int MAX_HZ = 500;

    /** Hook for parameters whose change needs the running server (port, bind ...). */
    public interface Listener {
        void changed(String name) throws ConfigException;
    }

    private Listener listener = name -> { };
    private boolean running;

    public ServerConfig() {
        declare();
    }

    /** Called when the server runs: from now on changes go to the listener. */
    public void setListener(Listener l) {
        listener = l;
        running = true;
    }

    private void notify(String name) throws ConfigException {
        listener.changed(name);
    }

    /** The value of any parameter, canonical (as CONFIG GET shows it). */
    public String get(String name) {
        return registry.get(name);
    }

    private static final int MODIFIABLE = 0;
    private static final long INT_MIN = Integer.MIN_VALUE;
    private static final long INT_MAX = Integer.MAX_VALUE;
    private static final long UINT_MAX = 0xffffffffL;
    private static final long LONG_MAX = Long.MAX_VALUE;
    private static final long ULLONG_MAX = -1L;
    private static final String[] PROTECTED_ACTION = {"no", "yes", "local"};

    // ------------------------------------------------------------------ declaration helpers

    private void bool(String name, String alias, int flags, boolean def, ConfigParam.Applier a) {
        registry.register(name, alias, flags, ConfigTypes.bool(), def ? "yes" : "no", a);
    }

    private void str(String name, String alias, int flags, boolean emptyIsNull, String def, ConfigTypes.Check check,
                     ConfigParam.Applier a) {
        registry.register(name, alias, flags, check == null ? ConfigTypes.string(emptyIsNull)
                : ConfigTypes.string(emptyIsNull, check), def, a);
    }

    private void enumeration(String name, int flags, String def, String[] names, ConfigParam.Applier a) {
        registry.register(name, null, flags, ConfigTypes.enumeration(names), def, a);
    }

    private void num(Kind kind, String name, String alias, int flags, long min, long max, long def, int form,
                     ConfigParam.Applier a) {
        ConfigType type = ConfigTypes.numeric(kind, min, max, form);
        String canonical = (form & MEMORY) != 0 ? Long.toUnsignedString(def)
                : (form & OCTAL) != 0 ? Long.toOctalString(def) : Long.toString(def);
        registry.register(name, alias, flags, type, canonical, a);
    }

    private void integer(String name, String alias, int flags, long min, long max, long def, ConfigParam.Applier a) {
        num(Kind.INT, name, alias, flags, min, max, def, INTEGER, a);
    }

    /** The TLS parameters are accepted, but changing one at run time fails as Redis fails without certificates. */
    private ConfigParam.Applier tlsRefusal(String noEffectValue) {
        return v -> {
            if (running && !v.equals(noEffectValue)) {
                throw new ConfigException("Unable to update TLS configuration. Check server logs.");
            }
        };
    }

    private static ConfigTypes.Check refuseActiveDefrag() {
        return v -> {
            if (v.equals("yes")) {
                // like a Redis built without jemalloc's defragmentation hints (Debian's build)
                throw new ConfigException("Active defragmentation cannot be enabled: it requires a Redis server "
                        + "compiled with a modified Jemalloc like the one shipped by default with the Redis source "
                        + "distribution");
            }
        };
    }

    // ------------------------------------------------------------------ the table

    private void declare() {
        declareBools();
        declareStrings();
        declareEnums();
        declareNumbers();
        declareSpecials();
    }

    private void declareBools() {
        bool("rdbchecksum", null, IMMUTABLE, true, v -> rdbChecksum = v.equals("yes"));
        bool("daemonize", null, IMMUTABLE | NO_EFFECT, false, null);
        bool("io-threads-do-reads", null, IMMUTABLE | NO_EFFECT, false, null);
        bool("always-show-logo", null, IMMUTABLE | NO_EFFECT, false, null);
        bool("protected-mode", null, NO_EFFECT, true, null);
        bool("rdbcompression", null, MODIFIABLE, true, v -> rdbCompression = v.equals("yes"));
        bool("rdb-del-sync-files", null, NO_EFFECT, false, null);
        bool("activerehashing", null, MODIFIABLE, true, v -> activeRehashing = v.equals("yes"));
        bool("stop-writes-on-bgsave-error", null, MODIFIABLE, true, v -> stopWritesOnBgsaveError = v.equals("yes"));
        bool("set-proc-title", null, IMMUTABLE | NO_EFFECT, true, null);
        bool("dynamic-hz", null, NO_EFFECT, true, null);
        bool("lazyfree-lazy-eviction", null, NO_EFFECT, false, null);
        bool("lazyfree-lazy-expire", null, NO_EFFECT, false, null);
        bool("lazyfree-lazy-server-del", null, NO_EFFECT, false, null);
        bool("lazyfree-lazy-user-del", null, NO_EFFECT, false, null);
        bool("lazyfree-lazy-user-flush", null, NO_EFFECT, false, null);
        bool("repl-disable-tcp-nodelay", null, NO_EFFECT, false, null);
        bool("repl-diskless-sync", null, NO_EFFECT, true, null);
        bool("aof-rewrite-incremental-fsync", null, NO_EFFECT, true, null);
        bool("no-appendfsync-on-rewrite", null, NO_EFFECT, false, null);
        bool("cluster-require-full-coverage", null, NO_EFFECT, true, null);
        bool("rdb-save-incremental-fsync", null, NO_EFFECT, true, null);
        bool("aof-load-truncated", null, NO_EFFECT, true, null);
        bool("aof-use-rdb-preamble", null, NO_EFFECT, true, null);
        bool("aof-timestamp-enabled", null, NO_EFFECT, false, null);
        bool("cluster-replica-no-failover", "cluster-slave-no-failover", NO_EFFECT, false, null);
        bool("replica-lazy-flush", "slave-lazy-flush", NO_EFFECT, false, null);
        bool("replica-serve-stale-data", "slave-serve-stale-data", NO_EFFECT, true, null);
        bool("replica-read-only", "slave-read-only", NO_EFFECT, true, null);
        bool("replica-ignore-maxmemory", "slave-ignore-maxmemory", NO_EFFECT, true, null);
        bool("jemalloc-bg-thread", null, NO_EFFECT, true, null);
        registry.register("activedefrag", null, NO_EFFECT, ConfigTypes.bool(refuseActiveDefrag()), "no", null);
        bool("syslog-enabled", null, IMMUTABLE | NO_EFFECT, false, null);
        bool("cluster-enabled", null, IMMUTABLE | NO_EFFECT, false, null);
        bool("appendonly", null, DENY_LOADING | NO_EFFECT, false, null);
        bool("cluster-allow-reads-when-down", null, NO_EFFECT, false, null);
        bool("cluster-allow-pubsubshard-when-down", null, NO_EFFECT, true, null);
        bool("crash-log-enabled", null, NO_EFFECT, true, null);
        bool("crash-memcheck-enabled", null, NO_EFFECT, true, null);
        bool("use-exit-on-panic", null, HIDDEN | NO_EFFECT, false, null);
        bool("disable-thp", null, IMMUTABLE | NO_EFFECT, true, null);
        bool("cluster-allow-replica-migration", null, NO_EFFECT, true, null);
        bool("replica-announced", null, NO_EFFECT, true, null);
        bool("latency-tracking", null, MODIFIABLE, true, v -> latencyTracking = v.equals("yes"));
        bool("aof-disable-auto-gc", null, NO_EFFECT, false, null);
        bool("replica-ignore-disk-write-errors", null, NO_EFFECT, false, null);
        bool("tls-cluster", null, NO_EFFECT, false, tlsRefusal("no"));
        bool("tls-replication", null, NO_EFFECT, false, tlsRefusal("no"));
        bool("tls-prefer-server-ciphers", null, NO_EFFECT, false, null);
        bool("tls-session-caching", null, NO_EFFECT, true, null);
    }

    private void declareStrings() {
        final boolean nullable = true;
        final boolean allowEmpty = false;
        str("aclfile", null, IMMUTABLE | NO_EFFECT, allowEmpty, "", null, null);
        str("unixsocket", null, IMMUTABLE | NO_EFFECT, nullable, "", null, null);
        str("pidfile", null, IMMUTABLE, nullable, "", null, v -> pidfile = v);
        str("replica-announce-ip", "slave-announce-ip", NO_EFFECT, nullable, "", null, null);
        str("masteruser", null, SENSITIVE | NO_EFFECT, nullable, "", null, null);
        str("cluster-announce-ip", null, NO_EFFECT, nullable, "", null, null);
        str("cluster-config-file", null, IMMUTABLE | NO_EFFECT, allowEmpty, "nodes.conf", null, null);
        str("cluster-announce-hostname", null, NO_EFFECT, nullable, "", ServerConfig::checkHostname, null);
        str("syslog-ident", null, IMMUTABLE | NO_EFFECT, allowEmpty, "redis", null, null);
        str("dbfilename", null, PROTECTED, allowEmpty, "dump.rdb",
                ConfigTypes.baseName("dbfilename can't be a path, just a filename"), v -> dbfilename = v);
        str("appendfilename", null, IMMUTABLE | NO_EFFECT, allowEmpty, "appendonly.aof",
                ConfigTypes.nonEmptyBaseName("appendfilename", "filename"), null);
        str("appenddirname", null, IMMUTABLE | NO_EFFECT, allowEmpty, "appendonlydir",
                ConfigTypes.nonEmptyBaseName("appenddirname", "dirname"), null);
        str("server_cpulist", null, IMMUTABLE | NO_EFFECT, nullable, "", null, null);
        str("bio_cpulist", null, IMMUTABLE | NO_EFFECT, nullable, "", null, null);
        str("aof_rewrite_cpulist", null, IMMUTABLE | NO_EFFECT, nullable, "", null, null);
        str("bgsave_cpulist", null, IMMUTABLE | NO_EFFECT, nullable, "", null, null);
        str("ignore-warnings", null, NO_EFFECT, allowEmpty, "", null, null);
        str("proc-title-template", null, NO_EFFECT, allowEmpty, "{title} {listen-addr} {server-mode}",
                this::checkProcTitleTemplate, null);
        str("bind-source-addr", null, NO_EFFECT, nullable, "", null, null);
        // opened once the whole configuration is loaded (ConfigLoader), as Redis checks it then
        str("logfile", null, IMMUTABLE, allowEmpty, "", null, null);
        str("masterauth", null, SENSITIVE | NO_EFFECT, nullable, "", null, null);
        str("requirepass", null, SENSITIVE, nullable, "", null, v -> requirepass = v);
        for (String tls : List.of("tls-cert-file", "tls-key-file", "tls-key-file-pass", "tls-client-cert-file",
                "tls-client-key-file", "tls-client-key-file-pass", "tls-dh-params-file", "tls-ca-cert-file",
                "tls-ca-cert-dir", "tls-protocols", "tls-ciphers", "tls-ciphersuites")) {
            str(tls, null, NO_EFFECT, nullable, "", null, null);
        }
    }

    private void declareEnums() {
        enumeration("supervised", IMMUTABLE | NO_EFFECT, "no", new String[] {"upstart", "systemd", "auto", "no"}, null);
        enumeration("syslog-facility", IMMUTABLE | NO_EFFECT, "local0", new String[] {"user", "local0", "local1",
            "local2", "local3", "local4", "local5", "local6", "local7"}, null);
        enumeration("repl-diskless-load", DENY_LOADING | NO_EFFECT, "disabled",
                new String[] {"disabled", "on-empty-db", "swapdb"}, null);
        String[] levels = {"debug", "verbose", "notice", "warning"};
        enumeration("loglevel", MODIFIABLE, "notice", levels, v -> Log.setLevel(List.of(levels).indexOf(v)));
        enumeration("maxmemory-policy", MODIFIABLE, "noeviction", new String[] {"volatile-lru", "volatile-lfu",
            "volatile-random", "volatile-ttl", "allkeys-lru", "allkeys-lfu", "allkeys-random", "noeviction"},
                v -> maxmemoryPolicy = v);
        enumeration("appendfsync", NO_EFFECT, "everysec", new String[] {"everysec", "always", "no"}, null);
        registry.register("oom-score-adj", null, NO_EFFECT, ConfigTypes.enumeration(
                new String[] {"no", "yes", "relative", "absolute"}, new int[] {0, 1, 1, 2}, false, v -> { }), "no", null);
        registry.register("acl-pubsub-default", null, NO_EFFECT, ConfigTypes.enumeration(
                new String[] {"allchannels", "resetchannels"}, new int[] {1, 0}, false, v -> { }), "resetchannels", null);
        enumeration("sanitize-dump-payload", NO_EFFECT, "no", new String[] {"no", "yes", "clients"}, null);
        enumeration("enable-protected-configs", IMMUTABLE, "no", PROTECTED_ACTION, v -> enableProtectedConfigs = v);
        enumeration("enable-debug-command", IMMUTABLE, "no", PROTECTED_ACTION, v -> enableDebugCommand = v);
        enumeration("enable-module-command", IMMUTABLE | NO_EFFECT, "no", PROTECTED_ACTION, null);
        enumeration("cluster-preferred-endpoint-type", NO_EFFECT, "ip",
                new String[] {"ip", "hostname", "unknown-endpoint"}, null);
        enumeration("propagation-error-behavior", NO_EFFECT, "ignore",
                new String[] {"ignore", "panic", "panic-on-replicas"}, null);
        String[] shutdownFlags = {"default", "save", "nosave", "now", "force"};
        int[] shutdownBits = {0, SHUTDOWN_SAVE, SHUTDOWN_NOSAVE, SHUTDOWN_NOW, SHUTDOWN_FORCE};
        ConfigTypes.IntCheck saveOrNosave = v -> {
            if ((v & SHUTDOWN_SAVE) != 0 && (v & SHUTDOWN_NOSAVE) != 0) {
                throw new ConfigException("shutdown options SAVE and NOSAVE can't be used simultaneously");
            }
        };
        registry.register("shutdown-on-sigint", null, MULTI_ARG, ConfigTypes.enumeration(shutdownFlags, shutdownBits,
                true, saveOrNosave), "default", v -> shutdownOnSigint = shutdownFlags(v));
        registry.register("shutdown-on-sigterm", null, MULTI_ARG, ConfigTypes.enumeration(shutdownFlags, shutdownBits,
                true, saveOrNosave), "default", v -> shutdownOnSigterm = shutdownFlags(v));
        enumeration("tls-auth-clients", NO_EFFECT, "yes", new String[] {"no", "yes", "optional"}, null);
    }

    private static int shutdownFlags(String canonical) {
        int flags = 0;
        for (String f : canonical.split(" ")) {
            flags |= switch (f) {
                case "save" -> SHUTDOWN_SAVE;
                case "nosave" -> SHUTDOWN_NOSAVE;
                case "now" -> SHUTDOWN_NOW;
                case "force" -> SHUTDOWN_FORCE;
                default -> 0;
            };
        }
        return flags;
    }

    private void declareNumbers() {
        integer("databases", null, IMMUTABLE, 1, INT_MAX, 16, v -> databases = Integer.parseInt(v));
        integer("port", null, MODIFIABLE, 0, 65535, 6379, v -> {
            port = Integer.parseInt(v);
            notify("port");
        });
        integer("io-threads", null, IMMUTABLE | NO_EFFECT, 1, 128, 1, null);
        integer("auto-aof-rewrite-percentage", null, NO_EFFECT, 0, INT_MAX, 100, null);
        integer("cluster-replica-validity-factor", "cluster-slave-validity-factor", NO_EFFECT, 0, INT_MAX, 10, null);
        integer("list-max-listpack-size", "list-max-ziplist-size", MODIFIABLE, INT_MIN, INT_MAX, -2,
                v -> listMaxListpackSize = Integer.parseInt(v));
        integer("tcp-keepalive", null, MODIFIABLE, 0, INT_MAX, 300, v -> tcpKeepalive = Integer.parseInt(v));
        integer("cluster-migration-barrier", null, NO_EFFECT, 0, INT_MAX, 1, null);
        integer("active-defrag-cycle-min", null, NO_EFFECT, 1, 99, 1, null);
        integer("active-defrag-cycle-max", null, NO_EFFECT, 1, 99, 25, null);
        integer("active-defrag-threshold-lower", null, NO_EFFECT, 0, 1000, 10, null);
        integer("active-defrag-threshold-upper", null, NO_EFFECT, 0, 1000, 100, null);
        integer("lfu-log-factor", null, MODIFIABLE, 0, INT_MAX, 10, v -> lfuLogFactor = Integer.parseInt(v));
        integer("lfu-decay-time", null, MODIFIABLE, 0, INT_MAX, 1, v -> lfuDecayTime = Integer.parseInt(v));
        integer("replica-priority", "slave-priority", NO_EFFECT, 0, INT_MAX, 100, null);
        integer("repl-diskless-sync-delay", null, NO_EFFECT, 0, INT_MAX, 5, null);
        integer("maxmemory-samples", null, MODIFIABLE, 1, INT_MAX, 5, v -> maxmemorySamples = Integer.parseInt(v));
        integer("maxmemory-eviction-tenacity", null, NO_EFFECT, 0, 100, 10, null);
        integer("timeout", null, MODIFIABLE, 0, INT_MAX, 0, v -> timeout = Long.parseLong(v));
        integer("replica-announce-port", "slave-announce-port", NO_EFFECT, 0, 65535, 0, null);
        integer("tcp-backlog", null, IMMUTABLE, 0, INT_MAX, 511, v -> tcpBacklog = Integer.parseInt(v));
        integer("cluster-port", null, IMMUTABLE | NO_EFFECT, 0, 65535, 0, null);
        integer("cluster-announce-bus-port", null, NO_EFFECT, 0, 65535, 0, null);
        integer("cluster-announce-port", null, NO_EFFECT, 0, 65535, 0, null);
        integer("cluster-announce-tls-port", null, NO_EFFECT, 0, 65535, 0, null);
        integer("repl-timeout", null, NO_EFFECT, 1, INT_MAX, 60, null);
        integer("repl-ping-replica-period", "repl-ping-slave-period", NO_EFFECT, 1, INT_MAX, 10, null);
        integer("list-compress-depth", null, MODIFIABLE, 0, INT_MAX, 0, v -> listCompressDepth = Integer.parseInt(v));
        integer("rdb-key-save-delay", null, HIDDEN, INT_MIN, INT_MAX, 0, v -> rdbKeySaveDelay = Integer.parseInt(v));
        integer("key-load-delay", null, HIDDEN | NO_EFFECT, INT_MIN, INT_MAX, 0, null);
        integer("active-expire-effort", null, MODIFIABLE, 1, 10, 1, v -> activeExpireEffort = Integer.parseInt(v));
        ConfigType hzNumber = ConfigTypes.numeric(Kind.INT, 0, INT_MAX, INTEGER);
        ConfigType hzClamped = (args, current, continuing) -> Integer.toString(
                Math.max(MIN_HZ, Math.min(MAX_HZ, Integer.parseInt(hzNumber.parse(args, current, continuing)))));
        registry.register("hz", null, MODIFIABLE, hzClamped, "10", v -> hz = configHz = Integer.parseInt(v));
        integer("min-replicas-to-write", "min-slaves-to-write", NO_EFFECT, 0, INT_MAX, 0, null);
        integer("min-replicas-max-lag", "min-slaves-max-lag", NO_EFFECT, 0, INT_MAX, 10, null);
        integer("watchdog-period", null, HIDDEN | NO_EFFECT, 0, INT_MAX, 0, v -> {
            int minPeriod = (1000 / hz) * 2;
            if (running && Integer.parseInt(v) != 0 && Integer.parseInt(v) < minPeriod) {
                registry.lookup("watchdog-period").value = Integer.toString(minPeriod); // applyWatchdogPeriod
            }
        });
        integer("shutdown-timeout", null, NO_EFFECT, 0, INT_MAX, 10, null);
        integer("repl-diskless-sync-max-replicas", null, NO_EFFECT, 0, INT_MAX, 0, null);
        integer("tls-port", null, NO_EFFECT, 0, 65535, 0, tlsRefusal("0"));
        integer("tls-session-cache-size", null, NO_EFFECT, 0, INT_MAX, 20 * 1024, null);
        integer("tls-session-cache-timeout", null, NO_EFFECT, 0, INT_MAX, 300, null);

        num(Kind.UINT, "maxclients", null, MODIFIABLE, 1, UINT_MAX, 10000, INTEGER, v -> {
            maxClients = Long.parseLong(v);
            long limit = openFilesLimit();
            // maxclients + reserved is an unsigned int sum in Redis, so it may wrap around
            if (running && limit > 0 && ((maxClients + MIN_RESERVED_FDS) & UINT_MAX) > limit) {
                throw new ConfigException("The operating system is not able to handle the specified number of "
                        + "clients, try with " + (limit - MIN_RESERVED_FDS));
            }
        });
        num(Kind.UINT, "unixsocketperm", null, IMMUTABLE | NO_EFFECT, 0, 0777, 0, OCTAL, null);
        num(Kind.UINT, "socket-mark-id", null, IMMUTABLE | NO_EFFECT, 0, UINT_MAX, 0, INTEGER, null);

        num(Kind.ULONG, "active-defrag-max-scan-fields", null, NO_EFFECT, 1, LONG_MAX, 1000, INTEGER, null);
        num(Kind.ULONG, "slowlog-max-len", null, NO_EFFECT, 0, LONG_MAX, 128, INTEGER, null);
        num(Kind.ULONG, "acllog-max-len", null, NO_EFFECT, 0, LONG_MAX, 128, INTEGER, null);

        num(Kind.LONG_LONG, "busy-reply-threshold", "lua-time-limit", NO_EFFECT, 0, LONG_MAX, 5000, INTEGER, null);
        num(Kind.LONG_LONG, "cluster-node-timeout", null, NO_EFFECT, 0, LONG_MAX, 15000, INTEGER, null);
        num(Kind.LONG_LONG, "slowlog-log-slower-than", null, NO_EFFECT, -1, LONG_MAX, 10000, INTEGER, null);
        num(Kind.LONG_LONG, "latency-monitor-threshold", null, NO_EFFECT, 0, LONG_MAX, 0, INTEGER, null);
        num(Kind.LONG_LONG, "proto-max-bulk-len", null, MODIFIABLE, 1024 * 1024, LONG_MAX, 512L * 1024 * 1024, MEMORY,
                v -> protoMaxBulkLen = Long.parseLong(v));
        num(Kind.LONG_LONG, "stream-node-max-entries", null, NO_EFFECT, 0, LONG_MAX, 100, INTEGER, null);
        num(Kind.LONG_LONG, "repl-backlog-size", null, NO_EFFECT, 1, LONG_MAX, 1024 * 1024, MEMORY, v -> {
            if (running && Long.parseLong(v) < REPL_BACKLOG_MIN_SIZE) {
                // resizeReplicationBacklog raises a CONFIG SET value to the minimum (not a loaded one)
                registry.lookup("repl-backlog-size").value = Long.toString(REPL_BACKLOG_MIN_SIZE);
            }
        });

        num(Kind.ULONG_LONG, "maxmemory", null, MODIFIABLE, 0, ULLONG_MAX, 0, MEMORY, v -> {
            maxmemory = Long.parseUnsignedLong(v);
            notify("maxmemory");
        });
        num(Kind.ULONG_LONG, "cluster-link-sendbuf-limit", null, NO_EFFECT, 0, ULLONG_MAX, 0, MEMORY, null);

        num(Kind.SIZE_T, "hash-max-listpack-entries", "hash-max-ziplist-entries", MODIFIABLE, 0, LONG_MAX, 512, INTEGER,
                v -> hashMaxListpackEntries = Long.parseLong(v));
        num(Kind.SIZE_T, "set-max-intset-entries", null, MODIFIABLE, 0, LONG_MAX, 512, INTEGER,
                v -> setMaxIntsetEntries = Long.parseLong(v));
        num(Kind.SIZE_T, "zset-max-listpack-entries", "zset-max-ziplist-entries", MODIFIABLE, 0, LONG_MAX, 128, INTEGER,
                v -> zsetMaxListpackEntries = Long.parseLong(v));
        num(Kind.SIZE_T, "active-defrag-ignore-bytes", null, NO_EFFECT, 1, LONG_MAX, 100L << 20, MEMORY, null);
        num(Kind.SIZE_T, "hash-max-listpack-value", "hash-max-ziplist-value", MODIFIABLE, 0, LONG_MAX, 64, MEMORY,
                v -> hashMaxListpackValue = Long.parseLong(v));
        num(Kind.SIZE_T, "stream-node-max-bytes", null, NO_EFFECT, 0, LONG_MAX, 4096, MEMORY, null);
        num(Kind.SIZE_T, "zset-max-listpack-value", "zset-max-ziplist-value", MODIFIABLE, 0, LONG_MAX, 64, MEMORY,
                v -> zsetMaxListpackValue = Long.parseLong(v));
        num(Kind.SIZE_T, "hll-sparse-max-bytes", null, MODIFIABLE, 0, LONG_MAX, 3000, MEMORY,
                v -> hllSparseMaxBytes = Long.parseLong(v));
        num(Kind.SIZE_T, "tracking-table-max-keys", null, NO_EFFECT, 0, LONG_MAX, 1000000, INTEGER, null);
        num(Kind.SIZE_T, "client-query-buffer-limit", null, MODIFIABLE, 1024 * 1024, LONG_MAX, 1024L * 1024 * 1024,
                MEMORY, v -> clientQueryBufferLimit = Long.parseLong(v));
        num(Kind.SSIZE_T, "maxmemory-clients", null, NO_EFFECT, -100, LONG_MAX, 0, MEMORY | PERCENT, null);

        num(Kind.TIME_T, "repl-backlog-ttl", null, NO_EFFECT, 0, LONG_MAX, 60 * 60, INTEGER, null);
        num(Kind.OFF_T, "auto-aof-rewrite-min-size", null, NO_EFFECT, 0, LONG_MAX, 64L * 1024 * 1024, MEMORY, null);
        num(Kind.OFF_T, "loading-process-events-interval-bytes", null, HIDDEN | NO_EFFECT, 1024, INT_MAX,
                2 * 1024 * 1024, INTEGER, null);
    }

    /** "3600 1 300 100" -> {{3600, 1}, {300, 100}}; "" -> none. */
    /** The canonical "normal h s t slave h s t pubsub h s t" as numbers (bytes are unsigned in C; none is that large). */
    private static long[][] obufLimits(String canonical) {
        String[] v = canonical.split(" ");
        long[][] limits = new long[3][3];
        for (int cls = 0; cls < 3; cls++) {
            for (int i = 0; i < 3; i++) {
                long n = Long.parseUnsignedLong(v[cls * 4 + 1 + i]);
                limits[cls][i] = n < 0 ? Long.MAX_VALUE : n;
            }
        }
        return limits;
    }

    private static long[][] savePoints(String canonical) {
        if (canonical.isEmpty()) {
            return new long[0][];
        }
        String[] v = canonical.split(" ");
        long[][] points = new long[v.length / 2][];
        for (int i = 0; i + 1 < v.length; i += 2) {
            points[i / 2] = new long[] {Long.parseLong(v[i]), Long.parseLong(v[i + 1])};
        }
        return points;
    }

    private void declareSpecials() {
        registry.register("dir", null, PROTECTED | DENY_LOADING, ConfigTypes.dir(), dir, v -> dir = v);
        registry.register("save", null, MULTI_ARG, ConfigTypes.save(), "3600 1 300 100 60 10000",
                v -> savePoints = savePoints(v));
        registry.register("client-output-buffer-limit", null, MULTI_ARG,
                ConfigTypes.clientOutputBufferLimit(), ConfigTypes.DEFAULT_OBUF_LIMITS,
                v -> obufLimits = obufLimits(v));
        registry.register("oom-score-adj-values", null, MULTI_ARG | NO_EFFECT, ConfigTypes.oomScoreAdjValues(),
                "0 200 800", null);
        registry.register("notify-keyspace-events", null, 0, ConfigTypes.notifyKeyspaceEvents(), "",
                v -> notifyKeyspaceEvents = KeyspaceEvents.parse(v));
        registry.register("bind", null, MULTI_ARG, ConfigTypes.bind(), ConfigTypes.DEFAULT_BIND, v -> {
            bind = v.isEmpty() ? List.of() : List.of(v.split(" "));
            notify("bind");
        });
        registry.register("replicaof", "slaveof", IMMUTABLE | MULTI_ARG | NO_EFFECT, ConfigTypes.replicaOf(), "", null);
        registry.register("latency-tracking-info-percentiles", null, MULTI_ARG, ConfigTypes.latencyPercentiles(),
                "50 99 99.9", v -> latencyPercentiles = v.isEmpty() ? new double[0]
                        : java.util.Arrays.stream(v.split(" ")).mapToDouble(Double::parseDouble).toArray());
    }

    /**
     * adjustOpenFilesLimit at startup: the JVM already raised its open files limit as far as the
     * system allows, so when maxclients needs more, maxclients is reduced as Redis reduces it.
     */
    public void adjustOpenFilesLimit() {
        long limit = openFilesLimit();
        long wanted = maxClients + MIN_RESERVED_FDS;
        if (limit <= 0 || wanted <= limit) {
            return;
        }
        long requested = maxClients;
        maxClients = limit - MIN_RESERVED_FDS;
        registry.lookup("maxclients").value = Long.toString(maxClients);
        Log.warning("You requested maxclients of " + requested + " requiring at least " + wanted
                + " max file descriptors.");
        Log.warning("Server can't set maximum open files to " + wanted + " because of OS error: Operation not permitted.");
        Log.warning("Current maximum open files is " + limit + ". maxclients has been reduced to " + maxClients
                + " to compensate for low ulimit. If you need higher maxclients increase 'ulimit -n'.");
    }

    /** The process's soft limit of open files (/proc/self/limits), or -1 when unknown. */
    private static long openFilesLimit() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/limits"))) {
                if (line.startsWith("Max open files")) {
                    String soft = line.substring("Max open files".length()).trim().split("\\s+")[0];
                    return soft.equals("unlimited") ? -1 : Long.parseLong(soft);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static String currentDirectory() {
        try {
            return java.nio.file.Path.of("").toRealPath().toString();
        } catch (IOException e) {
            return System.getProperty("user.dir");
        }
    }

    // ------------------------------------------------------------------ validators

    /** isValidAnnouncedHostname. */
    private static void checkHostname(String v) throws ConfigException {
        if (v.length() >= 256) {
            throw new ConfigException("Hostnames must be less than 256 characters");
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.')) {
                throw new ConfigException("Hostnames may only contain alphanumeric characters, hyphens or dots");
            }
        }
    }

    /**
     * validateProcTitleTemplate: every {variable} must be known, braces balanced ("{{" is a literal
     * brace), and the expansion with an empty title must not be blank.
     */
    private void checkProcTitleTemplate(String template) throws ConfigException {
        StringBuilder out = new StringBuilder();
        int p = 0;
        boolean ok = true;
        while (p < template.length()) {
            int sv = template.indexOf('{', p);
            if (sv < 0) {
                out.append(template, p, template.length());
                break;
            }
            out.append(template, p, sv);
            sv++;
            if (sv >= template.length()) {
                ok = false;
                break;
            }
            if (template.charAt(sv) == '{') {
                out.append('{');
                p = sv + 1;
                continue;
            }
            int ev = template.indexOf('}', sv);
            if (ev < 0) {
                ok = false;
                break;
            }
            String value = switch (template.substring(sv, ev)) {
                case "title" -> "";
                case "listen-addr" -> "*:" + port;
                case "server-mode" -> "";
                case "config-file" -> configFile == null ? "" : configFile;
                case "port" -> Integer.toString(port);
                case "tls-port" -> get("tls-port");
                case "unixsocket" -> get("unixsocket");
                default -> null;
            };
            if (value == null) {
                ok = false;
                break;
            }
            out.append(value);
            p = ev + 1;
        }
        if (!ok || out.toString().replace(" ", "").isEmpty()) {
            throw new ConfigException("template format is invalid or contains unknown variables");
        }
    }
}
