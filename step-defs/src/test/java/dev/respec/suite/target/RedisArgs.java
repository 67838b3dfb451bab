package dev.respec.suite.target;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * redis-server style arguments ({@code --name value}), which redis-server and the reference server both
 * accept. The suite's defaults come first and a scenario's config overrides them by name:
 * {@code --port P --bind 127.0.0.1 --dir D --save "" --appendonly no --enable-debug-command local}.
 * ({@code --save ""} is the two argv elements {@code --save} and the empty string: no snapshots.)
 */
public final class RedisArgs {
    private RedisArgs() {}

    public static Map<String, String> defaults(int port, Path dir) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("port", String.valueOf(port));
        m.put("bind", "127.0.0.1");
        m.put("dir", dir.toString());
        m.put("save", "");
        m.put("appendonly", "no");
        m.put("enable-debug-command", "local");
        return m;
    }

    /** Defaults overridden by {@code config}; {@code port} belongs to the suite and cannot be overridden. */
    public static Map<String, String> merge(Map<String, String> defaults, Map<String, String> config) {
        Map<String, String> m = new LinkedHashMap<>(defaults);
        for (var e : config.entrySet()) {
            String name = e.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("port")) throw new IllegalArgumentException("the suite chooses the port; do not set 'port'");
            m.put(name, e.getValue());
        }
        return m;
    }

    public static List<String> argv(Map<String, String> config) {
        List<String> out = new ArrayList<>();
        config.forEach((k, v) -> {
            out.add("--" + k);
            out.add(v);
        });
        return out;
    }

    /**
     * Reads config directives, one per line ({@code name value...}, {@code #} comments and blank lines
     * ignored). Values are split like redis-cli arguments and joined by single spaces, so
     * {@code save ""} is the empty value and {@code save 900 1} the value {@code "900 1"}.
     */
    public static Map<String, String> parseDirectives(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            List<String> words = dev.respec.suite.resp.SplitArgs.split(line).stream()
                    .map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8)).toList();
            if (words.size() < 2) throw new IllegalArgumentException("expected 'name value' but got: " + line);
            out.put(words.get(0).toLowerCase(Locale.ROOT), String.join(" ", words.subList(1, words.size())));
        }
        return out;
    }
}
