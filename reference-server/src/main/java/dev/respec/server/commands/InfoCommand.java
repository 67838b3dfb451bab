package dev.respec.server.commands;

import dev.respec.server.Main;
import dev.respec.server.Server;
import dev.respec.server.Stats;
import dev.respec.server.command.CommandSpec;
import dev.respec.server.command.CommandTable;
import dev.respec.server.config.ConfigTypes;
import dev.respec.server.config.ServerConfig;
import dev.respec.server.keyspace.Database;
import dev.respec.server.network.Client;
import dev.respec.server.util.Bytes;
import dev.respec.server.util.LatencyHistogram;
import dev.respec.server.util.NumberFormat;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * INFO [section ...] (server.c genRedisInfoString): Redis 7.0's sections, field names and field
 * order, as one bulk string (verbatim text in RESP3) of "# Section" headers and "field:value"
 * lines, CRLF-terminated, sections separated by an empty line.
 *
 * <p>Sections: server, clients, memory, persistence, stats, replication, cpu, modules,
 * commandstats, errorstats, latencystats, cluster, keyspace. No argument or "default" selects the
 * default ones, "all" and "everything" add commandstats and latencystats; several sections may be
 * named. Fields that only a C server has get honest values from the JVM (mem_allocator:java-heap,
 * used_memory = heap in use); features the reference server does not have report as idle.
 */
final class InfoCommand {
    private InfoCommand() {
    }

    private static final List<String> DEFAULT_SECTIONS = List.of("server", "clients", "memory", "persistence",
            "stats", "replication", "cpu", "module_list", "errorstats", "cluster", "keyspace");

    static void register(CommandTable t) {
        t.bind("info", InfoCommand::info);
    }

    private static void info(Client c) {
        Set<String> sections = new HashSet<>();
        boolean all = false;
        if (c.argc() == 1) {
            sections.addAll(DEFAULT_SECTIONS);
        }
        for (int i = 1; i < c.argc(); i++) {
            String s = Bytes.lower(c.arg(i));
            switch (s) {
                case "all", "everything" -> all = true;
                case "default" -> sections.addAll(DEFAULT_SECTIONS);
                default -> sections.add(s);
            }
        }
        c.addReplyVerbatim(generate(c.server, sections, all), "txt");
    }

    /** genRedisInfoString. */
    static String generate(Server server, Set<String> sections, boolean all) {
        Info info = new Info();
        if (all || sections.contains("server")) {
            serverSection(info.section("Server"), server);
        }
        if (all || sections.contains("clients")) {
            clientsSection(info.section("Clients"), server);
        }
        if (all || sections.contains("memory")) {
            memorySection(info.section("Memory"), server);
        }
        if (all || sections.contains("persistence")) {
            persistenceSection(info.section("Persistence"), server);
        }
        if (all || sections.contains("stats")) {
            statsSection(info.section("Stats"), server);
        }
        if (all || sections.contains("replication")) {
            replicationSection(info.section("Replication"), server);
        }
        if (all || sections.contains("cpu")) {
            cpuSection(info.section("CPU"), server);
        }
        if (all || sections.contains("module_list") || sections.contains("modules")) {
            info.section("Modules");
        }
        if (all || sections.contains("commandstats")) {
            Info s = info.section("Commandstats");
            for (CommandSpec cmd : server.commands().allSpecs()) {
                commandStats(s, cmd);
            }
        }
        if (all || sections.contains("errorstats")) {
            Info s = info.section("Errorstats");
            for (Map.Entry<String, Long> e : server.stats().errorCounts.entrySet()) {
                s.field("errorstat_" + e.getKey(), "count=" + e.getValue());
            }
        }
        if (all || sections.contains("latencystats")) {
            Info s = info.section("Latencystats");
            if (server.config().latencyTracking) {
                for (CommandSpec cmd : server.commands().allSpecs()) {
                    latencyStats(s, server.config(), cmd);
                }
            }
        }
        if (all || sections.contains("cluster")) {
            info.section("Cluster").field("cluster_enabled", 0);
        }
        if (all || sections.contains("keyspace")) {
            Info s = info.section("Keyspace");
            for (int i = 0; i < server.dbCount(); i++) {
                Database db = server.db(i);
                if (db.size() > 0) {
                    s.field("db" + i, "keys=" + db.size() + ",expires=" + db.expiresSize() + ",avg_ttl=" + db.avgTtl);
                }
            }
        }
        return info.text();
    }

