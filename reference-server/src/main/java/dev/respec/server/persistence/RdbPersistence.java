package dev.respec.server.persistence;

import dev.respec.server.Server;
import dev.respec.server.config.ServerConfig;
import dev.respec.server.event.EventLoop;
import dev.respec.server.keyspace.Database;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.util.Log;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The RDB side of server.c and rdb.c as the rest of the server sees it: loading the dump at
 * startup, SAVE, BGSAVE (a fork-less {@link Snapshot} driven in slices by a time event, its bytes
 * written by a writer thread), the {@code save <seconds> <changes>} points checked in serverCron,
 * the state INFO persistence reports, and the MISCONF rule of {@code stop-writes-on-bgsave-error}.
 *
 * <p>Threading: everything here runs on the event loop thread except the writer thread of a
 * background save, which only takes chunks from a queue, writes them and hands its result back
 * with {@link EventLoop#submit}.
 */
public final class RdbPersistence implements Persistence {
    /** CONFIG_BGSAVE_RETRY_DELAY: seconds before save points retry after a failed BGSAVE. */
    private static final int BGSAVE_RETRY_DELAY = 5;
    /**
     * The slices of a background snapshot: as long as the loop just spent on everything else (so
     * clients and the save share the thread about equally while clients are busy), at least
     * {@link #STEP_MIN_NANOS} (so an idle server saves at full speed with little per-slice overhead)
     * and at most {@link #STEP_MAX_NANOS} (the most a client ever waits for a slice).
     */
    private static final long STEP_MIN_NANOS = 100_000;
    private static final long STEP_MAX_NANOS = 1_000_000;
    /** Chunk buffers a background save recycles (the walk waits when all are queued). */
    private static final int CHUNK_BUFFERS = 64;

    private final Server server;
    private BackgroundSave background;
    /** lastbgsave_status, lastbgsave_try, dirty_before_bgsave (server.lastsave is the Server's). */
    private boolean lastBgsaveOk = true;
    private long lastBgsaveTrySec;
    private long dirtyBeforeBgsave;
    private boolean bgsaveScheduled;
    private long lastBgsaveDurationSec = -1;
    private long saves;
    private long lastCopiedBytes;
    private long lastLoadKeysLoaded;
    private long lastLoadKeysExpired;
    /** DEBUG SET-SKIP-CHECKSUM-VALIDATION: no CRC64 check of RDB files and RESTORE payloads. */
    private boolean skipChecksumValidation;
    /** The epoch of the last background snapshot (1..255, see {@link Snapshot}). */
    private int lastEpoch;

    public RdbPersistence(Server server) {
        this.server = server;
    }

    // ------------------------------------------------------------------ configuration

    private ServerConfig config() {
        return server.config();
    }

    /** The next snapshot epoch, 1..255; true in {@code wrapped[0]} when it starts over after 255. */
    int nextSnapshotEpoch(boolean[] wrapped) {
        wrapped[0] = lastEpoch == 255;
        lastEpoch = lastEpoch % 255 + 1;
        return lastEpoch;
    }

    public void setSkipChecksumValidation(boolean skip) {
        skipChecksumValidation = skip;
    }

    public boolean skipChecksumValidation() {
        return skipChecksumValidation;
    }

    /** rdbchecksum, unless DEBUG SET-SKIP-CHECKSUM-VALIDATION turned checks off. */
    private boolean verifyChecksum() {
        return config().rdbChecksum && !skipChecksumValidation;
    }

    public boolean hasSavePoints() {
        return config().savePoints.length > 0;
    }

    private Path dir() {
        return Path.of(config().dir);
    }

    /** dir/dbfilename. */
    public Path rdbPath() {
        return dir().resolve(config().dbfilename);
    }

    // ------------------------------------------------------------------ loading

    /**
     * loadDataFromDisk: loads dir/dbfilename when it exists. On a bad file the reasons are logged as
     * Redis logs them and an IOException carries the last line; the caller exits with status 1.
     */
    public void loadAtStartup() throws IOException {
        Path file = rdbPath();
        long start = System.nanoTime();
        RdbLoader.Result r;
        try {
            r = load(file);
        } catch (NoSuchFileException e) {
            return;
        } catch (RdbLoader.Failure f) {
            for (String line : f.lines()) {
                Log.warning(line);
            }
            throw new IOException(f.badHeader() ? "Fatal error loading the DB: Invalid argument. Exiting."
                    : "Terminating server after rdb file reading failure.");
        }
        Log.notice("DB loaded from disk: " + String.format(Locale.ROOT, "%.3f", (System.nanoTime() - start) / 1e9)
                + " seconds");
    }

    /** rdbLoad into the current (empty) databases. */
    public RdbLoader.Result load(Path file) throws IOException, RdbLoader.Failure {
        server.setLoading(true);
        try (InputStream in = Files.newInputStream(file)) {
            RdbLoader loader = new RdbLoader(new KeyspaceSink(), verifyChecksum(), false,
                    System.currentTimeMillis());
            RdbLoader.Result r = loader.load(RdbInput.of(new java.io.BufferedInputStream(in, 1 << 16), Files.size(file)));
            lastLoadKeysLoaded = r.keysLoaded();
            lastLoadKeysExpired = r.keysExpired();
            return r;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            server.setLoading(false);
        }
    }

    /**
     * DEBUG RELOAD [MERGE] [NOFLUSH] [NOSAVE]: save (unless NOSAVE), empty the databases (unless
     * NOFLUSH), load the dump back; with MERGE a key of the file replaces one already in memory
     * instead of being a fatal duplicate. Returns null on success, else the error to reply. Unlike
     * Redis, a file that fails to load does not end the process here: the reasons are logged and the
     * command fails.
     */
    public String debugReload(boolean merge, boolean flush, boolean save) {
        if (save && !save()) {
            return "-ERR";
        }
        if (flush) {
            for (int i = 0; i < server.dbCount(); i++) {
                server.db(i).flush();
            }
        }
        try {
            server.setLoading(true);
            try (InputStream in = Files.newInputStream(rdbPath())) {
                RdbLoader loader = new RdbLoader(merge ? new MergingSink() : new KeyspaceSink(), verifyChecksum(),
                        false, System.currentTimeMillis());
                RdbLoader.Result r = loader.load(
                        RdbInput.of(new java.io.BufferedInputStream(in, 1 << 16), Files.size(rdbPath())));
                lastLoadKeysLoaded = r.keysLoaded();
                lastLoadKeysExpired = r.keysExpired();
            } finally {
                server.setLoading(false);
            }
        } catch (IOException | UncheckedIOException e) {
            Log.warning("Failed loading the RDB dump: " + e.getMessage());
            return "Error trying to load the RDB dump, check server logs.";
        } catch (RdbLoader.Failure f) {
            f.lines().forEach(Log::warning);
            return "Error trying to load the RDB dump, check server logs.";
        }
        Log.warning("DB reloaded by DEBUG RELOAD");
        return null;
    }

    /** RDBFLAGS_ALLOW_DUP: a key of the file replaces the one in memory. */
    private final class MergingSink implements RdbLoader.Sink {
        private final KeyspaceSink plain = new KeyspaceSink();

        @Override
        public int databases() {
            return server.dbCount();
        }

        @Override
        public boolean add(int dbid, byte[] key, RdbValue value, long expireMs, long lruIdle, int lfuFreq) {
            server.db(dbid).delete(key);
            return plain.add(dbid, key, value, expireMs, lruIdle, lfuFreq);
        }
    }

    /** Loaded keys go straight into the server's databases, with their expire and LRU/LFU data. */
    private final class KeyspaceSink implements RdbLoader.Sink {
        @Override
        public int databases() {
            return server.dbCount();
        }

        @Override
        public boolean add(int dbid, byte[] key, RdbValue value, long expireMs, long lruIdle, int lfuFreq) {
            Database db = server.db(dbid);
            if (db.keys.find(key) != null) {
                return false;
            }
            RedisObject o = ValueFactory.create(value, config());
            db.add(key, o);
            if (expireMs != -1) {
                db.setExpire(key, expireMs);
            }
            setLruOrLfu(server, o, lfuFreq, lruIdle);
            return true;
        }
    }

    /**
     * objectSetLRUOrLFU (RDB IDLE/FREQ, RESTORE IDLETIME/FREQ): the LFU counter under an LFU policy,
     * else the idle seconds as an access time on the LRU clock; -1 leaves the object as it is.
     */
    static void setLruOrLfu(Server server, RedisObject o, int lfuFreq, long lruIdle) {
        if (server.evictionPolicy().lfuPolicy()) {
            if (lfuFreq >= 0) {
                int minutes = (int) ((server.mstime() / 1000 / 60) & 65535);
                o.lru = (minutes << 8) | lfuFreq;
            }
        } else if (lruIdle >= 0) {
            long abs = server.evictionPolicy().lruClock() - lruIdle;
            if (abs < 0) {
                abs += dev.respec.server.keyspace.Eviction.LRU_CLOCK_MAX;
            }
            o.lru = (int) abs;
        }
    }

    // ------------------------------------------------------------------ SAVE

    public boolean backgroundSaveInProgress() {
        return background != null;
    }

    /**
     * rdbSave: the whole dataset, synchronously, into dir/dbfilename. Logs and returns false on a
     * failure (the old dump stays). A background save in progress is abandoned first by callers
     * that need to (SHUTDOWN, FLUSHALL, DEBUG RELOAD); SAVE itself refuses.
     */
    public boolean save() {
        Path target = rdbPath();
        RdbFile file;
        try {
            file = RdbFile.create(dir(), false);
        } catch (IOException e) {
            Log.warning("Failed opening the temp RDB file " + RdbFile.tempName(false) + " (in server root dir "
                    + dir().toAbsolutePath() + ") for saving: " + reason(e));
            return false;
        }
        try (file) {
            Snapshot s = new Snapshot(server, config().rdbCompression, false, (buf, len) -> {
                try {
                    file.write(buf, len);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return buf;
            }, false);
            try {
                while (!s.step(Long.MAX_VALUE)) {
                    // one step walks everything; the loop only guards a wrapped budget
                }
            } finally {
                s.detach();
            }
            file.commit(target, config().rdbChecksum);
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            logWriteError(io);
            return false;
        }
        Log.notice("DB saved on disk");
        server.dirty = 0;
        server.lastSaveTimeSec = System.currentTimeMillis() / 1000;
        lastBgsaveOk = true;
        return true;
    }

    private static void logWriteError(IOException e) {
        Log.warning(e instanceof RdbFile.RenameFailed ? e.getMessage() : "Write error saving DB on disk: " + reason(e));
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "Permission denied";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** SAVE: counted in rdb_saves, refused while a background save runs. */
    public String saveCommand() {
        if (background != null) {
            return "Background save already in progress";
        }
        saves++;
        return save() ? null : "";
    }

    // ------------------------------------------------------------------ BGSAVE

    /** The outcome of asking for a background save. */
    public enum BgsaveResult { STARTED, SCHEDULED, IN_PROGRESS }

    /** bgsaveCommand's decision ({@code schedule} only matters when another background job runs). */
    public BgsaveResult bgsave(boolean schedule) {
        if (background != null) {
            return BgsaveResult.IN_PROGRESS;
        }
        if (server.transactions().inExec()) {
            bgsaveScheduled = true; // Redis does not fork inside EXEC: serverCron starts it
            return BgsaveResult.SCHEDULED;
        }
        startBackgroundSave();
        return BgsaveResult.STARTED;
    }

    /**
     * rdbSaveBackground. It cannot fail to start: what fails after Redis's fork (opening the temp
     * file, writing it) is reported the way Redis reports its child's failure, as a failed save.
     */
    void startBackgroundSave() {
        dirtyBeforeBgsave = server.dirty;
        lastBgsaveTrySec = System.currentTimeMillis() / 1000;
        saves++;
        RdbFile file;
        try {
            file = RdbFile.create(dir(), true);
        } catch (IOException e) {
            Log.notice("Background saving started by pid " + ProcessHandle.current().pid());
            Log.warning("Failed opening the temp RDB file " + RdbFile.tempName(true) + " (in server root dir "
                    + dir().toAbsolutePath() + ") for saving: " + reason(e));
            Log.warning("Background saving error");
            lastBgsaveOk = false;
            lastBgsaveDurationSec = 0;
            return;
        }
        background = new BackgroundSave(file);
        Log.notice("Background saving started by pid " + ProcessHandle.current().pid());
    }

    /**
     * One background save: the snapshot walked by a time event, its chunks queued to a writer
     * thread that writes, checksums, syncs and renames, then reports back on the loop.
     */
    private final class BackgroundSave {
        private final RdbFile file;
        private final Snapshot snapshot;
        /** Chunks for the writer, in order; {@link #END} or {@link #ABANDON} last. */
        private final BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
        /** Written chunk buffers, back for reuse; {@link #outstanding} counts those not back. */
        private final BlockingQueue<byte[]> free = new LinkedBlockingQueue<>();
        private final AtomicLong outstanding = new AtomicLong();
        private final Thread writer;
        private final long startMs = System.currentTimeMillis();
        private final long timeEvent;
        private final boolean checksum = config().rdbChecksum;
        private final Path target = rdbPath();
        private volatile boolean abandoned;
        private long lastStepEnd = System.nanoTime();

        BackgroundSave(RdbFile file) {
            this.file = file;
            this.snapshot = new Snapshot(server, config().rdbCompression, false, (buf, len) -> {
                queue.add(new Chunk(buf, len));
                byte[] next = free.poll();
                if (next == null) {
                    outstanding.incrementAndGet();
                    next = new byte[Snapshot.CHUNK_BYTES + 4096];
                }
                return next;
            }, true);
            this.writer = new Thread(this::writeLoop, "rdb-bgsave");
            writer.setDaemon(true);
            writer.start();
            this.timeEvent = server.loop().createTimeEvent(0, id -> step());
        }

        /** The time event: one slice of the walk, or a pause while the writer catches up. */
        private long step() {
            if (abandoned) {
                return EventLoop.NO_MORE;
            }
            if (free.isEmpty() && outstanding.get() >= CHUNK_BUFFERS) {
                return 1; // the writer is behind: let it catch up
            }
            int delayMicros = config().rdbKeySaveDelay;
            if (delayMicros > 0) {
                // rdb-key-save-delay: Redis's child sleeps per key; here one bucket per tick instead
                if (snapshot.step(Long.MAX_VALUE, 1)) {
                    queue.add(END);
                    return EventLoop.NO_MORE;
                }
                return Math.max(1, delayMicros / 1000);
            }
            long start = System.nanoTime();
            long budget = Math.max(STEP_MIN_NANOS, Math.min(STEP_MAX_NANOS, start - lastStepEnd));
            boolean done = snapshot.step(budget);
            lastStepEnd = System.nanoTime();
            if (done) {
                queue.add(END);
                return EventLoop.NO_MORE;
            }
            return 0;
        }

        private void writeLoop() {
            IOException failure = null;
            try (file) {
                while (true) {
                    Chunk chunk = queue.take();
                    if (chunk == END || chunk == ABANDON) {
                        if (chunk == END && failure == null) {
                            file.commit(target, checksum);
                        }
                        break;
                    }
                    if (failure == null) {
                        try {
                            file.write(chunk.buf(), chunk.len());
                        } catch (IOException e) {
                            failure = e; // keep draining: the walk ends on its own
                        }
                    }
                    if (chunk.buf().length == Snapshot.CHUNK_BYTES + 4096) {
                        free.add(chunk.buf());
                    } else {
                        outstanding.decrementAndGet(); // grown for a big value: not kept
                    }
                }
            } catch (IOException e) {
                failure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            IOException result = failure;
            if (!abandoned) {
                server.loop().submit(() -> finished(this, result));
            }
        }

        /** killRDBChild: stop walking, let the writer delete the temp file, wait for it. */
        void abandon() {
            abandoned = true;
            server.loop().deleteTimeEvent(timeEvent);
            snapshot.detach();
            queue.clear();
            queue.add(ABANDON);
            try {
                writer.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** buf[0, len) of the image. */
    private record Chunk(byte[] buf, int len) {
    }

    private static final Chunk END = new Chunk(new byte[0], 0);
    private static final Chunk ABANDON = new Chunk(new byte[0], 0);

    /** backgroundSaveDoneHandler, on the loop thread. */
    private void finished(BackgroundSave b, IOException failure) {
        if (background != b) {
            return;
        }
        background = null;
        long now = System.currentTimeMillis();
        lastBgsaveDurationSec = (now - b.startMs) / 1000;
        lastCopiedBytes = b.snapshot.copiedTotal();
        if (failure == null) {
            Log.notice("DB saved on disk");
            Log.notice("Fork-less snapshot for RDB: " + b.snapshot.keysWritten() + " keys, "
                    + (b.snapshot.copiedTotal() >> 10) + " KB of values copied before their write, peak held "
                    + (b.snapshot.copiedPeak() >> 10) + " KB");
            Log.notice("Background saving terminated with success");
            server.dirty -= dirtyBeforeBgsave;
            server.lastSaveTimeSec = now / 1000;
            lastBgsaveOk = true;
        } else {
            logWriteError(failure);
            Log.warning("Background saving error");
            lastBgsaveOk = false;
        }
    }

    /**
     * killRDBChild (SHUTDOWN, FLUSHALL, DEBUG RELOAD): the background save is abandoned, its temp
     * file removed; not an error for stop-writes-on-bgsave-error.
     */
    public void abandonBackgroundSave() {
        if (background != null) {
            BackgroundSave b = background;
            background = null;
            b.abandon();
            lastBgsaveDurationSec = (System.currentTimeMillis() - b.startMs) / 1000;
            Log.warning("Background saving terminated by signal 10");
        }
    }

    // ------------------------------------------------------------------ serverCron

    /** The save points and a scheduled BGSAVE, as serverCron checks them. */
    public void cron() {
        if (background != null) {
            return;
        }
        long now = System.currentTimeMillis() / 1000;
        for (long[] sp : config().savePoints) {
            if (server.dirty >= sp[1] && now - server.lastSaveTimeSec > sp[0]
                    && (now - lastBgsaveTrySec > BGSAVE_RETRY_DELAY || lastBgsaveOk)) {
                Log.notice(sp[1] + " changes in " + sp[0] + " seconds. Saving...");
                startBackgroundSave();
                return;
            }
        }
        if (bgsaveScheduled && (now - lastBgsaveTrySec > BGSAVE_RETRY_DELAY || lastBgsaveOk)) {
            startBackgroundSave();
            bgsaveScheduled = false;
        }
    }

    /** FLUSHALL: a background save is abandoned and, with save points, the empty dataset saved. */
    public void afterFlushAll() {
        abandonBackgroundSave();
        if (hasSavePoints()) {
            save();
        }
    }

    /** prepareForShutdown's first step: a background save is abandoned and its temp file removed. */
    public void beforeShutdown() {
        if (background != null) {
            Log.warning("There is a child saving an .rdb. Killing it!");
            abandonBackgroundSave();
        }
    }

    /** SHUTDOWN's save, in the foreground. */
    @Override
    public boolean saveOnShutdown() {
        beforeShutdown();
        return save();
    }

    // ------------------------------------------------------------------ MISCONF and INFO

    /** writeCommandsDeniedByDiskError for RDB: the last background save failed and writes must stop. */
    public boolean writesDenied() {
        return !lastBgsaveOk && config().stopWritesOnBgsaveError && hasSavePoints();
    }

    public long lastSaveSec() {
        return server.lastSaveTimeSec;
    }

    /** The RDB fields of INFO persistence, in Redis 7.0's order, as name/value pairs. */
    public List<String[]> infoFields() {
        List<String[]> f = new ArrayList<>();
        boolean bg = background != null;
        long now = System.currentTimeMillis();
        f.add(new String[] {"loading", server.isLoading() ? "1" : "0"});
        f.add(new String[] {"async_loading", "0"});
        f.add(new String[] {"current_cow_peak", bg ? Long.toString(background.snapshot.copiedPeak()) : "0"});
        f.add(new String[] {"current_cow_size", bg ? Long.toString(background.snapshot.copiedTotal()) : "0"});
        f.add(new String[] {"current_cow_size_age", "0"});
        f.add(new String[] {"current_fork_perc", "0.00"});
        f.add(new String[] {"current_save_keys_processed", bg ? Long.toString(background.snapshot.keysWritten()) : "0"});
        f.add(new String[] {"current_save_keys_total", bg ? Long.toString(totalKeys()) : "0"});
        f.add(new String[] {"rdb_changes_since_last_save", Long.toString(server.dirty)});
        f.add(new String[] {"rdb_bgsave_in_progress", bg ? "1" : "0"});
        f.add(new String[] {"rdb_last_save_time", Long.toString(server.lastSaveTimeSec)});
        f.add(new String[] {"rdb_last_bgsave_status", lastBgsaveOk ? "ok" : "err"});
        f.add(new String[] {"rdb_last_bgsave_time_sec", Long.toString(lastBgsaveDurationSec)});
        f.add(new String[] {"rdb_current_bgsave_time_sec", bg ? Long.toString((now - background.startMs) / 1000) : "-1"});
        f.add(new String[] {"rdb_saves", Long.toString(saves)});
        f.add(new String[] {"rdb_last_cow_size", Long.toString(lastCopiedBytes)});
        f.add(new String[] {"rdb_last_load_keys_expired", Long.toString(lastLoadKeysExpired)});
        f.add(new String[] {"rdb_last_load_keys_loaded", Long.toString(lastLoadKeysLoaded)});
        return f;
    }

    private long totalKeys() {
        long n = 0;
        for (int i = 0; i < server.dbCount(); i++) {
            n += server.db(i).size();
        }
        return n;
    }

    /** CONFIG RESETSTAT: rdb_saves starts over, as resetServerStats does. */
    public void resetStats() {
        saves = 0;
    }

}
