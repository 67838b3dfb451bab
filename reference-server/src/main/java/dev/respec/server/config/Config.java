package dev.respec.server.config;

import dev.respec.server.util.Glob;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The configuration registry behind redis.conf, command-line options, CONFIG GET, CONFIG SET and
 * CONFIG REWRITE (config.c's configs dict). Parameters are looked up by name or alias, case
 * insensitively. Loading sets one parameter at a time; CONFIG SET changes several atomically.
 */
public final class Config {
    private final Map<String, ConfigParam> byName = new LinkedHashMap<>();
    private final Map<String, ConfigParam> byAnyName = new HashMap<>();

    /** Declares a parameter; {@code defaultValue} is canonical. */
    public ConfigParam register(String name, String alias, int flags, ConfigType type, String defaultValue,
                                ConfigParam.Applier applier) {
        ConfigParam p = new ConfigParam(name, alias, flags, type, defaultValue, applier);
        if (byAnyName.containsKey(name) || (alias != null && byAnyName.containsKey(alias))) {
            throw new IllegalArgumentException("config declared twice: " + name);
        }
        byName.put(name, p);
        byAnyName.put(name, p);
        if (alias != null) {
            byAnyName.put(alias, p);
        }
        return p;
    }

    /** The parameter for a name or alias, case-insensitive; null when unknown. */
    public ConfigParam lookup(String name) {
        return byAnyName.get(name.toLowerCase(Locale.ROOT));
    }

    /** Primary parameters in declaration order. */
    public Iterable<ConfigParam> params() {
        return byName.values();
    }

    public String get(String name) {
        return lookup(name).value();
    }

    /**
     * Sets a parameter from a config file line or a command-line option: parse, store, apply.
     * {@code continuing} marks a repeated line of the same parameter (see {@link ConfigType}).
     */
    public void load(ConfigParam p, List<String> args, boolean continuing) throws ConfigException {
        String canonical = p.type.parse(args, p.value, continuing);
        String previous = p.value;
        p.value = canonical;
        if (p.applier != null) {
            try {
                p.applier.apply(canonical);
            } catch (ConfigException e) {
                p.value = previous;
                throw e;
            }
        }
    }

    /**
     * Splits a CONFIG SET value the way Redis does for multi-argument parameters: at every single
     * space (so "a  b" has an empty word), and "" into no words at all.
     */
    public static List<String> splitValue(ConfigParam p, String value) {
        if (!p.has(ConfigParam.MULTI_ARG)) {
            return List.of(value);
        }
        return value.isEmpty() ? List.of() : Arrays.asList(value.split(" ", -1));
    }

    /** One name/value pair of a CONFIG SET; {@code entryName} is the lower-case name or alias used. */
    public record Change(ConfigParam param, String entryName, String value) {
    }

    /** A refused CONFIG SET: the name it is possibly related to, and Redis's reason text. */
    public static final class SetFailure extends Exception {
        public final String argName;
        public final String reason;

        SetFailure(String argName, String reason) {
            super(reason, null, false, false);
            this.argName = argName;
            this.reason = reason;
        }
    }

    /**
     * configSetCommand's all-or-nothing update: parse every value first (nothing changes if one is
     * refused), then store them all, then apply each changed one; when an apply fails, every
     * parameter gets its previous value back and is applied again.
     */
    public void setAtomically(List<Change> changes) throws SetFailure {
        String[] parsed = new String[changes.size()];
        Map<ConfigParam, String> pending = new HashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            ConfigParam p = c.param();
            String current = pending.getOrDefault(p, p.value);
            try {
                parsed[i] = p.type.parse(splitValue(p, c.value()), current, false);
            } catch (ConfigException e) {
                throw new SetFailure(c.entryName(), e.getMessage());
            }
            pending.put(p, parsed[i]);
        }
        String[] previous = new String[changes.size()];
        for (int i = 0; i < changes.size(); i++) {
            previous[i] = changes.get(i).param().value;
        }
        for (int i = 0; i < changes.size(); i++) {
            changes.get(i).param().value = parsed[i];
        }
        List<ConfigParam> applied = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            ConfigParam p = changes.get(i).param();
            if (p.applier == null || parsed[i].equals(previous[i]) || applied.contains(p)) {
                continue;
            }
            try {
                applied.add(p);
                p.applier.apply(p.value);
            } catch (ConfigException e) {
                for (int j = changes.size() - 1; j >= 0; j--) {
                    changes.get(j).param().value = previous[j];
                }
                for (ConfigParam a : applied) {
                    try {
                        a.applier.apply(a.value);
                    } catch (ConfigException ignored) {
                        // the previous value was in effect a moment ago
                    }
                }
                throw new SetFailure(changes.get(i).entryName(), e.getMessage());
            }
        }
    }

    /**
     * CONFIG GET: name/value pairs for the patterns. A pattern without glob characters is an exact
     * lookup (hidden parameters included) replied under the name as given; a glob pattern matches
     * names and aliases case-insensitively. Each parameter name appears once, case-insensitively.
     */
    public Map<String, String> matching(List<String> patterns) {
        Map<String, String[]> found = new LinkedHashMap<>();
        for (String pattern : patterns) {
            if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0 && pattern.indexOf('[') < 0) {
                ConfigParam p = lookup(pattern);
                if (p != null) {
                    found.putIfAbsent(pattern.toLowerCase(Locale.ROOT), new String[] {pattern, p.value()});
                }
                continue;
            }
            for (ConfigParam p : byName.values()) {
                if (p.has(ConfigParam.HIDDEN)) {
                    continue;
                }
                for (String n : p.names()) {
                    if (!found.containsKey(n) && Glob.match(pattern, n, true)) {
                        found.put(n, new String[] {n, p.value()});
                    }
                }
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] e : found.values()) {
            out.put(e[0], e[1]);
        }
        return out;
    }
}
