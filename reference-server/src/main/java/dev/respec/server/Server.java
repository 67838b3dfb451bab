package dev.respec.server;

import dev.respec.server.command.CommandProcessor;
import dev.respec.server.command.CommandTable;
import dev.respec.server.commands.Commands;
import dev.respec.server.config.ConfigException;
import dev.respec.server.config.ServerConfig;
import dev.respec.server.event.EventLoop;
import dev.respec.server.keyspace.Database;
import dev.respec.server.keyspace.Eviction;
import dev.respec.server.keyspace.ExpireCycle;
import dev.respec.server.network.Client;
import dev.respec.server.network.Networking;
import dev.respec.server.util.Log;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The server (server.c): global state, startup, serverCron, beforeSleep and shutdown.
 *
 * <p>Everything here is owned by the event loop thread. Signal handlers and other threads only set
 * {@link #shutdownAsap} or submit tasks to the loop.
 */
public final class Server {
    public static final String VERSION = "0.1.0";
    public static final int PROTO_VERSION_DEFAULT = 2;

    private final ServerConfig config;
    private final EventLoop loop;
    private final Networking networking;
    private final CommandTable commands;
    private final CommandProcessor processor;
    private final Stats stats = new Stats();
    private final Eviction eviction;
    private final ExpireCycle expireCycle;
    private Database[] dbs;

    public final String runId;
    public final long startTimeMs = System.currentTimeMillis();
    /** Changes since the last save (server.dirty). */
    public long dirty;
    public long lastSaveTimeSec = startTimeMs / 1000;
    private long cachedMs = startTimeMs;
    private long commandTimeMs = startTimeMs;
    private boolean loading;
    private long cronLoops;
    public volatile boolean shutdownAsap;
    private volatile boolean stopped;
    private Runnable onExit = () -> { };

    public Server(ServerConfig config) throws IOException {
        this.config = config;
        this.loop = new EventLoop();
        this.networking = new Networking(this, loop);
        this.commands = new CommandTable();
        Commands.registerAll(commands);
        commands.seal();
        this.processor = new CommandProcessor(this, commands);
        this.eviction = new Eviction(this);
        this.expireCycle = new ExpireCycle(this);
        byte[] id = new byte[20];
        new SecureRandom().nextBytes(id);
        this.runId = HexFormat.of().formatHex(id);
    }

    // ------------------------------------------------------------------ accessors

    public ServerConfig config() {
        return config;
    }

    public Stats stats() {
        return stats;
    }

    public Networking networking() {
        return networking;
    }

    public CommandProcessor processor() {
        return processor;
    }

    public CommandTable commands() {
        return commands;
    }

    public Eviction evictionPolicy() {
        return eviction;
    }

    public EventLoop loop() {
        return loop;
    }

    public Database db(int id) {
        return dbs[id];
    }

    public int dbCount() {
        return dbs.length;
    }

    /** Wall clock cached once per event loop iteration (server.mstime). */
    public long mstime() {
        return cachedMs;
    }

    /** The time a command sees for expiry: fixed when the command started (fixed_time_expire). */
    public long commandTimeMs() {
        return commandTimeMs;
    }

    public void updateCachedTime() {
        cachedMs = System.currentTimeMillis();
    }

    /** Called by call() before a command runs. */
    public void startCommandClock() {
        updateCachedTime();
        commandTimeMs = cachedMs;
    }

    public boolean isLoading() {
        return loading;
    }

    public long cronLoops() {
        return cronLoops;
    }

    /** Runs after the loop stopped (the CLI exits the JVM there). */
    public void setOnExit(Runnable r) {
        onExit = r;
    }

    // ------------------------------------------------------------------ write bookkeeping

    /**
     * The common end of every write to a key (signalModifiedKey + notifyKeyspaceEvent + dirty++):
     * one place, so that WATCH, keyspace events and propagation hook in here.
     */
    public void keyModified(Database db, byte[] key, String event) {
        keySignaled(db, key, event);
        dirty++;
    }

    /**
     * signalModifiedKey + notifyKeyspaceEvent without counting a change: for the other key of a
     * write that Redis counts once (RENAME's source, MOVE's target database).
     */
    public void keySignaled(Database db, byte[] key, String event) {
    }

    /**
     * signalFlushedDb: every key of db changed at once (FLUSHDB, FLUSHALL, SWAPDB); {@code changes}
     * is what Redis adds to dirty (the keys removed, or 1 for a swap).
     */
    public void dbModified(Database db, long changes) {
        dirty += changes;
    }

    /** The end of an expiry, lazy or active: counted as a change like Redis's propagated DEL. */
    public void keyExpired(Database db, byte[] key) {
        dirty++;
    }

    public void onClientClosed(Client c) {
        processor.onClientClosed(c);
    }

    // ------------------------------------------------------------------ lifecycle

    /** initServer + listen. */
    public void start() throws IOException {
        dbs = new Database[config.databases];
        for (int i = 0; i < dbs.length; i++) {
            dbs[i] = new Database(i, this);
        }
        Path dir = Path.of(config.dir);
        if (!Files.isDirectory(dir)) {
            throw new IOException("Can't chdir to '" + config.dir + "': No such file or directory");
        }
        config.setListener(this::configChanged);
        networking.listen(config.bind, config.port);
        loop.setBeforeSleep(this::beforeSleep);
        loop.setAfterSleep(this::updateCachedTime);
        loop.createTimeEvent(1, id -> serverCron());
    }

    private void configChanged(String name) throws ConfigException {
        if (dbs == null) {
            return; // still loading the configuration: nothing is running yet
        }
        switch (name) {
            case "port", "bind" -> {
                networking.closeListeners();
                try {
                    networking.listen(config.bind, config.port);
                } catch (IOException e) {
                    throw new ConfigException("Unable to listen on this port");
                }
            }
            case "dir" -> {
                if (!Files.isDirectory(Path.of(config.dir))) {
                    throw new ConfigException("No such file or directory");
                }
            }
            default -> {
            }
        }
    }

    public int port() {
        return networking.port();
    }

    /** aeMain: serve until shutdown. */
    public void run() {
        loop.run();
        stopped = true;
        onExit.run();
    }

    public boolean isStopped() {
        return stopped;
    }

    private void beforeSleep() {
        updateCachedTime();
        networking.processUnblockedClients();
        if (config.maxmemory == 0) {
            expireCycle.fastCycleIfNeeded();
        }
        networking.handleClientsWithPendingWrites();
        networking.freeClientsMarkedAsap();
    }

    /** serverCron: runs hz times per second. */
    private long serverCron() {
        updateCachedTime();
        cronLoops++;
        if (shutdownAsap) {
            if (prepareForShutdown("SIGTERM")) {
                return EventLoop.NO_MORE;
            }
            shutdownAsap = false;
        }
        int period = 1000 / config.hz;
        if (cronLoops % Math.max(1, 100 / period) == 0) {
            stats.sample(cachedMs);
        }
        clientsCron();
        databasesCron();
        return period;
    }

    private void clientsCron() {
        if (config.timeout > 0) {
            long now = cachedMs;
            for (Client c : networking.clients().values()) {
                if (!c.blocked && now - c.lastInteractionMs > config.timeout * 1000) {
                    Log.verbose("Closing idle client");
                    c.closeAsap = true;
                }
            }
        }
        for (Client c : networking.clients().values()) {
            if (!c.parser.inRequest()) {
                c.qbuf.shrinkIfIdle();
            }
        }
    }

    /** databasesCron: active expiry, then resizing and incremental rehashing of the keyspace. */
    private void databasesCron() {
        expireCycle.slowCycle();
        for (Database db : dbs) {
            if (db.keys.needsShrink()) {
                db.keys.resize();
            }
            if (db.expires.needsShrink()) {
                db.expires.resize();
            }
        }
        if (config.activeRehashing) {
            for (Database db : dbs) {
                if (db.keys.isRehashing()) {
                    db.keys.rehashMilliseconds(1);
                    break; // one database per cron call, one millisecond, like Redis
                }
                if (db.expires.isRehashing()) {
                    db.expires.rehashMilliseconds(1);
                    break;
                }
            }
        }
    }

    /**
     * prepareForShutdown: stop accepting, flush what clients have queued, and stop the loop.
     * Returns false when the shutdown has to be refused.
     */
    public boolean prepareForShutdown(String reason) {
        Log.warning("User requested shutdown...");
        networking.closeListeners();
        networking.handleClientsWithPendingWrites();
        Log.warning("Redis is now ready to exit, bye bye...");
        loop.stop();
        return true;
    }

    /** SIGTERM / SIGINT: schedule a shutdown at the next cron tick, as Redis does. */
    public void signalShutdown(String signal) {
        Log.warning("Received " + signal + " scheduling shutdown...");
        shutdownAsap = true;
        loop.submit(() -> { });
    }
}
