package dev.respec.suite.target;

import dev.respec.suite.resp.SplitArgs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ways the suite starts servers. Each launcher starts one new instance per call, in its own folder
 * and on a free port, with the suite's defaults plus the given config, and returns once it answers PING.
 * A {@code dir} in the config replaces the instance's data dir (e.g. a folder holding an RDB fixture).
 */
public final class Launchers {
    private Launchers() {}

    /** {@code java [opts] -jar <jar> --port P --bind 127.0.0.1 --dir D --save "" ...}. */
    public static ServerLauncher reference(Path jar) {
        return config -> {
            if (!Files.isRegularFile(jar)) {
                throw new TargetException("reference server jar not found at " + jar
                        + ". Build it first: mvn -B package -DskipTests (from the repository root),"
                        + " or point -Drespec.server.jar at a built jar.");
            }
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> opts = Settings.get("respec.server.java-opts").map(o -> Arrays.asList(o.split("\\s+")))
                    .orElse(List.of());
            return started("reference server", "reference", config, (port, dir) -> {
                List<String> argv = new ArrayList<>();
                argv.add(java);
                argv.addAll(opts);
                argv.add("-jar");
                argv.add(jar.toString());
                argv.addAll(RedisArgs.argv(RedisArgs.merge(RedisArgs.defaults(port, dir), withoutDir(config))));
                return argv;
            });
        };
    }

    /** {@code redis-server --port P --bind 127.0.0.1 --dir D --save "" --appendonly no --enable-debug-command local ...}. */
    public static ServerLauncher redisBinary(String binary) {
        return config -> started("redis-server", "redis", config, (port, dir) -> {
            List<String> argv = new ArrayList<>(List.of(binary));
            argv.addAll(RedisArgs.argv(RedisArgs.merge(RedisArgs.defaults(port, dir), withoutDir(config))));
            return argv;
        });
    }

    public static ServerLauncher redisContainer(String image) {
        return config -> {
            Path home = Workdirs.create("redis-docker");
            Path dir = Optional.ofNullable(config.get("dir")).map(Path::of).orElse(home.resolve("data"));
            RedisContainerServer s = new RedisContainerServer(image, home, dir, config);
            s.start();
            return s;
        };
    }

    /**
     * A third-party server from a template such as {@code "myserver --port {port} --dir {dir}"}: the
     * template is split like a redis-cli command line, then {@code {port}}, {@code {dir}} and {@code {host}}
     * are replaced inside each word. Extra config goes where {@code {args}} stands as a word, else at the end,
     * as {@code --name value} pairs. The first instance may use a fixed port.
     */
    public static ServerLauncher template(String template, Optional<Integer> firstPort) {
        List<String> words = SplitArgs.split(template).stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
        if (words.isEmpty()) throw new TargetException("respec.launch is empty");
        boolean[] firstUsed = {false};
        return config -> {
            Optional<Integer> port = Optional.empty();
            synchronized (firstUsed) {
                if (!firstUsed[0]) port = firstPort;
                firstUsed[0] = true;
            }
            return started("external server", "external", config, port, (p, dir) -> {
                List<String> extra = RedisArgs.argv(withoutDir(config));
                List<String> argv = new ArrayList<>();
                boolean placed = false;
                for (String w : words) {
                    if (w.equals("{args}")) {
                        argv.addAll(extra);
                        placed = true;
                    } else {
                        argv.add(w.replace("{port}", String.valueOf(p)).replace("{dir}", dir.toString())
                                .replace("{host}", "127.0.0.1"));
                    }
                }
                if (!placed) argv.addAll(extra);
                return argv;
            });
        };
    }

    private static ProcessServer started(String kind, String folder, Map<String, String> config,
                                         ProcessServer.CommandLine cl) {
        return started(kind, folder, config, Optional.empty(), cl);
    }

    private static ProcessServer started(String kind, String folder, Map<String, String> config,
                                         Optional<Integer> port, ProcessServer.CommandLine cl) {
        Path home = Workdirs.create(folder);
        Path dir = Optional.ofNullable(config.get("dir")).map(Path::of).orElse(home.resolve("data"));
        ProcessServer s = new ProcessServer(kind, cl, home, dir.toAbsolutePath(), port.orElseGet(Workdirs::freePort));
        s.start();
        return s;
    }

    private static Map<String, String> withoutDir(Map<String, String> config) {
        Map<String, String> m = new LinkedHashMap<>(config);
        m.remove("dir");
        return m;
    }
}
