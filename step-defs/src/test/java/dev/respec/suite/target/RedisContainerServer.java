package dev.respec.suite.target;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.BindMode;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Real Redis in a Testcontainers container (image {@code respec.redis.image}, default {@code redis:7.0}), used
 * by the {@code redis} target when a Docker engine answers.
 *
 * <p>The data dir is a host folder bind-mounted at {@code /data}, so files survive the container: a restart
 * or a kill replaces the container and mounts the same folder. The mapped port changes with each container;
 * callers read {@link #host()}/{@link #port()} again after a restart. DEBUG is enabled as {@code yes},
 * since the suite's connections come through Docker's network and are not "local" to the server.
 */
final class RedisContainerServer implements ServerHandle {

    private static final int REDIS_PORT = 6379;

    private final String image;
    private final Path home;
    private final Path dataDir;
    private final Map<String, String> config;
    private GenericContainer<?> container;
    private final StringBuilder pastLogs = new StringBuilder();

    RedisContainerServer(String image, Path home, Path dataDir, Map<String, String> config) {
        this.image = image;
        this.home = home;
        this.dataDir = dataDir;
        this.config = config;
    }

    /** True only when a Docker engine answers; never throws (no engine is an ordinary answer here). */
    static boolean dockerAvailable() {
        if (Settings.get("respec.docker").map(v -> v.equalsIgnoreCase("false")).orElse(false)) return false;
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable t) {
            return false;
        }
    }

    @Override
    public String host() {
        return container.getHost();
    }

    @Override
    public int port() {
        return container.getMappedPort(REDIS_PORT);
    }

    @Override
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public synchronized void start() {
        if (isRunning()) return;
        var merged = RedisArgs.merge(RedisArgs.defaults(REDIS_PORT, Path.of("/data")), withoutDir());
        merged.put("bind", "0.0.0.0");
        merged.put("protected-mode", "no");
        merged.put("enable-debug-command", config.getOrDefault("enable-debug-command", "yes"));
        List<String> cmd = new ArrayList<>(List.of("redis-server"));
        cmd.addAll(RedisArgs.argv(merged));
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GenericContainer<?> c = new GenericContainer<>(DockerImageName.parse(image))
                .withExposedPorts(REDIS_PORT)
                .withFileSystemBind(dataDir.toString(), "/data", BindMode.READ_WRITE)
                .withCommand(cmd.toArray(String[]::new))
                .waitingFor(Wait.forLogMessage(".*Ready to accept connections.*\\n", 1)
                        .withStartupTimeout(Duration.ofSeconds(60)));
        try {
            c.start();
        } catch (RuntimeException e) {
            throw new TargetException("cannot start container " + image + ": " + e.getMessage(), e);
        }
        container = c;
    }

    private Map<String, String> withoutDir() {
        var m = new java.util.LinkedHashMap<>(config);
        m.remove("dir");
        return m;
    }

    @Override
    public synchronized void stop() {
        if (container == null) return;
        try {
            if (container.isRunning()) {
                container.getDockerClient().stopContainerCmd(container.getContainerId()).withTimeout(15).exec();
            }
        } catch (RuntimeException ignored) {
            // Already gone: nothing to stop gracefully.
        }
        remove();
    }

    @Override
    public synchronized void kill() {
        if (container == null) return;
        try {
            container.getDockerClient().killContainerCmd(container.getContainerId()).withSignal("KILL").exec();
        } catch (RuntimeException ignored) {
            // Already gone.
        }
        remove();
    }

    private void remove() {
        try {
            pastLogs.append(container.getLogs());
            Files.writeString(home.resolve("server.log"), pastLogs, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException ignored) {
            // Logs are a courtesy; losing them must not hide the real outcome.
        }
        container.stop();
        container = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return container != null && container.isRunning();
    }

    @Override
    public synchronized String logTail(int lines) {
        String all = pastLogs + (container != null ? container.getLogs() : "");
        String[] l = all.split("\n");
        return String.join("\n", Arrays.asList(l).subList(Math.max(0, l.length - lines), l.length));
    }

    @Override
    public String describe() {
        return "redis container " + image + (container != null ? " on " + host() + ":" + port() : "")
                + " (dir " + dataDir + ")";
    }
}
