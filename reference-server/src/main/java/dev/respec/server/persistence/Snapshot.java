package dev.respec.server.persistence;

import dev.respec.server.Server;
import dev.respec.server.keyspace.Database;
import dev.respec.server.keyspace.Dict;
import dev.respec.server.keyspace.RedisObject;

/**
 * A point-in-time RDB image of the keyspace, made without fork(): what BGSAVE's child process
 * writes in Redis, produced here on the event loop thread in budgeted slices while clients keep
 * writing.
 *
 * <p><b>How it stays point-in-time.</b> At the start the snapshot records, per database, the dict
 * of keys and the dict of expires and their sizes, and takes a new epoch. It then walks each
 * recorded dict with the SCAN cursor (which visits every entry present for the whole walk at least
 * once, across rehashing) and serializes every value whose {@link RedisObject#snapshotEpoch} is not
 * the snapshot's, marking it. Meanwhile it is every database's {@link Database.WriteObserver}:
 * <ul>
 *   <li>before a key is changed, re-pointed, deleted or has its expire changed, its value is
 *       serialized (with its expire as it was) and marked, unless already marked — copy-on-write
 *       of one entry, as Dragonfly's snapshot versions entries;</li>
 *   <li>a value entering the keyspace is marked at once, so the walk leaves keys created after the
 *       start out, and a new value for an already written key is not written twice;</li>
 *   <li>FLUSHDB/FLUSHALL replace a database's dicts and SWAPDB exchanges them: the snapshot keeps
 *       walking the dicts it recorded, which no longer change, so it needs no hook there.</li>
 * </ul>
 * Entries of the database being walked go straight to the output; entries of a database not
 * reached yet are serialized into that database's pending buffer, emitted after its
 * SELECTDB/RESIZEDB. A database already walked holds only marked values, so its writes cost
 * nothing. The memory cost is the serialized size of the values changed before the walk reached
 * them, never a copy of the dataset.
 *
 * <p>Epochs are 1..255 in the spare byte of each value; 0 is "never". When the server's counter
 * wraps (every 255 background saves) every mark in the keyspace is reset first, in one pass on the
 * loop, so a stale mark can never equal the current epoch.
 *
 * <p>Output goes to a {@link ChunkSink} in chunks of about {@link #CHUNK_BYTES} (the file writer),
 * which hands back a buffer to go on with, so a background save recycles a few buffers instead of
 * feeding the garbage collector; the caller appends the CRC64 trailer. Loop thread only.
 */
public final class Snapshot implements Database.WriteObserver {
    /** The size of the chunks handed to the sink (a chunk ends after the key that fills it). */
    public static final int CHUNK_BYTES = 256 * 1024;

    /** Receives the image in order, chunk by chunk. */
    public interface ChunkSink {
        /**
         * Takes buf[0, len) (keeping buf, or copying it) and returns an empty buffer to write the
         * next chunk into: buf itself when it was consumed at once.
         */
        byte[] accept(byte[] buf, int len);
    }

    private final Server server;
    private final boolean background;
    private final byte epoch;
    private final Dict[] keys;
    private final Dict[] expires;
    private final long[] sizes;
    private final long[] expiresSizes;
    private final RdbOutput[] pending;
    private final RdbOutput out;
    private final ChunkSink sink;
    private final Dict.Visitor visitor = this::visit;
    private final boolean saveLru;
    private final boolean saveLfu;
    /** The database being walked (-1 before the first), its SCAN cursor, and whether its walk ended. */
    private int db = -1;
    private long cursor;
    private boolean dbDone = true;
    private boolean finished;
    private long keysWritten;
    private long bytesWritten;
    private long copiedBytes;
    private long copiedPeak;
    /** Bytes serialized by the copy-on-write hooks: values written ahead of the walk. */
    private long copiedTotal;

    /**
     * Records the keyspace and writes the header. {@code sink} receives the RDB bytes in order
     * (without the CRC64 trailer). A {@code background} snapshot takes an epoch and becomes every
     * database's observer, so it can be walked while clients write; a foreground one (SAVE) is
     * walked in one go with nothing else running: it neither marks values nor observes, so it can
     * run while a background snapshot is in progress without disturbing it.
     */
    public Snapshot(Server server, boolean compress, boolean aofBase, ChunkSink sink, boolean background) {
        this.server = server;
        this.background = background;
        this.epoch = background ? nextEpoch(server) : 0;
        this.sink = sink;
        int n = server.dbCount();
        keys = new Dict[n];
        expires = new Dict[n];
        sizes = new long[n];
        expiresSizes = new long[n];
        pending = new RdbOutput[n];
        for (int i = 0; i < n; i++) {
            Database d = server.db(i);
            keys[i] = d.keys;
            expires[i] = d.expires;
            sizes[i] = d.size();
            expiresSizes[i] = d.expiresSize();
        }
        String policy = server.config().maxmemoryPolicy;
        saveLru = policy.contains("lru");
        saveLfu = policy.contains("lfu");
        out = new RdbOutput(compress, CHUNK_BYTES + 4096);
        Runtime rt = Runtime.getRuntime();
        RdbFormat.writeHeader(out, server.mstime() / 1000, rt.totalMemory() - rt.freeMemory(), aofBase);
        if (background) {
            for (int i = 0; i < n; i++) {
                server.db(i).setObserver(this);
            }
        }
    }

