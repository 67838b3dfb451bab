package dev.respec.suite.target;

import java.util.Locale;
import java.util.Optional;

/**
 * Suite settings: a system property ({@code -Drespec.target=redis}, passed through by Surefire), else the
 * environment variable of the same name in upper case with dots and dashes as underscores
 * ({@code RESPEC_TARGET}). Blank values count as unset, so a wrapper script can always pass the property.
 *
 * <ul>
 *   <li>{@code respec.target}: {@code reference} (default), {@code redis}, {@code external} (with
 *       {@code respec.launch}) or {@code HOST:PORT}</li>
 *   <li>{@code respec.server.jar}: the reference server jar</li>
 *   <li>{@code respec.server.java-opts}: JVM options for the reference server (space-separated)</li>
 *   <li>{@code respec.redis.server}: a redis-server binary (skips the Docker attempt)</li>
 *   <li>{@code respec.redis.image}: the image for the Docker path (default {@code redis:7.0})</li>
 *   <li>{@code respec.docker}: {@code false} skips the Docker attempt</li>
 *   <li>{@code respec.launch}: launch template for external servers, e.g. {@code "myserver --port {port} --dir {dir}"}</li>
 *   <li>{@code respec.startup-timeout}: seconds to wait for a launched server's PONG (default 30)</li>
 *   <li>{@code respec.skip-slow}: {@code true} skips {@code @slow} scenarios</li>
 * </ul>
 */
public final class Settings {
    private Settings() {}

    public static Optional<String> get(String name) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            v = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    public static String get(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    public static boolean flag(String name) {
        return get(name).map(v -> v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes"))
                .orElse(false);
    }
}
