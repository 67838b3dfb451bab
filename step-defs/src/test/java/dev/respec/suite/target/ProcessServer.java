package dev.respec.suite.target;

import dev.respec.suite.resp.Reply;
import dev.respec.suite.resp.RespConnection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server run as a child process of the suite: the reference server ({@code java -jar}), a redis-server
 * binary, or a third-party server from a launch template.
 *
 * <p>The process's stdout and stderr go to {@code server.log} in the instance's folder, appended across
 * restarts, so the log tells the whole story of the instance. {@link #start} returns only once the server
 * answers PING with PONG; if the process dies first or the startup timeout passes, it fails with the command
 * line and the log tail. Port and data dir never change, so a restart is invisible to addresses.
 */
public final class ProcessServer implements ServerHandle {

    /** Builds the command line of the server for a port and a data dir. */
    @FunctionalInterface
    public interface CommandLine {
        List<String> argv(int port, Path dataDir);
    }

    private static final String HOST = "127.0.0.1";

    private final String kind;
    private final CommandLine commandLine;
    private final Path home;
    private final Path dataDir;
    private final Path log;
    private final int port;
    private final Duration startupTimeout;
    private Process process;

    public ProcessServer(String kind, CommandLine commandLine, Path home, Path dataDir, int port) {
        this.kind = kind;
        this.commandLine = commandLine;
        this.home = home;
        this.dataDir = dataDir;
        this.log = home.resolve("server.log");
        this.port = port;
        this.startupTimeout = Duration.ofSeconds(Long.parseLong(Settings.get("respec.startup-timeout", "30")));
    }

    @Override
    public String host() {
        return HOST;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public synchronized void start() {
        if (isRunning()) return;
        List<String> argv = commandLine.argv(port, dataDir);
        try {
            Files.createDirectories(dataDir);
            Files.writeString(log, "### respec: starting " + shell(argv) + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = new ProcessBuilder(argv)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new TargetException("cannot start the " + kind + ": " + e.getMessage() + "\ncommand: " + shell(argv), e);
        }
        awaitPong(argv);
    }

    private void awaitPong(List<String> argv) {
        long deadline = System.nanoTime() + startupTimeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new TargetException("the " + kind + " exited with code " + process.exitValue()
                        + " before answering PING on " + HOST + ":" + port + "\ncommand: " + shell(argv)
                        + "\nlast lines of " + log + ":\n" + logTail(20));
            }
            try (RespConnection c = RespConnection.open(HOST, port, Duration.ofMillis(250))) {
                c.send(List.of("PING".getBytes(StandardCharsets.US_ASCII)));
                Reply r = c.read(Duration.ofSeconds(2));
                if (r instanceof Reply.SimpleString s && s.text().equals("PONG")) return;
                last = "PING answered " + dev.respec.suite.resp.ReplyRenderer.oneLine(r);
            } catch (IOException | RuntimeException e) {
                last = e.getMessage();
            }
            sleep(50);
        }
        kill();
        throw new TargetException("the " + kind + " did not answer PING with PONG on " + HOST + ":" + port + " within "
                + startupTimeout.toSeconds() + " s (last: " + last + ")\ncommand: " + shell(argv)
                + "\nlast lines of " + log + ":\n" + logTail(20));
    }

    @Override
    public synchronized void stop() {
        if (process == null || !process.isAlive()) return;
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy(); // SIGTERM: a graceful shutdown
        if (!waitFor(Duration.ofSeconds(15))) kill();
    }

    @Override
    public synchronized void kill() {
        if (process == null) return;
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly(); // SIGKILL
        waitFor(Duration.ofSeconds(10));
    }

    @Override
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    @Override
    public String logTail(int lines) {
        try {
            if (!Files.exists(log)) return "(no log yet)";
            String[] all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\n");
            return String.join("\n", Arrays.asList(all).subList(Math.max(0, all.length - lines), all.length));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String describe() {
        return kind + " on " + HOST + ":" + port + " (dir " + dataDir + ")";
    }

    private boolean waitFor(Duration d) {
        try {
            return process.waitFor(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String shell(List<String> argv) {
        return String.join(" ", argv.stream().map(a -> a.isEmpty() || a.contains(" ") ? "'" + a + "'" : a).toList());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TargetException("interrupted while waiting for a server", e);
        }
    }
}
