package dev.respec.server.command;

import dev.respec.server.util.Bytes;
import dev.respec.server.util.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command table (server.c redisCommandTable), built from the declarative specs in
 * {@code commands.json} (captured from real Redis 7.0 by ci/tools/capture-command-specs.py) plus the
 * handlers that the command groups bind by name. Dispatch, COMMAND, COMMAND INFO/DOCS/LIST/COUNT and
 * the coverage check all read this one table.
 *
 * <p>Lookup is case-insensitive and allocation-free on the hot path: names are hashed from the
 * request bytes directly into an open-addressing table of implemented top-level commands.
 */
public final class CommandTable {
    private final Map<String, CommandSpec> all = new LinkedHashMap<>();
    private final String sourceVersion;
    private CommandSpec[] slots = new CommandSpec[0];

    @SuppressWarnings("unchecked")
    public CommandTable() {
        Map<String, Object> root;
        try (InputStream in = CommandTable.class.getResourceAsStream("/commands.json")) {
            if (in == null) {
                throw new IllegalStateException("commands.json missing from the classpath");
            }
            root = (Map<String, Object>) Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sourceVersion = (String) root.get("redis_version");
        for (Object o : (List<Object>) root.get("commands")) {
            Map<String, Object> m = (Map<String, Object>) o;
            CommandSpec spec = new CommandSpec(m, null);
            for (Object so : (List<Object>) m.get("subcommands")) {
                CommandSpec sub = new CommandSpec((Map<String, Object>) so, spec);
                spec.subcommands.put(sub.name, sub);
            }
            all.put(spec.fullName, spec);
        }
    }

    /** The Redis version the specs were captured from. */
    public String sourceVersion() {
        return sourceVersion;
    }

    /** Binds a handler to "name" or "container|sub". Fails loudly for a name Redis does not have. */
    public void bind(String fullName, CommandHandler handler) {
        CommandSpec spec = spec(fullName);
        if (spec == null) {
            throw new IllegalArgumentException("no such command in the spec: " + fullName);
        }
        spec.handler = handler;
    }

    /** The spec of any command Redis has, implemented or not. */
    public CommandSpec spec(String fullName) {
        int bar = fullName.indexOf('|');
        if (bar < 0) {
            return all.get(fullName);
        }
        CommandSpec parent = all.get(fullName.substring(0, bar));
        return parent == null ? null : parent.subcommands.get(fullName.substring(bar + 1));
    }

    /** Every command spec Redis has (implemented or not), for the coverage check. */
    public Collection<CommandSpec> allSpecs() {
        return all.values();
    }

    /** Builds the lookup table; call once after every group has bound its handlers. */
    public void seal() {
        List<CommandSpec> impl = implemented();
        int cap = Integer.highestOneBit(Math.max(16, impl.size() * 4) - 1) << 1;
        slots = new CommandSpec[cap];
        for (CommandSpec s : impl) {
            int i = hashLower(Bytes.latin1(s.name)) & (cap - 1);
            while (slots[i] != null) {
                i = (i + 1) & (cap - 1);
            }
            slots[i] = s;
        }
    }

    /** The implemented top-level commands. */
    public List<CommandSpec> implemented() {
        List<CommandSpec> out = new ArrayList<>();
        for (CommandSpec s : all.values()) {
            if (s.isImplemented()) {
                out.add(s);
            }
        }
        return out;
    }

    /** lookupCommandBySds for a top-level name, case-insensitive; null when not implemented. */
    public CommandSpec lookupBase(byte[] name) {
        int mask = slots.length - 1;
        int i = hashLower(name) & mask;
        while (true) {
            CommandSpec s = slots[i];
            if (s == null) {
                return null;
            }
            if (Bytes.eqIgnoreCase(name, s.name)) {
                return s;
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * lookupCommand: the command for a request, resolving "CONTAINER SUB" to the subcommand. Null
     * when unknown, including an unknown subcommand of a known container (see {@link #isContainer}).
     */
    public CommandSpec lookup(byte[][] argv) {
        CommandSpec base = lookupBase(argv[0]);
        if (base == null || argv.length == 1 || !base.isContainer()) {
            return base;
        }
        return base.subcommand(Bytes.lower(argv[1]));
    }

    /** lookupCommandByCString for names like "config|get" given by users (COMMAND INFO, ACL). */
    public CommandSpec lookupByFullName(String name) {
        String lower = name.toLowerCase();
        int bar = lower.indexOf('|');
        CommandSpec base = lookupBase(Bytes.latin1(bar < 0 ? lower : lower.substring(0, bar)));
        if (base == null || bar < 0) {
            return base;
        }
        return base.subcommand(lower.substring(bar + 1));
    }

    public boolean isContainer(byte[] name) {
        CommandSpec s = lookupBase(name);
        return s != null && s.isContainer();
    }

    private static int hashLower(byte[] b) {
        int h = 0;
        for (byte x : b) {
            int c = x;
            if (c >= 'A' && c <= 'Z') {
                c += 32;
            }
            h = 31 * h + c;
        }
        return h ^ (h >>> 16);
    }
}