    /** The text being built: sections are separated by an empty line, lines end with CRLF. */
    private static final class Info {
        private final StringBuilder out = new StringBuilder();
        private int sections;

        Info section(String title) {
            if (sections++ > 0) {
                out.append("\r\n");
            }
            out.append("# ").append(title).append("\r\n");
            return this;
        }

        Info field(String name, Object value) {
            out.append(name).append(':').append(value).append("\r\n");
            return this;
        }

        String text() {
            return out.toString();
        }
    }

    // ------------------------------------------------------------------ sections

    private static void serverSection(Info s, Server server) {
        ServerConfig config = server.config();
        long nowMs = System.currentTimeMillis();
        long uptime = (nowMs - server.startTimeMs) / 1000;
        s.field("redis_version", Main.REDIS_COMPAT_VERSION)
                .field("redis_git_sha1", "00000000")
                .field("redis_git_dirty", 0)
                .field("redis_build_id", buildId())
                .field("redis_mode", "standalone")
                .field("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + arch())
                .field("arch_bits", 64)
                .field("monotonic_clock", "java System.nanoTime")
                .field("multiplexing_api", multiplexingApi())
                .field("atomicvar_api", "java.util.concurrent")
                .field("gcc_version", "0.0.0")
                .field("process_id", ProcessHandle.current().pid())
                .field("process_supervised", "no")
                .field("run_id", server.runId)
                .field("tcp_port", server.port())
                .field("server_time_usec", nowMs * 1000)
                .field("uptime_in_seconds", uptime)
                .field("uptime_in_days", uptime / (3600 * 24))
                .field("hz", config.hz)
                .field("configured_hz", config.configHz)
                .field("lru_clock", server.evictionPolicy().lruClock())
                .field("executable", ProcessHandle.current().info().command().orElse(""))
                .field("config_file", config.configFile == null ? "" : config.configFile)
                .field("io_threads_active", 0)
                .field("respec_version", Server.VERSION);
    }

    private static void clientsSection(Info s, Server server) {
        long maxInput = 0;
        long maxOutput = 0;
        long blocked = 0;
        for (Client c : server.networking().clients().values()) {
            maxInput = Math.max(maxInput, c.qbuf.pending());
            maxOutput = Math.max(maxOutput, c.pendingReplyBytes());
            if (c.blocked) {
                blocked++;
            }
        }
        s.field("connected_clients", server.networking().clients().size())
                .field("cluster_connections", 0)
                .field("maxclients", server.config().maxClients)
                .field("client_recent_max_input_buffer", maxInput)
                .field("client_recent_max_output_buffer", maxOutput)
                .field("blocked_clients", blocked)
                .field("tracking_clients", 0)
                .field("clients_in_timeout_table", 0);
    }

    private static void memorySection(Info s, Server server) {
        long used = server.usedMemory();
        long peak = server.usedMemoryPeak();
        long startup = Math.min(server.usedMemoryStartup(), used);
        long clients = server.memory().clientsMemory();
        long overhead = Math.min(used, startup + clients);
        long dataset = used - overhead;
        long net = used - startup;
        long rss = residentSetSize(used);
        long committed = Runtime.getRuntime().totalMemory();
        long totalSystem = totalSystemMemory();
        long maxmemory = server.config().maxmemory;
        s.field("used_memory", used)
                .field("used_memory_human", bytesToHuman(used))
                .field("used_memory_rss", rss)
                .field("used_memory_rss_human", bytesToHuman(rss))
                .field("used_memory_peak", peak)
                .field("used_memory_peak_human", bytesToHuman(peak))
                .field("used_memory_peak_perc", percent(used, peak))
                .field("used_memory_overhead", overhead)
                .field("used_memory_startup", startup)
                .field("used_memory_dataset", dataset)
                .field("used_memory_dataset_perc", percent(dataset, net))
                .field("allocator_allocated", used)
                .field("allocator_active", committed)
                .field("allocator_resident", rss)
                .field("total_system_memory", totalSystem)
                .field("total_system_memory_human", bytesToHuman(totalSystem))
                .field("used_memory_lua", 0)
                .field("used_memory_vm_eval", 0)
                .field("used_memory_lua_human", bytesToHuman(0))
                .field("used_memory_scripts_eval", 0)
                .field("number_of_cached_scripts", 0)
                .field("number_of_functions", 0)
                .field("number_of_libraries", 0)
                .field("used_memory_vm_functions", 0)
                .field("used_memory_vm_total", 0)
                .field("used_memory_vm_total_human", bytesToHuman(0))
                .field("used_memory_functions", 0)
                .field("used_memory_scripts", 0)
                .field("used_memory_scripts_human", bytesToHuman(0))
                .field("maxmemory", Long.toUnsignedString(maxmemory))
                .field("maxmemory_human", bytesToHuman(maxmemory))
                .field("maxmemory_policy", server.config().maxmemoryPolicy)
                .field("allocator_frag_ratio", ratio(committed, used))
                .field("allocator_frag_bytes", committed - used)
                .field("allocator_rss_ratio", ratio(rss, committed))
                .field("allocator_rss_bytes", rss - committed)
                .field("rss_overhead_ratio", ratio(rss, rss))
                .field("rss_overhead_bytes", 0)
                .field("mem_fragmentation_ratio", ratio(rss, used))
                .field("mem_fragmentation_bytes", rss - used)
                .field("mem_not_counted_for_evict", 0)
                .field("mem_replication_backlog", 0)
                .field("mem_total_replication_buffers", 0)
                .field("mem_clients_slaves", 0)
                .field("mem_clients_normal", clients)
                .field("mem_cluster_links", 0)
                .field("mem_aof_buffer", 0)
                .field("mem_allocator", "java-heap")
                .field("active_defrag_running", 0)
                .field("lazyfree_pending_objects", 0)
                .field("lazyfreed_objects", 0);
    }

    /** The RDB fields come from the persistence engine, in Redis's order; AOF is off. */
    private static void persistenceSection(Info s, Server server) {
        for (String[] f : server.rdb().infoFields()) {
            s.field(f[0], f[1]);
        }
        s.field("aof_enabled", 0)
                .field("aof_rewrite_in_progress", 0)
                .field("aof_rewrite_scheduled", 0)
                .field("aof_last_rewrite_time_sec", -1)
                .field("aof_current_rewrite_time_sec", -1)
                .field("aof_last_bgrewrite_status", "ok")
                .field("aof_rewrites", 0)
                .field("aof_rewrites_consecutive_failures", 0)
                .field("aof_last_write_status", "ok")
                .field("aof_last_cow_size", 0)
                .field("module_fork_in_progress", 0)
                .field("module_fork_last_cow_size", 0);
    }

    private static void statsSection(Info s, Server server) {
        Stats st = server.stats();
        s.field("total_connections_received", st.totalConnectionsReceived)
                .field("total_commands_processed", st.totalCommandsProcessed)
                .field("instantaneous_ops_per_sec", st.instantaneousOps())
                .field("total_net_input_bytes", st.netInputBytes)
                .field("total_net_output_bytes", st.netOutputBytes)
                .field("total_net_repl_input_bytes", 0)
                .field("total_net_repl_output_bytes", 0)
                .field("instantaneous_input_kbps", NumberFormat.fixed(st.instantaneousInputKbps(), 2))
                .field("instantaneous_output_kbps", NumberFormat.fixed(st.instantaneousOutputKbps(), 2))
                .field("instantaneous_input_repl_kbps", "0.00")
                .field("instantaneous_output_repl_kbps", "0.00")
                .field("rejected_connections", st.rejectedConnections)
                .field("sync_full", 0)
                .field("sync_partial_ok", 0)
                .field("sync_partial_err", 0)
                .field("expired_keys", st.expiredKeys)
                .field("expired_stale_perc", NumberFormat.fixed(st.expiredStalePerc * 100, 2))
                .field("expired_time_cap_reached_count", st.expiredTimeCapReachedCount)
                .field("expire_cycle_cpu_milliseconds", st.expireCycleTimeUsedUs / 1000)
                .field("evicted_keys", st.evictedKeys)
                .field("evicted_clients", 0)
                .field("total_eviction_exceeded_time", 0)
                .field("current_eviction_exceeded_time", 0)
                .field("keyspace_hits", st.keyspaceHits)
                .field("keyspace_misses", st.keyspaceMisses)
                .field("pubsub_channels", server.pubsub().channelCount())
                .field("pubsub_patterns", server.pubsub().patternCount())
                .field("pubsubshard_channels", server.pubsub().shardChannelCount())
                .field("latest_fork_usec", 0)
                .field("total_forks", 0)
                .field("migrate_cached_sockets", 0)
                .field("slave_expires_tracked_keys", 0)
                .field("active_defrag_hits", 0)
                .field("active_defrag_misses", 0)
                .field("active_defrag_key_hits", 0)
                .field("active_defrag_key_misses", 0)
                .field("total_active_defrag_time", 0)
                .field("current_active_defrag_time", 0)
                .field("tracking_total_keys", 0)
                .field("tracking_total_items", 0)
                .field("tracking_total_prefixes", 0)
                .field("unexpected_error_replies", st.unexpectedErrorReplies)
                .field("total_error_replies", st.totalErrorReplies)
                .field("dump_payload_sanitizations", 0)
                .field("total_reads_processed", st.totalReadsProcessed)
                .field("total_writes_processed", st.totalWritesProcessed)
                .field("io_threaded_reads_processed", 0)
                .field("io_threaded_writes_processed", 0)
                .field("reply_buffer_shrinks", 0)
                .field("reply_buffer_expands", 0);
    }

    private static void replicationSection(Info s, Server server) {
        s.field("role", "master")
                .field("connected_slaves", 0)
                .field("master_failover_state", "no-failover")
                .field("master_replid", server.replId)
                .field("master_replid2", "0000000000000000000000000000000000000000")
                .field("master_repl_offset", 0)
                .field("second_repl_offset", -1)
                .field("repl_backlog_active", 0)
                .field("repl_backlog_size", server.config().get("repl-backlog-size"))
                .field("repl_backlog_first_byte_offset", 0)
                .field("repl_backlog_histlen", 0);
    }

    private static void cpuSection(Info s, Server server) {
        long[] process = processCpuMicros();
        long mainUser = 0;
        long mainSys = 0;
        Thread loop = server.loopThread();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (loop != null && threads.isThreadCpuTimeSupported()) {
            long cpu = threads.getThreadCpuTime(loop.getId());
            long user = threads.getThreadUserTime(loop.getId());
            if (cpu >= 0 && user >= 0) {
                mainUser = user / 1000;
                mainSys = Math.max(0, cpu - user) / 1000;
            }
        }
        s.field("used_cpu_sys", seconds(process[1]))
                .field("used_cpu_user", seconds(process[0]))
                .field("used_cpu_sys_children", seconds(0))
                .field("used_cpu_user_children", seconds(0))
                .field("used_cpu_sys_main_thread", seconds(mainSys))
                .field("used_cpu_user_main_thread", seconds(mainUser));
    }

    /** cmdstat_<name>: a command with any count, then its subcommands ("config|get"). */
    private static void commandStats(Info s, CommandSpec cmd) {
        if (cmd.calls != 0 || cmd.failedCalls != 0 || cmd.rejectedCalls != 0) {
            double perCall = cmd.calls == 0 ? 0 : (double) cmd.microseconds / cmd.calls;
            s.field("cmdstat_" + cmd.fullName, "calls=" + cmd.calls + ",usec=" + cmd.microseconds
                    + ",usec_per_call=" + NumberFormat.fixed(perCall, 2) + ",rejected_calls=" + cmd.rejectedCalls
                    + ",failed_calls=" + cmd.failedCalls);
        }
        for (CommandSpec sub : cmd.allSubcommands()) {
            commandStats(s, sub);
        }
    }

    /** latency_percentiles_usec_<name>:p50=...,p99=...,p99.9=... for commands with recorded calls. */
    private static void latencyStats(Info s, ServerConfig config, CommandSpec cmd) {
        LatencyHistogram h = cmd.latencyHistogram;
        if (h != null) {
            StringBuilder v = new StringBuilder();
            for (double p : config.latencyPercentiles) {
                if (v.length() > 0) {
                    v.append(',');
                }
                v.append('p').append(ConfigTypes.trimmedFixed(p)).append('=')
                        .append(NumberFormat.fixed(h.valueAtPercentile(p) / 1000.0, 3));
            }
            s.field("latency_percentiles_usec_" + cmd.fullName, v);
        }
        for (CommandSpec sub : cmd.allSubcommands()) {
            latencyStats(s, config, sub);
        }
    }

    // ------------------------------------------------------------------ formatting and system figures

    /** bytesToHuman: B below 1K, else two decimals with K, M, G, T, P. */
    static String bytesToHuman(long n) {
        if (n < 0) {
            return n + "B";
        }
        String[] units = {"K", "M", "G", "T", "P"};
        if (n < 1024) {
            return n + "B";
        }
        double d = n;
        for (String unit : units) {
            d /= 1024;
            if (d < 1024 || unit.equals("P")) {
                return NumberFormat.fixed(d, 2) + unit;
            }
        }
        return n + "B";
    }

    private static String percent(long part, long whole) {
        return NumberFormat.fixed(whole <= 0 ? 0 : (double) part * 100 / whole, 2) + "%";
    }

    private static String ratio(long a, long b) {
        return NumberFormat.fixed(b <= 0 ? 0 : (double) a / b, 2);
    }

    /** "%ld.%06ld" of a duration in microseconds. */
    private static String seconds(long micros) {
        return micros / 1_000_000 + "." + String.format(Locale.ROOT, "%06d", micros % 1_000_000);
    }

    private static String arch() {
        String a = System.getProperty("os.arch");
        return a.equals("amd64") ? "x86_64" : a.equals("arm64") ? "aarch64" : a;
    }

    private static String multiplexingApi() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return os.contains("linux") ? "epoll" : os.contains("mac") ? "kqueue" : "java.nio";
    }

    /** A stable id of this build: the Redis version and ours, hashed, as hex. */
    private static String buildId() {
        return Long.toHexString(((long) (Main.REDIS_COMPAT_VERSION + "/" + Server.VERSION).hashCode() << 16) & 0xffffffffffffL);
    }

    /** Resident set size from /proc/self/statm, or the committed heap where /proc is missing. */
    private static long residentSetSize(long fallback) {
        try {
            String[] statm = Files.readString(Path.of("/proc/self/statm")).trim().split("\\s+");
            return Long.parseLong(statm[1]) * 4096;
        } catch (IOException | RuntimeException e) {
            return Math.max(fallback, Runtime.getRuntime().totalMemory());
        }
    }

    private static long totalSystemMemory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /** User and system CPU time of the process in microseconds (/proc/self/stat, in clock ticks). */
    private static long[] processCpuMicros() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticksPerSecond = 100;
            return new long[] {Long.parseLong(f[11]) * 1_000_000 / ticksPerSecond,
                Long.parseLong(f[12]) * 1_000_000 / ticksPerSecond};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
