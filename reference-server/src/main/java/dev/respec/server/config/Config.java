package dev.respec.server.config;

import dev.respec.server.util.Bytes;
import dev.respec.server.util.Glob;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The configuration registry behind redis.conf, command-line options, CONFIG GET and CONFIG SET.
 * Parameters are declared with typed builders ({@link #bool}, {@link #integer}, {@link #memory},
 * {@link #enumeration}, {@link #string}) carrying Redis's validation rules and error texts; the
 * server's own config class ({@code ServerConfig}) declares them with appliers that update the
 * running server.
 */
public final class Config {
    private final Map<String, ConfigParam> byName = new LinkedHashMap<>();
    private final Map<String, ConfigParam> byAnyName = new HashMap<>();

    public ConfigParam register(ConfigParam p) {
        byName.put(p.name, p);
        byAnyName.put(p.name, p);
        for (String a : p.aliases) {
            byAnyName.put(a, p);
        }
        return p;
    }

    /** The parameter for a name or alias, case-insensitive; null when unknown. */
    public ConfigParam lookup(String name) {
        return byAnyName.get(name.toLowerCase(Locale.ROOT));
    }

    public Iterable<ConfigParam> params() {
        return byName.values();
    }

    public String get(String name) {
        return lookup(name).value();
    }

    /**
     * Sets a value, validating and applying it. Used by the config file, the command line and CONFIG
     * SET alike.
     */
    public void set(ConfigParam p, List<String> args) throws ConfigException {
        String canonical = p.parser.parse(args);
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

    /** Restores a previous canonical value during a failed multi-parameter CONFIG SET. */
    public void restore(ConfigParam p, String canonical) {
        p.value = canonical;
        if (p.applier != null) {
            try {
                p.applier.apply(canonical);
            } catch (ConfigException ignored) {
                // the value was valid a moment ago
            }
        }
    }

    /** CONFIG GET: name/value pairs of every parameter (or alias) matching any of the patterns. */
    public Map<String, String> matching(List<String> patterns) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pattern : patterns) {
            String lp = pattern.toLowerCase(Locale.ROOT);
            boolean glob = lp.indexOf('*') >= 0 || lp.indexOf('?') >= 0 || lp.indexOf('[') >= 0;
            if (!glob) {
                ConfigParam p = lookup(lp);
                if (p != null && !p.has(ConfigParam.HIDDEN)) {
                    out.put(lp, p.value());
                }
                continue;
            }
            for (ConfigParam p : byName.values()) {
                if (p.has(ConfigParam.HIDDEN)) {
                    continue;
                }
                if (Glob.match(lp, p.name, true)) {
                    out.put(p.name, p.value());
                }
                for (String a : p.aliases) {
                    if (Glob.match(lp, a, true)) {
                        out.put(a, p.value());
                    }
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ typed builders

    public static List<String> aliases(String... names) {
        return List.of(names);
    }

    public ConfigParam bool(String name, List<String> aliases, int flags, boolean def, ConfigParam.Applier applier) {
        return register(new ConfigParam(name, aliases, flags, def ? "yes" : "no", 1, args -> {
            String v = args.get(0).toLowerCase(Locale.ROOT);
            if (v.equals("yes")) {
                return "yes";
            }
            if (v.equals("no")) {
                return "no";
            }
            throw new ConfigException("argument must be 'yes' or 'no'");
        }, applier, null));
    }

    public ConfigParam integer(String name, List<String> aliases, int flags, long def, long min, long max,
                               ConfigParam.Applier applier) {
        return register(new ConfigParam(name, aliases, flags, Long.toString(def), 1, args -> {
            byte[] text = Bytes.latin1(args.get(0));
            if (!Bytes.isLong(text)) {
                throw new ConfigException("argument couldn't be parsed into an integer");
            }
            long v = Bytes.parseLong(text);
            if (v < min || v > max) {
                throw new ConfigException("argument must be between " + min + " and " + max + " inclusive");
            }
            return Long.toString(v);
        }, applier, null));
    }

    public ConfigParam memory(String name, List<String> aliases, int flags, long def, long min, long max,
                              ConfigParam.Applier applier) {
        return register(new ConfigParam(name, aliases, flags, Long.toString(def), 1, args -> {
            long v = parseMemory(args.get(0));
            if (v < 0) {
                throw new ConfigException("argument must be a memory value");
            }
            if (v < min || v > max) {
                throw new ConfigException("argument must be between " + min + " and " + max + " inclusive");
            }
            return Long.toString(v);
        }, applier, null));
    }

    public ConfigParam enumeration(String name, List<String> aliases, int flags, String def, List<String> values,
                                   ConfigParam.Applier applier) {
        return register(new ConfigParam(name, aliases, flags, def, 1, args -> {
            String v = args.get(0).toLowerCase(Locale.ROOT);
            if (values.contains(v)) {
                return v;
            }
            throw new ConfigException("argument(s) must be one of the following: " + String.join(", ", values));
        }, applier, null));
    }

    public ConfigParam string(String name, List<String> aliases, int flags, String def, ConfigParam.Applier applier) {
        return register(new ConfigParam(name, aliases, flags, def, 1, args -> args.get(0), applier, null));
    }

    /** A parameter with its own parser (save, bind, client-output-buffer-limit, ...). */
    public ConfigParam custom(String name, List<String> aliases, int flags, String def, int fileArgs,
                              ConfigParam.Parser parser, ConfigParam.Applier applier, ConfigParam.Getter getter) {
        return register(new ConfigParam(name, aliases, flags, def, fileArgs, parser, applier, getter));
    }

    /**
     * memtoull: "1gb", "100mb", "64k" ... k/m/g are powers of 1000, kb/mb/gb powers of 1024.
     * Returns -1 when the text is not a memory value.
     */
    public static long parseMemory(String s) {
        String t = s.toLowerCase(Locale.ROOT);
        long mul = 1;
        String digits = t;
        String[][] units = {{"gb", "1073741824"}, {"mb", "1048576"}, {"kb", "1024"}, {"g", "1000000000"},
            {"m", "1000000"}, {"k", "1000"}, {"b", "1"}};
        for (String[] u : units) {
            if (t.endsWith(u[0])) {
                mul = Long.parseLong(u[1]);
                digits = t.substring(0, t.length() - u[0].length());
                break;
            }
        }
        if (digits.isEmpty()) {
            return 0; // strtoull("") is 0, and Redis accepts a bare unit as zero
        }
        for (int i = 0; i < digits.length(); i++) {
            if (!Character.isDigit(digits.charAt(i))) {
                return -1;
            }
        }
        try {
            return Math.multiplyExact(Long.parseLong(digits), mul);
        } catch (ArithmeticException | NumberFormatException e) {
            return -1;
        }
    }

    /** Names that the given patterns select, for tests and CONFIG GET. */
    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }
}
