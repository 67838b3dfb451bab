package dev.respec.suite.steps;

import dev.respec.suite.driver.Driver;
import dev.respec.suite.driver.JedisDriver;
import dev.respec.suite.driver.LettuceDriver;
import dev.respec.suite.driver.RawDriver;
import dev.respec.suite.resp.ConnectionClosedException;
import dev.respec.suite.resp.Reply;
import dev.respec.suite.resp.ReplyRenderer;
import dev.respec.suite.resp.ReplyTimeoutException;
import dev.respec.suite.resp.RespConnection;
import dev.respec.suite.resp.SplitArgs;
import dev.respec.suite.target.Capability;
import dev.respec.suite.target.Requirements;
import dev.respec.suite.target.ServerHandle;
import dev.respec.suite.target.Settings;
import dev.respec.suite.target.Target;
import dev.respec.suite.target.Targets;
import io.cucumber.java.Scenario;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The state of one scenario, shared by the step classes (PicoContainer makes one per scenario): the
 * target, the server the scenario talks to, its clients, the last replies, and what must be undone after it.
 *
 * <p>Clients are keyed by how steps name them: {@code the client} (the default, raw driver), {@code client "B"}
 * (further raw connections), {@code the "jedis" client} and {@code the "lettuce" client}. Each opens on first
 * use, to the scenario's server: the shared target, or a server the scenario launched. "The reply" is the
 * last reply any run step received.
 *
 * <p>Lifecycle: {@link #begin} (skip if the target lacks what the tags need; FLUSHALL SYNC on the default
 * client; empty the data dir when the suite owns it) → steps → {@link #end} (close clients, restore CONFIG SET parameters, stop launched servers).
 */
public final class World {

    public static final String DEFAULT_CLIENT = "the client";
    private static final long SEND_SETTLE_MS = 50;

    /** connected_clients seen before the first scenario; JVM-wide like the target it describes. */
    private static final AtomicInteger BASELINE_CLIENTS = new AtomicInteger(-1);

    private Scenario scenario;
    private Target target;
    private ServerHandle server;
    private final List<ServerHandle> launched = new ArrayList<>();
    private final Map<String, Driver> clients = new LinkedHashMap<>();
    private final Map<String, Integer> unread = new HashMap<>();
    private final Map<String, Reply> lastByClient = new HashMap<>();
    private final Map<String, String> lastCommandByClient = new HashMap<>();
    private final Map<String, String> configToRestore = new LinkedHashMap<>();
    /** The requirepass a scenario set on the shared target with CONFIG SET ("" when none). */
    private String controlPassword = "";
    private final Map<String, Driver> lastDriverByClient = new HashMap<>();
    private Reply lastReply;
    private String lastReplyContext;
    private Driver lastDriver;

    // ---- lifecycle -------------------------------------------------------------------------------------

    public void begin(Scenario s) {
        this.scenario = s;
        this.target = Targets.shared();
        Optional<String> reason = Requirements.unmet(s.getSourceTagNames(), target, Settings.flag("respec.skip-slow"));
        if (reason.isPresent()) throw new TestAbortedException(reason.get());
        Reply flushed = call(DEFAULT_CLIENT, args("FLUSHALL", "SYNC"));
        if (!(flushed instanceof Reply.SimpleString ok && ok.text().equals("OK"))) {
            throw new AssertionError("cannot reset target '" + target.name() + "' before the scenario: FLUSHALL SYNC replied "
                    + ReplyRenderer.oneLine(flushed));
        }
        if (target.has(Capability.FILES)) emptyDataDir(target.dataDir());
        if (target.has(Capability.LAUNCH)) awaitClientsOfEarlierScenariosGone();
    }

    /** Files an earlier scenario made the server write (an RDB from SAVE, say) must not reach this one. */
    private static void emptyDataDir(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot empty the data dir " + dir + " before the scenario", e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty the data dir " + dir + " before the scenario", e);
        }
    }

    public void end(Scenario s) {
        List<String> problems = new ArrayList<>();
        if (s.isFailed() && target != null) {
            String tail = server != null ? server.logTail(30) : target.logTail(30);
            if (!tail.isBlank()) s.log("last lines of the server log:\n" + tail);
        }
        closeClients();
        if (!configToRestore.isEmpty() && target != null) {
            try (RespConnection c = openControlConnection()) {
                for (var e : configToRestore.entrySet()) {
                    Reply r = c.call("CONFIG", "SET", e.getKey(), e.getValue());
                    if (r.isError()) problems.add("restoring " + e.getKey() + " to \"" + e.getValue() + "\": " + ReplyRenderer.oneLine(r));
                }
            } catch (IOException | RuntimeException e) {
                problems.add("restoring config: " + e.getMessage());
            }
        }
        for (ServerHandle h : launched) {
            try {
                h.stop();
            } catch (RuntimeException e) {
                problems.add("stopping " + h.describe() + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) throw new AssertionError("cleanup after the scenario failed:\n  " + String.join("\n  ", problems));
    }

    /** Waits (at most 1 s) until the server has noticed that the last scenario's clients are gone. */
    private void awaitClientsOfEarlierScenariosGone() {
        int n = connectedClients();
        if (n < 0) return;
        if (BASELINE_CLIENTS.compareAndSet(-1, n)) return;
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (n > BASELINE_CLIENTS.get() && System.nanoTime() < deadline) {
            sleep(10);
            n = connectedClients();
        }
    }

    private int connectedClients() {
        try {
            String v = info().get("connected_clients");
            return v == null ? -1 : Integer.parseInt(v);
        } catch (RuntimeException | AssertionError e) {
            return -1;
        }
    }

    // ---- the server ------------------------------------------------------------------------------------

    public Target target() {
        return target;
    }

    public String host() {
        return server != null ? server.host() : target.host();
    }

    public int port() {
        return server != null ? server.port() : target.port();
    }

    /** The launched server this scenario talks to, if any. */
    public Optional<ServerHandle> launchedServer() {
        return Optional.ofNullable(server);
    }

    /** Starts a second server with extra config; from now on every client of the scenario talks to it. */
    public void useLaunchedServer(Map<String, String> config) {
        requireCapability(Capability.LAUNCH, "start a server with extra config");
        ServerHandle h = target.launch(config);
        launched.add(h);
        closeClients();
        server = h;
    }

    /** Makes a server the suite launched the one this scenario's clients talk to (and stops it after). */
    public void useServer(ServerHandle h) {
        track(h);
        closeClients();
        server = h;
    }

    /** A server launched for this scenario, stopped when it ends. */
    public void track(ServerHandle h) {
        if (!launched.contains(h)) launched.add(h);
    }

    /** The data dir of the server the scenario talks to. */
    public Path dataDir() {
        if (server != null) return server.dataDir();
        requireCapability(Capability.FILES, "reach the server's files");
        return target.dataDir();
    }

    public void restartServer() {
        if (server != null) {
            server.restart();
        } else {
            requireCapability(Capability.RESTART, "restart the server");
            target.restart();
        }
        closeClients();
    }

    public void killAndStartServer() {
        if (server != null) {
            server.kill();
            server.start();
        } else {
            requireCapability(Capability.KILL, "kill the server");
            target.kill();
            target.start();
        }
        closeClients();
    }

    public void requireCapability(Capability c, String toDo) {
        if (!target.has(c)) {
            throw new IllegalStateException("cannot " + toDo + ": target '" + target.name() + "' lacks capability '"
                    + c.tagName() + "'; tag the scenario @needs:" + c.tagName() + " so that it is skipped there");
        }
    }

    // ---- clients ---------------------------------------------------------------------------------------

    public static String namedClient(String name) {
        return "client \"" + name + "\"";
    }

    /** {@code raw} is the default client; {@code jedis} and {@code lettuce} have one connection each. */
    public static String libraryClient(String library) {
        return switch (library) {
            case "raw" -> DEFAULT_CLIENT;
            case "jedis", "lettuce" -> "the \"" + library + "\" client";
            default -> throw new IllegalArgumentException("unknown client library \"" + library + "\" (known: raw, jedis, lettuce)");
        };
    }

    public Driver client(String key) {
        Driver d = clients.get(key);
        if (d == null) {
            try {
                if (key.equals(libraryClient("jedis"))) d = new JedisDriver(host(), port());
                else if (key.equals(libraryClient("lettuce"))) d = new LettuceDriver(host(), port());
                else d = new RawDriver(host(), port());
            } catch (IOException | RuntimeException e) {
                throw new AssertionError(key + " cannot connect to " + host() + ":" + port() + ": " + e.getMessage(), e);
            }
            clients.put(key, d);
        }
        return d;
    }

    public RespConnection rawConnection(String key) {
        if (!(client(key) instanceof RawDriver raw)) {
            throw new IllegalStateException(key + " is not a raw connection; byte-level steps need the raw driver");
        }
        return raw.connection();
    }

    /** Closes the client's connection; its next use opens a new one (unauthenticated, RESP2, db 0). */
    public void reconnect(String key) {
        Driver d = clients.remove(key);
        if (d != null) d.close();
        unread.remove(key);
    }

    public void closeClients() {
        clients.values().forEach(Driver::close);
        clients.clear();
        unread.clear();
    }

    // ---- running commands ------------------------------------------------------------------------------

    /** Runs a redis-cli style command line on a client and keeps the reply as "the reply". */
    public Reply run(String key, String commandLine) {
        Reply r = call(key, SplitArgs.split(commandLine));
        remember(key, commandLine, r);
        return r;
    }

    /** Runs a command without making its reply "the reply" (checks, polling, INFO). */
    public Reply call(String key, List<byte[]> args) {
        if (args.isEmpty()) throw new IllegalArgumentException("empty command line");
        int pending = unread.getOrDefault(key, 0);
        if (pending > 0) {
            throw new IllegalStateException(key + " has " + pending + " unread repl" + (pending == 1 ? "y" : "ies")
                    + " to commands sent without waiting; read " + (pending == 1 ? "it" : "them")
                    + " first (Then " + key + " receives ...)");
        }
        List<String> recorded = recordConfigSet(args);
        Driver d = client(key);
        try {
            Reply r = d.call(args);
            afterConfigSet(args, recorded, r);
            return r;
        } catch (IOException e) {
            throw connectionFailure(key, display(args), e);
        }
    }

    /** Sends a command on a raw client without reading its reply (for blocking commands). */
    public void sendWithoutWaiting(String key, String commandLine) {
        List<byte[]> args = SplitArgs.split(commandLine);
        if (args.isEmpty()) throw new IllegalArgumentException("empty command line");
        recordConfigSet(args);
        try {
            rawConnection(key).send(args);
        } catch (IOException e) {
            throw connectionFailure(key, commandLine, e);
        }
        unread.merge(key, 1, Integer::sum);
        lastCommandByClient.put(key, commandLine);
        // Give the server time to read the command (and block on it) before the next step acts.
        sleep(SEND_SETTLE_MS);
    }

    /** Reads the next reply a raw client has pending (a reply to a command sent without waiting, or to raw bytes). */
    public Reply receive(String key, Duration timeout) {
        Reply r;
        try {
            r = rawConnection(key).read(timeout);
        } catch (IOException e) {
            throw connectionFailure(key, "its pending command", e);
        }
        unread.computeIfPresent(key, (k, n) -> n > 1 ? n - 1 : null);
        remember(key, lastCommandByClient.getOrDefault(key, "the bytes sent"), r);
        return r;
    }

    private void remember(String key, String commandLine, Reply r) {
        lastReply = r;
        lastReplyContext = "the reply to \"" + commandLine + "\" on " + key;
        lastDriver = clients.get(key);
        lastByClient.put(key, r);
        lastDriverByClient.put(key, lastDriver);
        lastCommandByClient.put(key, commandLine);
    }

    public Reply lastReply() {
        if (lastReply == null) {
            throw new IllegalStateException("no reply yet: run a command first (to read a reply to bytes sent,"
                    + " use 'Then the client receives ...')");
        }
        return lastReply;
    }

    public String lastReplyContext() {
        return lastReplyContext;
    }

    public Reply lastReply(String key) {
        Reply r = lastByClient.get(key);
        if (r == null) throw new IllegalStateException(key + " has no reply yet");
        return r;
    }

    public String lastReplyContext(String key) {
        return "the reply to \"" + lastCommandByClient.get(key) + "\" on " + key;
    }

    /** The driver that produced the last reply of a client (what it can observe shapes comparisons). */
    public Driver driverOf(String key) {
        return lastDriverByClient.get(key);
    }

    public Driver lastDriver() {
        return lastDriver;
    }

    // ---- config and INFO -------------------------------------------------------------------------------

    private static boolean isConfigSet(List<byte[]> args) {
        return args.size() >= 4 && word(args, 0).equals("config") && word(args, 1).equals("set");
    }

    /**
     * CONFIG SET on the shared target: remember each parameter's value first, to restore it after the
     * scenario. Returns the names recorded by this call, so that a refused CONFIG SET (which changes
     * nothing) can forget them again: restoring an immutable parameter would itself fail.
     */
    private List<String> recordConfigSet(List<byte[]> args) {
        if (server != null || !isConfigSet(args)) return List.of();
        List<String> recorded = new ArrayList<>();
        for (int i = 2; i + 1 < args.size(); i += 2) {
            String name = word(args, i);
            if (configToRestore.containsKey(name)) continue;
            try (RespConnection c = openControlConnection()) {
                Reply r = c.call("CONFIG", "GET", name);
                List<Reply> kv = r.children();
                if (kv.size() == 2 && kv.get(1) instanceof Reply.BulkString v) {
                    configToRestore.put(name, v.text());
                    recorded.add(name);
                }
            } catch (IOException e) {
                throw connectionFailure("a control connection", "CONFIG GET " + name, e);
            }
        }
        return recorded;
    }

    /** After a CONFIG SET on the shared target: forget what a refused one recorded; follow requirepass. */
    private void afterConfigSet(List<byte[]> args, List<String> recorded, Reply reply) {
        if (server != null || !isConfigSet(args)) return;
        if (reply.isError()) {
            recorded.forEach(configToRestore::remove);
            return;
        }
        for (int i = 2; i + 1 < args.size(); i += 2) {
            if (word(args, i).equals("requirepass")) controlPassword = new String(args.get(i + 1), StandardCharsets.UTF_8);
        }
    }

    /** A connection to the shared target for the suite's own bookkeeping, authenticated when a scenario set requirepass. */
    private RespConnection openControlConnection() throws IOException {
        RespConnection c = RespConnection.open(target.host(), target.port());
        if (!controlPassword.isEmpty()) {
            Reply r = c.call("AUTH", controlPassword);
            if (r.isError()) {
                c.close();
                throw new IOException("AUTH with the requirepass the scenario set was refused: " + ReplyRenderer.oneLine(r));
            }
        }
        return c;
    }

    public void setConfig(String name, String value) {
        requireCapability(Capability.CONFIG, "CONFIG SET");
        Reply r = call(DEFAULT_CLIENT, args("CONFIG", "SET", name, value));
        if (!(r instanceof Reply.SimpleString s && s.text().equals("OK"))) {
            throw new AssertionError("CONFIG SET " + name + " \"" + value + "\" replied " + ReplyRenderer.oneLine(r));
        }
    }

    /** INFO fields (all default sections) as asked on the default client. */
    public Map<String, String> info() {
        Reply r = call(DEFAULT_CLIENT, args("INFO"));
        if (!(r instanceof Reply.BulkString b)) throw new AssertionError("INFO replied " + ReplyRenderer.oneLine(r));
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : b.text().split("\r?\n")) {
            int colon = line.indexOf(':');
            if (line.isBlank() || line.startsWith("#") || colon < 0) continue;
            fields.put(line.substring(0, colon), line.substring(colon + 1));
        }
        return fields;
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    public static List<byte[]> args(String... words) {
        List<byte[]> out = new ArrayList<>();
        for (String w : words) out.add(w.getBytes(StandardCharsets.UTF_8));
        return out;
    }

    private static String word(List<byte[]> args, int i) {
        return new String(args.get(i), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    }

    private static String display(List<byte[]> args) {
        return String.join(" ", args.stream().map(a -> new String(a, StandardCharsets.UTF_8)).toList());
    }

    private AssertionError connectionFailure(String key, String what, IOException e) {
        String why;
        if (e instanceof ConnectionClosedException) why = "the server closed the connection";
        else if (e instanceof ReplyTimeoutException) why = "no reply in time";
        else why = e.getMessage();
        return new AssertionError(key + " ran \"" + what + "\" on " + host() + ":" + port() + ": " + why
                + (e instanceof ConnectionClosedException || e instanceof ReplyTimeoutException ? " (" + e.getMessage() + ")" : ""), e);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