    /**
     * The server's next epoch, 1..255 (the first snapshot takes 1); when the count starts over every
     * value's mark goes back to 0 first, so none can match the new epoch.
     */
    private static byte nextEpoch(Server server) {
        boolean[] wrapped = new boolean[1];
        int next = server.rdb().nextSnapshotEpoch(wrapped);
        if (wrapped[0]) {
            for (int i = 0; i < server.dbCount(); i++) {
                server.db(i).keys.forEach(e -> ((RedisObject) e.val).snapshotEpoch = 0);
            }
        }
        return (byte) next;
    }

    public boolean isFinished() {
        return finished;
    }

    public long keysWritten() {
        return keysWritten;
    }

    /** Bytes handed to the sink so far. */
    public long bytesWritten() {
        return bytesWritten;
    }

    /** Peak of the bytes held for values copied before the walk reached them (the COW cost). */
    public long copiedPeak() {
        return copiedPeak;
    }

    /** Bytes of the values serialized before a write, ahead of the walk (held or sent straight on). */
    public long copiedTotal() {
        return copiedTotal;
    }

    /**
     * Walks for about {@code budgetNanos} (at least one bucket), then returns; true once the whole
     * image has been handed to the sink (EOF included) and the observers are gone.
     */
    public boolean step(long budgetNanos) {
        return step(budgetNanos, Integer.MAX_VALUE);
    }

    /** As {@link #step(long)}, also stopping after {@code maxBuckets} buckets (tests interleave writes). */
    public boolean step(long budgetNanos, int maxBuckets) {
        if (finished) {
            return true;
        }
        long deadline = System.nanoTime() + budgetNanos;
        int buckets = 0;
        while (true) {
            if (dbDone && !openNextDb()) {
                finish();
                return true;
            }
            cursor = keys[db].scan(cursor, visitor);
            dbDone = cursor == 0;
            if (out.size() >= CHUNK_BYTES) {
                flush();
            }
            if (++buckets >= maxBuckets || ((buckets & 31) == 0 && System.nanoTime() >= deadline)) {
                return false;
            }
        }
    }

    /** Moves to the next recorded database with keys and opens its section; false after the last. */
    private boolean openNextDb() {
        do {
            db++;
        } while (db < keys.length && sizes[db] == 0);
        if (db >= keys.length) {
            return false;
        }
        RdbFormat.writeDbHeader(out, db, sizes[db], expiresSizes[db]);
        if (pending[db] != null) {
            byte[] copied = pending[db].take();
            copiedBytes -= copied.length;
            pending[db] = null;
            out.write(copied);
        }
        cursor = 0;
        dbDone = false;
        return true;
    }

    private void visit(Dict.Entry e) {
        RedisObject o = (RedisObject) e.val;
        if (!background) {
            writeKey(out, db, e.key, o); // one uninterrupted walk meets every entry exactly once
        } else if (o.snapshotEpoch != epoch) {
            o.snapshotEpoch = epoch;
            writeKey(out, db, e.key, o);
        }
    }

    private void writeKey(RdbOutput to, int dbIndex, byte[] key, RedisObject o) {
        Object when = expires[dbIndex].size() == 0 ? null : expires[dbIndex].get(key);
        long idle = saveLru ? server.evictionPolicy().idleTimeMs(o) / 1000 : -1;
        int freq = saveLfu ? server.evictionPolicy().lfuDecrAndReturn(o) : -1;
        RdbFormat.writeKeyValue(to, key, o, when == null ? -1 : (Long) when, idle, freq);
        keysWritten++;
    }

    private void flush() {
        int n = out.size();
        if (n > 0) {
            bytesWritten += n;
            out.swap(sink.accept(out.array(), n));
        }
    }

    private void finish() {
        RdbFormat.writeEof(out);
        flush();
        detach();
        finished = true;
    }

    /** Stops observing (the snapshot finished or was abandoned). */
    public void detach() {
        if (background) {
            for (int i = 0; i < server.dbCount(); i++) {
                server.db(i).setObserver(null);
            }
        }
        for (int i = 0; i < pending.length; i++) {
            pending[i] = null;
        }
        copiedBytes = 0;
    }

    // ------------------------------------------------------------------ copy-on-write hooks

    @Override
    public void beforeWrite(Database d, byte[] key, RedisObject val) {
        if (val.snapshotEpoch == epoch) {
            return; // already written, or new since the start
        }
        int owner = ownerOf(d.keys);
        if (owner < 0) {
            return; // a dict created after the start holds only new values, all marked
        }
        val.snapshotEpoch = epoch;
        if (owner == db && !dbDone) {
            int before = out.size();
            writeKey(out, owner, key, val);
            copiedTotal += out.size() - before;
            return;
        }
        if (owner <= db) {
            // Cannot happen (a walked database holds only marked values); kept valid regardless:
            // a loader accepts a key under a repeated SELECTDB.
            out.writeType(RdbConstants.OPCODE_SELECTDB);
            out.writeLen(owner);
            writeKey(out, owner, key, val);
            out.writeType(RdbConstants.OPCODE_SELECTDB);
            out.writeLen(db);
            return;
        }
        RdbOutput p = pending[owner];
        if (p == null) {
            p = pending[owner] = new RdbOutput(out.compresses(), 4096);
        }
        int before = p.size();
        writeKey(p, owner, key, val);
        copiedBytes += p.size() - before;
        copiedTotal += p.size() - before;
        copiedPeak = Math.max(copiedPeak, copiedBytes);
    }

    @Override
    public void added(RedisObject val) {
        val.snapshotEpoch = epoch;
    }

    /** The recorded database whose dict this is (SWAPDB may have moved it), or -1. */
    private int ownerOf(Dict d) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == d) {
                return i;
            }
        }
        return -1;
    }
}
