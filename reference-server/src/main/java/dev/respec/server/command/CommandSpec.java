package dev.respec.server.command;

import dev.respec.server.util.LatencyHistogram;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One command (or subcommand) of the declarative command table: the data Redis keeps in
 * src/commands/*.json. Dispatch reads arity and flags; COMMAND INFO/DOCS render {@link #spec} and
 * {@link #docs}; ACL categories come from here too. {@link #handler} is null for a command that the
 * reference server does not implement, and such a command is not registered.
 */
public final class CommandSpec {
    public static final long WRITE = 1L;
    public static final long READONLY = 1L << 1;
    public static final long DENYOOM = 1L << 2;
    public static final long MODULE = 1L << 3;
    public static final long ADMIN = 1L << 4;
    public static final long PUBSUB = 1L << 5;
    public static final long NOSCRIPT = 1L << 6;
    public static final long BLOCKING = 1L << 8;
    public static final long LOADING = 1L << 9;
    public static final long STALE = 1L << 10;
    public static final long SKIP_MONITOR = 1L << 11;
    public static final long SKIP_SLOWLOG = 1L << 12;
    public static final long ASKING = 1L << 13;
    public static final long FAST = 1L << 14;
    public static final long NO_AUTH = 1L << 15;
    public static final long MAY_REPLICATE = 1L << 16;
    public static final long SENTINEL = 1L << 17;
    public static final long ONLY_SENTINEL = 1L << 18;
    public static final long NO_MANDATORY_KEYS = 1L << 19;
    public static final long PROTECTED = 1L << 20;
    public static final long NO_ASYNC_LOADING = 1L << 23;
    public static final long NO_MULTI = 1L << 24;
    public static final long MOVABLE_KEYS = 1L << 25;
    public static final long ALLOW_BUSY = 1L << 26;

    private static final Map<String, Long> FLAG_NAMES = new LinkedHashMap<>();

    static {
        FLAG_NAMES.put("write", WRITE);
        FLAG_NAMES.put("readonly", READONLY);
        FLAG_NAMES.put("denyoom", DENYOOM);
        FLAG_NAMES.put("module", MODULE);
        FLAG_NAMES.put("admin", ADMIN);
        FLAG_NAMES.put("pubsub", PUBSUB);
        FLAG_NAMES.put("noscript", NOSCRIPT);
        FLAG_NAMES.put("blocking", BLOCKING);
        FLAG_NAMES.put("loading", LOADING);
        FLAG_NAMES.put("stale", STALE);
        FLAG_NAMES.put("skip_monitor", SKIP_MONITOR);
        FLAG_NAMES.put("skip_slowlog", SKIP_SLOWLOG);
        FLAG_NAMES.put("asking", ASKING);
        FLAG_NAMES.put("fast", FAST);
        FLAG_NAMES.put("no_auth", NO_AUTH);
        FLAG_NAMES.put("may_replicate", MAY_REPLICATE);
        FLAG_NAMES.put("sentinel", SENTINEL);
        FLAG_NAMES.put("only_sentinel", ONLY_SENTINEL);
        FLAG_NAMES.put("no_mandatory_keys", NO_MANDATORY_KEYS);
        FLAG_NAMES.put("protected", PROTECTED);
        FLAG_NAMES.put("no_async_loading", NO_ASYNC_LOADING);
        FLAG_NAMES.put("no_multi", NO_MULTI);
        FLAG_NAMES.put("movablekeys", MOVABLE_KEYS);
        FLAG_NAMES.put("allow_busy", ALLOW_BUSY);
    }

    /** Lowercase full name: "get", or "client|setname" for a subcommand. */
    public final String fullName;
    /** Lowercase own name: "get", or "setname" for a subcommand. */
    public final String name;
    public final int arity;
    public final long flags;
    public final int firstKey;
    public final int lastKey;
    public final int keyStep;
    public final List<String> aclCategories;
    public final CommandSpec parent;
    /** The command's spec as captured from Redis (COMMAND INFO fields, key specs, tips). */
    public final Map<String, Object> spec;
    /** The COMMAND DOCS fields. */
    public final Map<String, Object> docs;
    final Map<String, CommandSpec> subcommands = new LinkedHashMap<>();

    CommandHandler handler;

    // commandstats
    public long calls;
    public long microseconds;
    public long rejectedCalls;
    public long failedCalls;
    /** INFO latencystats: created by the first call recorded while latency-tracking is on. */
    public LatencyHistogram latencyHistogram;

    /** resetCommandTableStats for this command and its subcommands. */
    public void resetStats() {
        calls = 0;
        microseconds = 0;
        rejectedCalls = 0;
        failedCalls = 0;
        latencyHistogram = null;
        for (CommandSpec s : subcommands.values()) {
            s.resetStats();
        }
    }

    /** Every subcommand Redis has, implemented or not, in spec order. */
    public java.util.Collection<CommandSpec> allSubcommands() {
        return subcommands.values();
    }

    @SuppressWarnings("unchecked")
    CommandSpec(Map<String, Object> spec, CommandSpec parent) {
        this.spec = spec;
        this.parent = parent;
        this.fullName = (String) spec.get("name");
        this.name = parent == null ? fullName : fullName.substring(fullName.indexOf('|') + 1);
        this.arity = ((Long) spec.get("arity")).intValue();
        long f = 0;
        for (Object flag : (List<Object>) spec.get("flags")) {
            Long bit = FLAG_NAMES.get((String) flag);
            if (bit != null) {
                f |= bit;
            }
        }
        this.flags = f;
        this.firstKey = ((Long) spec.get("first_key")).intValue();
        this.lastKey = ((Long) spec.get("last_key")).intValue();
        this.keyStep = ((Long) spec.get("step")).intValue();
        this.aclCategories = Collections.unmodifiableList((List<String>) (List<?>) spec.get("acl_categories"));
        Object d = spec.get("docs");
        this.docs = d == null ? Map.of() : (Map<String, Object>) d;
    }

    public boolean has(long flag) {
        return (flags & flag) != 0;
    }

    public CommandHandler handler() {
        return handler;
    }

    public boolean isContainer() {
        return !subcommands.isEmpty();
    }

    /** True when this command, or for a container any of its subcommands, has an implementation. */
    public boolean isImplemented() {
        if (handler != null) {
            return true;
        }
        for (CommandSpec s : subcommands.values()) {
            if (s.handler != null) {
                return true;
            }
        }
        return false;
    }

    /** Implemented subcommands, in spec order. */
    public List<CommandSpec> implementedSubcommands() {
        return subcommands.values().stream().filter(s -> s.handler != null).toList();
    }

    public CommandSpec subcommand(String lowerName) {
        CommandSpec s = subcommands.get(lowerName);
        return s != null && s.handler != null ? s : null;
    }

    public String group() {
        Object g = docs.get("group");
        return g == null ? "" : (String) g;
    }

    @Override
    public String toString() {
        return fullName;
    }
}
