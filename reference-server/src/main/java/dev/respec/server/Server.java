package dev.respec.server;

import dev.respec.server.blocking.Blocking;
import dev.respec.server.command.CommandProcessor;
import dev.respec.server.command.CommandSpec;
import dev.respec.server.command.CommandTable;
import dev.respec.server.commands.Commands;
import dev.respec.server.config.ConfigException;
import dev.respec.server.config.KeyspaceEvents;
import dev.respec.server.config.ServerConfig;
import dev.respec.server.event.EventLoop;
import dev.respec.server.keyspace.Database;
import dev.respec.server.keyspace.Dict;
import dev.respec.server.keyspace.Eviction;
import dev.respec.server.keyspace.ExpireCycle;
import dev.respec.server.keyspace.MemoryAccounting;
import dev.respec.server.multi.Transactions;
import dev.respec.server.network.Client;
import dev.respec.server.network.Networking;
import dev.respec.server.persistence.Persistence;
import dev.respec.server.persistence.RdbPersistence;
import dev.respec.server.pubsub.PubSub;
import dev.respec.server.util.Bytes;
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
    private final RdbPersistence rdb;
    private final MemoryAccounting memory;
    private final Blocking blocking;
    private final Transactions transactions;
    private final PubSub pubsub = new PubSub();
    private Database[] dbs;
    private int resizeDb;
    private int rehashDb;

    public final String runId;
    public final long startTimeMs = System.currentTimeMillis();
    /** Changes since the last save (server.dirty). */
    public long dirty;
    public long lastSaveTimeSec = startTimeMs / 1000;
    private long cachedMs = startTimeMs;
    private long commandTimeMs = startTimeMs;
    /** A wall-clock reading and the monotonic time it was taken at (see {@link #startCommandClock}). */
    private long calibrationMs = startTimeMs;
    private long calibrationNanos = System.nanoTime();
    private boolean loading;
    private long cronLoops;
    /** Set by SIGTERM / SIGINT; serverCron starts the shutdown (server.shutdown_asap). */
    public volatile boolean shutdownAsap;
    private volatile String lastSignal = "SIGTERM";
    private volatile boolean stopped;
    /** Set once a shutdown succeeded: no further command runs, the loop ends. */
    private boolean exiting;
    private Runnable onExit = () -> { };
    private Persistence persistence = Persistence.NONE;
    /** DEBUG SET-ACTIVE-EXPIRE (server.active_expire_enabled). */
    public boolean activeExpireEnabled = true;
    /** master_replid: the replication ID of this (always master) server. */
    public final String replId;
    /** The event loop thread, for INFO's used_cpu_*_main_thread. */
    private volatile Thread loopThread;

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
        this.rdb = new RdbPersistence(this);
        this.persistence = rdb;
        this.blocking = new Blocking(this);
        this.transactions = new Transactions(this);
        this.memory = new MemoryAccounting(this);
        this.runId = randomHex();
        this.replId = randomHex();
    }

    private static String randomHex() {
        byte[] id = new byte[20];
        new SecureRandom().nextBytes(id);
        return HexFormat.of().formatHex(id);
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

    /** Memory accounting: used_memory and friends for INFO memory, MEMORY and eviction. */
    public MemoryAccounting memory() {
        return memory;
    }

    /** MULTI/EXEC and WATCH (multi.c). */
    public Transactions transactions() {
        return transactions;
    }

    /** Clients blocked on keys (blocked.c). */
    public Blocking blocking() {
        return blocking;
    }

    /** Pub/Sub channels, patterns and their subscribers (pubsub.c). */
    public PubSub pubsub() {
        return pubsub;
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

    /** Reads the wall clock, and pairs it with the monotonic clock for {@link #startCommandClock}. */
    public void updateCachedTime() {
        calibrationNanos = System.nanoTime();
        cachedMs = System.currentTimeMillis();
        calibrationMs = cachedMs;
    }

    /**
     * Called by call() before a command runs, with the monotonic time call() measures the command's
     * duration from: the wall clock is derived from it (against the pairing made once per event loop
     * iteration), so a command costs two clock reads, as in Redis, rather than three.
     */
    public void startCommandClock(long nowNanos) {
        cachedMs = calibrationMs + (nowNanos - calibrationNanos) / 1_000_000;
        commandTimeMs = cachedMs;
    }

    /** The same, reading the wall clock, for work that runs outside call() (serving blocked clients). */
    public void startCommandClock() {
        updateCachedTime();
        commandTimeMs = cachedMs;
    }

    public boolean isLoading() {
        return loading;
    }

    /** Set while an RDB loads: keys are not expired by lookups meanwhile. */
    public void setLoading(boolean loading) {
        this.loading = loading;
    }

    /** RDB persistence: SAVE/BGSAVE, save points, the dump loaded at startup. */
    public RdbPersistence rdb() {
        return rdb;
    }

    public long cronLoops() {
        return cronLoops;
    }

    public Persistence persistence() {
        return persistence;
    }

    /** Plugs in the persistence engine (RDB / AOF). */
    public void setPersistence(Persistence p) {
        persistence = p;
    }

    public Thread loopThread() {
        return loopThread;
    }

    /** True once a shutdown succeeded: the current command is the last one. */
    public boolean isExiting() {
        return exiting;
    }

    // ------------------------------------------------------------------ memory figures for INFO

    /** used_memory: the memory accounting's estimate of the heap the server holds (see MemoryAccounting). */
    public long usedMemory() {
        return memory.usedMemory();
    }

    public long usedMemoryPeak() {
        return memory.peak();
    }

    /** used_memory_startup: the accounted memory once the server was initialised. */
    public long usedMemoryStartup() {
        return memory.startupAllocated();
    }

    /** CONFIG RESETSTAT: server counters, commandstats, errorstats, latencystats. */
    public void resetStats() {
        stats.reset();
        for (CommandSpec s : commands.allSpecs()) {
            s.resetStats();
        }
        rdb.resetStats();
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
        db.valueChanged(key);
        keySignaled(db, key, event);
        dirty++;
    }

    /**
     * signalModifiedKey + notifyKeyspaceEvent without counting a change: for the other key of a
     * write that Redis counts once (RENAME's source, MOVE's target database).
     */
    public void keySignaled(Database db, byte[] key, String event) {
        transactions.touch(db, key);
        blocking.signalKeyAsReady(db, key);
        notifyKeyspaceEvent(db, key, event);
    }

    /**
     * notifyKeyspaceEvent: when notify-keyspace-events enables the event's class, publishes
     * __keyspace@db__:key -> event (K) and __keyevent@db__:event -> key (E). On its own (without
     * keySignaled) for a write's further events, e.g. SET's "expire" after its "set".
     */
    public void notifyKeyspaceEvent(Database db, byte[] key, String event) {
        int flags = config.notifyKeyspaceEvents;
        if (flags == 0 || (flags & KeyspaceEvents.classOf(event)) == 0) {
            return;
        }
        if ((flags & KeyspaceEvents.KEYSPACE) != 0) {
            pubsub.publish(Bytes.concat(Bytes.latin1("__keyspace@" + db.id + "__:"), key), Bytes.latin1(event),
                    PubSub.Kind.GLOBAL);
        }
        if ((flags & KeyspaceEvents.KEYEVENT) != 0) {
            pubsub.publish(Bytes.latin1("__keyevent@" + db.id + "__:" + event), key, PubSub.Kind.GLOBAL);
        }
    }

    /**
     * signalFlushedDb: every key of db changed at once (FLUSHDB, FLUSHALL, SWAPDB); {@code changes}
     * is what Redis adds to dirty (the keys removed, or 1 for a swap).
     */
    public void dbModified(Database db, long changes) {
        dirty += changes;
        blocking.scanDatabaseForReadyKeys(db);
    }

    /**
     * The end of an expiry, lazy or active (deleteExpiredKeyAndPropagate): Redis propagates a DEL
     * but does not count it as a change since the last save.
     */
    public void keyExpired(Database db, byte[] key) {
        notifyKeyspaceEvent(db, key, "expired");
        transactions.touch(db, key);
    }

    /** The end of an eviction: like an expiry, propagated as a DEL, not counted as a change. */
    public void keyEvicted(Database db, byte[] key) {
        notifyKeyspaceEvent(db, key, "evicted");
        transactions.touch(db, key);
    }

    public void onClientClosed(Client c) {
        blocking.onClientClosed(c);
        transactions.forget(c);
        pubsub.clientGone(c);
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
        config.adjustOpenFilesLimit();
        memory.startupDone();
        rdb.loadAtStartup();
        config.setListener(this::configChanged);
        networking.listen(config.bind, config.port);
        createPidFile();
        loop.setBeforeSleep(this::beforeSleep);
        loop.setAfterSleep(this::updateCachedTime);
        loop.createTimeEvent(1, id -> serverCron());
    }

    private void configChanged(String name) throws ConfigException {
        if (dbs == null) {
            return; // still loading the configuration: nothing is running yet
        }
        switch (name) {
            case "port" -> relisten("Unable to listen on this port. Check server logs.");
            case "bind" -> relisten("Failed to bind to specified addresses.");
            case "maxmemory" -> {
                long used = memory.usedMemory() - memory.notCountedMemory();
                if (config.maxmemory != 0 && config.maxmemory < used) {
                    Log.warning("WARNING: the new maxmemory value set via CONFIG SET (" + config.maxmemory
                            + ") is smaller than the current memory usage (" + used + "). This will result in key "
                            + "eviction and/or the inability to accept new write commands depending on the "
                            + "maxmemory-policy.");
                }
                if (config.maxmemory != 0) {
                    eviction.performEvictions();
                }
            }
            default -> {
            }
        }
    }

    private void relisten(String failure) throws ConfigException {
        networking.closeListeners();
        try {
            networking.listen(config.bind, config.port);
        } catch (IOException e) {
            throw new ConfigException(failure); // listen() logged which address failed
        }
    }

    public int port() {
        return networking.port();
    }

    /** aeMain: serve until shutdown. */
    public void run() {
        loopThread = Thread.currentThread();
        loop.run();
        stopped = true;
        onExit.run();
    }

    public boolean isStopped() {
        return stopped;
    }

    private void beforeSleep() {
        updateCachedTime();
        blocking.handleBlockedClientsTimeout();
        blocking.handleClientsBlockedOnKeys();
        networking.processUnblockedClients();
        if (activeExpireEnabled) {
            expireCycle.fastCycle();
        }
        networking.handleClientsWithPendingWrites();
        networking.freeClientsMarkedAsap();
    }

    /** serverCron: runs hz times per second. */
    private long serverCron() {
        updateCachedTime();
        cronLoops++;
        if (shutdownAsap) {
            int flags = lastSignal.equals("SIGINT") ? config.shutdownOnSigint : config.shutdownOnSigterm;
            if (prepareForShutdown(flags)) {
                return EventLoop.NO_MORE;
            }
            shutdownAsap = false;
        }
        int period = 1000 / config.hz;
        if (cronLoops % Math.max(1, 100 / period) == 0) {
            stats.sample(cachedMs);
        }
        clientsCron();
        memory.cron();
        databasesCron();
        rdb.cron();
        return period;
    }

    private void clientsCron() {
        if (config.timeout > 0) {
            long now = cachedMs;
            for (Client c : networking.clients().values()) {
                if (!c.blocked && now - c.lastInteractionMs > config.timeout * 1000) {
                    Log.verbose("Closing idle client");
                    networking.closeAsap(c);
                }
            }
        }
        for (Client c : networking.clients().values()) {
            if (!c.parser.inRequest()) {
                c.qbuf.shrinkIfIdle();
            }
            c.checkOutputBufferLimits();
        }
    }

    /**
     * databasesCron: active expiry, then (unless a snapshot wants memory kept still) shrinking the
     * keyspace tables that fell under 10% use and a millisecond of incremental rehashing, each
     * continuing from the database where the previous call stopped.
     */
    private void databasesCron() {
        if (activeExpireEnabled) {
            expireCycle.slowCycle();
        }
        if (!Dict.isResizeEnabled()) {
            return;
        }
        int dbsPerCall = Math.min(ExpireCycle.DBS_PER_CALL, dbs.length);
        for (int j = 0; j < dbsPerCall; j++) {
            Database db = dbs[Integer.remainderUnsigned(resizeDb, dbs.length)];
            db.keys.shrinkIfNeeded();
            db.expires.shrinkIfNeeded();
            resizeDb++;
        }
        if (config.activeRehashing) {
            for (int j = 0; j < dbsPerCall; j++) {
                if (incrementallyRehash(dbs[rehashDb])) {
                    break; // one millisecond per cron call
                }
                rehashDb = (rehashDb + 1) % dbs.length;
            }
        }
    }

    /** incrementallyRehash: a millisecond on the keys dict, else on the expires dict. */
    private static boolean incrementallyRehash(Database db) {
        if (db.keys.isRehashing()) {
            db.keys.rehashMilliseconds(1);
            return true;
        }
        if (db.expires.isRehashing()) {
            db.expires.rehashMilliseconds(1);
            return true;
        }
        return false;
    }

    /**
     * prepareForShutdown + finishShutdown, with SHUTDOWN's flags ({@link ServerConfig#SHUTDOWN_SAVE}
     * ...). There are no replicas to wait for, so the shutdown finishes at once: save when save
     * points are configured (unless NOSAVE) or SAVE is given, remove the pid file, close the
     * listeners and stop the loop. Returns false when the shutdown failed (the save failed without
     * FORCE); the server then keeps running.
     */
    public boolean prepareForShutdown(int flags) {
        if (loading) {
            flags = (flags & ~ServerConfig.SHUTDOWN_SAVE) | ServerConfig.SHUTDOWN_NOSAVE;
        }
        Log.warning("User requested shutdown...");
        rdb.beforeShutdown();
        persistence.flushOnShutdown();
        boolean save = (flags & ServerConfig.SHUTDOWN_SAVE) != 0;
        boolean nosave = (flags & ServerConfig.SHUTDOWN_NOSAVE) != 0;
        if ((!config.get("save").isEmpty() && !nosave) || save) {
            Log.notice("Saving the final RDB snapshot before exiting.");
            if (!persistence.saveOnShutdown()) {
                if ((flags & ServerConfig.SHUTDOWN_FORCE) != 0) {
                    Log.warning("Error trying to save the DB. Exit anyway.");
                } else {
                    Log.warning("Error trying to save the DB, can't exit.");
                    Log.warning("Errors trying to shut down the server. Check the logs for more information.");
                    return false;
                }
            }
        }
        removePidFile();
        networking.closeListeners();
        Log.warning("Redis is now ready to exit, bye bye...");
        exiting = true;
        loop.stop();
        return true;
    }

    /**
     * The SIGTERM / SIGINT handler: schedule a shutdown for the next cron tick, as Redis does. A
     * second SIGINT while one is pending exits at once.
     */
    public void signalShutdown(String signal) {
        if (shutdownAsap && signal.equals("SIGINT")) {
            Log.fromSignalHandler("You insist... exiting now.");
            Runtime.getRuntime().halt(1);
        }
        Log.fromSignalHandler("Received " + signal + " scheduling shutdown...");
        lastSignal = signal;
        shutdownAsap = true;
        loop.submit(() -> { });
    }

    /** createPidFile: when pidfile is set, write our pid there (failure is only logged, as in Redis). */
    private void createPidFile() {
        if (config.pidfile.isEmpty()) {
            return;
        }
        try {
            Files.writeString(Path.of(config.dir).resolve(config.pidfile), ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            Log.warning("Failed to write PID file: " + e.getMessage());
        }
    }

    private void removePidFile() {
        if (config.pidfile.isEmpty()) {
            return;
        }
        Log.notice("Removing the pid file.");
        try {
            Files.deleteIfExists(Path.of(config.dir).resolve(config.pidfile));
        } catch (IOException e) {
            Log.verbose("Removing the pid file: " + e.getMessage());
        }
    }
}
