package dev.respec.suite.target;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;

/**
 * Chooses the target from {@code respec.target} and holds the one instance a JVM shares. The target is
 * started lazily by the first scenario, stopped when the run finishes (and by a shutdown hook otherwise). If
 * it fails to start, every scenario fails with that same message, without trying again.
 *
 * <pre>
 *   reference           the bundled reference server jar (default)
 *   redis               real Redis: Docker image if an engine answers, else a redis-server binary; never skipped
 *   external            a server the suite launches from respec.launch
 *   HOST:PORT           a running server; with respec.launch, the suite launches it itself on that port
 * </pre>
 */
public final class Targets {
    private Targets() {}

    private static Target shared;
    private static RuntimeException startFailure;
    private static boolean hookInstalled;

    /** The started shared target, or the exception that kept it from starting. */
    public static synchronized Target shared() {
        if (startFailure != null) throw startFailure;
        if (shared == null) {
            try {
                shared = create();
                installShutdownHook();
                shared.start();
            } catch (RuntimeException e) {
                startFailure = new TargetException("target '" + describe() + "' failed to start: " + e.getMessage(), e);
                throw startFailure;
            }
        } else {
            shared.start(); // revives a server that a scenario left killed
        }
        return shared;
    }

    /** The shared target if it has been started, without starting it. */
    public static synchronized java.util.Optional<Target> started() {
        return java.util.Optional.ofNullable(shared);
    }

    /** The name of the configured target, without starting it. */
    public static String describe() {
        return Settings.get("respec.target", "reference");
    }

    public static synchronized void stopShared() {
        if (shared != null) {
            try {
                shared.stop();
            } finally {
                shared = null;
            }
        }
    }

    private static void installShutdownHook() {
        if (hookInstalled) return;
        hookInstalled = true;
        Runtime.getRuntime().addShutdownHook(new Thread(Targets::stopShared, "respec-target-stop"));
    }

    static Target create() {
        String spec = Settings.get("respec.target", "reference");
        Optional<String> template = Settings.get("respec.launch");
        switch (spec) {
            case "reference": {
                Path jar = Path.of(Settings.get("respec.server.jar", "../reference-server/target/reference-server.jar"))
                        .toAbsolutePath().normalize();
                return new LaunchedTarget("reference", Launchers.reference(jar), ownServer(), false, "7.0.0");
            }
            case "redis":
                return redis();
            case "external": {
                String t = template.orElseThrow(() -> new TargetException(
                        "respec.target=external needs a launch template: -Drespec.launch=\"myserver --port {port} --dir {dir}\""
                                + " (or give HOST:PORT of a running server)"));
                return new LaunchedTarget("external (" + t + ")", Launchers.template(t, Optional.empty()),
                        EnumSet.noneOf(Capability.class), true, "unknown");
            }
            default: {
                int colon = spec.lastIndexOf(':');
                if (colon <= 0) {
                    throw new TargetException("unknown respec.target '" + spec + "': use reference, redis, external or HOST:PORT");
                }
                String host = spec.substring(0, colon);
                int port;
                try {
                    port = Integer.parseInt(spec.substring(colon + 1));
                } catch (NumberFormatException e) {
                    throw new TargetException("bad port in respec.target '" + spec + "'");
                }
                if (template.isPresent()) {
                    return new LaunchedTarget("external " + host + ":" + port,
                            Launchers.template(template.get(), Optional.of(port)),
                            EnumSet.noneOf(Capability.class), true, "unknown");
                }
                return new ExternalTarget(host, port);
            }
        }
    }

    /** Our own servers are started with DEBUG and CONFIG allowed and must speak RESP3. */
    private static EnumSet<Capability> ownServer() {
        return EnumSet.of(Capability.DEBUG, Capability.CONFIG, Capability.RESP3);
    }

    private static Target redis() {
        Optional<String> binary = Settings.get("respec.redis.server");
        if (binary.isEmpty() && RedisContainerServer.dockerAvailable()) {
            String image = Settings.get("respec.redis.image", "redis:7.0");
            return new LaunchedTarget("redis", Launchers.redisContainer(image), ownServer(), false, "unknown");
        }
        String path = binary.or(Targets::redisServerOnPath).orElseThrow(() -> new TargetException(
                "real Redis is not available: no Docker engine answered and no redis-server binary was found"
                        + " (on PATH or in -Drespec.redis.server). Install it (apt-get install redis-server) or start Docker."));
        return new LaunchedTarget("redis", Launchers.redisBinary(path), ownServer(), false, "unknown");
    }

    private static Optional<String> redisServerOnPath() {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, "redis-server");
            if (java.nio.file.Files.isExecutable(p)) return Optional.of(p.toString());
        }
        return Optional.empty();
    }
}
