package dev.respec.suite.target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where launched servers live: one folder per instance under {@code target/respec-servers/} (or
 * {@code respec.work-dir}), holding its data dir and its {@code server.log}. Kept after the run for a look at
 * what a failed scenario left behind; {@code mvn clean} removes them.
 */
final class Workdirs {
    private Workdirs() {}

    static Path create(String kind) {
        try {
            Path base = Path.of(Settings.get("respec.work-dir", "target/respec-servers")).toAbsolutePath();
            Files.createDirectories(base);
            return Files.createTempDirectory(base, kind + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for a " + kind + " server", e);
        }
    }

    /** A port nobody listens on right now (on loopback). */
    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
