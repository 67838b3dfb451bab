package dev.respec.server.keyspace;

import dev.respec.server.Server;
import dev.respec.server.types.Values;

/**
 * db.c: one of the numbered databases. The keyspace dict maps keys to values; the expires dict maps
 * the same key arrays to their absolute expire time in unix milliseconds (a Long), as Redis keeps a
 * second dict so expiry can sample volatile keys alone.
 *
 * <p>Every read goes through {@link #lookupRead} / {@link #lookupWrite}, which apply lazy expiry
 * (a key is expired when now > its expire time), count keyspace hits and misses, and refresh the
 * value's LRU clock or LFU counter. Owned by the event loop thread.
 *
 * <p>Memory accounting: {@link #datasetBytes} is kept equal to the sum, over keys, of a dict entry,
 * the key's byte array and the value's {@link Values#allocatedBytes} (remembered in the entry's
 * {@code meta}, in 8-byte units, so a later change is a delta), plus an entry and a boxed Long per
 * expire. Every mutation below keeps it; a value changed in place is re-measured by
 * {@link #valueChanged}, which {@code Server.keyModified} calls after every write.
 *
 * <p>Fork-less snapshots: while one runs, its {@link WriteObserver} is told about a key before any
 * change to it (a write lookup, an overwrite, a delete, an expire set or removed), so it can
 * serialize the old value first, and about every value that enters the keyspace, which the
 * snapshot must leave out. FLUSHDB and SWAPDB need no hook: they replace or exchange whole dicts,
 * which the snapshot keeps walking as they were.
 */
public final class Database {
    /** lookupKey flags. */
    public static final int LOOKUP_NONE = 0;
    public static final int LOOKUP_NOTOUCH = 1;
    public static final int LOOKUP_NONOTIFY = 1 << 1;
    public static final int LOOKUP_NOSTATS = 1 << 2;
    public static final int LOOKUP_WRITE = 1 << 3;

    public final int id;
    private final Server server;
    public Dict keys;
    public Dict expires;
    /** Heap bytes of the keys, values and expires (not the bucket arrays). */
    private long datasetBytes;
    /** Running estimate of the average TTL of volatile keys (INFO keyspace avg_ttl). */
    public long avgTtl;
    /** Cursor of the active expire cycle over the expires dict. */
    public long expiresCursor;

    /**
     * Told before a key changes and after a value enters the keyspace: the copy-on-write hook of a
     * running snapshot (persistence/Snapshot). Its methods run on the loop thread.
     */
    public interface WriteObserver {
        /** {@code key} holds {@code val} and is about to be modified, re-pointed or deleted. */
        void beforeWrite(Database db, byte[] key, RedisObject val);

        /** {@code val} has just entered the keyspace (a new key, or a new value for a key). */
        void added(RedisObject val);
    }

    private WriteObserver observer;

    /** Sets (or clears, with null) the copy-on-write hook of a running snapshot. */
    public void setObserver(WriteObserver observer) {
        this.observer = observer;
    }

    /** Tells a running snapshot that the key is about to change (its current value, if any). */
    private void beforeWrite(byte[] key) {
        Dict.Entry e = keys.peek(key);
        if (e != null) {
            observer.beforeWrite(this, e.key, (RedisObject) e.val);
        }
    }

    public Database(int id, Server server) {
        this.id = id;
        this.server = server;
        this.keys = newDict();
        this.expires = newDict();
    }

    /** dbDictType / dbExpiresDictType: growth is refused when it would pass maxmemory (dictExpandAllowed). */
    private Dict newDict() {
        Dict d = new Dict();
        d.setExpandPolicy(this::expandAllowed);
        return d;
    }

    /** HASHTABLE_MAX_LOAD_FACTOR: past this load the table grows whatever the memory. */
    private static final double MAX_LOAD_FACTOR = 1.618;

    private boolean expandAllowed(long moreMem, double usedRatio) {
        return usedRatio > MAX_LOAD_FACTOR || !server.memory().overMaxmemoryAfterAlloc(moreMem);
    }

    public long datasetBytes() {
        return datasetBytes;
    }

    public long size() {
        return keys.size();
    }

    public long expiresSize() {
        return expires.size();
    }

    // ---------------------------------------------------------------- lookups

    /** lookupKey: the value or null, after lazy expiry, with the given LOOKUP_* flags. */
    public RedisObject lookup(byte[] key, int flags) {
        Dict.Entry e = keys.find(key);
        RedisObject val = null;
        if (e != null) {
            if (expireIfNeeded(key)) {
                e = null;
            } else {
                val = (RedisObject) e.val;
            }
        }
        if (val != null) {
            if ((flags & LOOKUP_NOTOUCH) == 0) {
                server.evictionPolicy().touch(val);
            }
            if ((flags & (LOOKUP_NOSTATS | LOOKUP_WRITE)) == 0) {
                server.stats().keyspaceHits++;
            }
            if ((flags & LOOKUP_WRITE) != 0 && observer != null) {
                observer.beforeWrite(this, key, val); // the caller may change the value in place
            }
        } else {
            if ((flags & (LOOKUP_NONOTIFY | LOOKUP_WRITE)) == 0) {
                server.notifyKeyspaceEvent(this, key, "keymiss");
            }
            if ((flags & (LOOKUP_NOSTATS | LOOKUP_WRITE)) == 0) {
                server.stats().keyspaceMisses++;
            }
        }
        return val;
    }

    public RedisObject lookupRead(byte[] key) {
        return lookup(key, LOOKUP_NONE);
    }

    public RedisObject lookupWrite(byte[] key) {
        return lookup(key, LOOKUP_WRITE);
    }

    /** True when the key exists (after lazy expiry), without touching stats or LRU. */
    public boolean exists(byte[] key) {
        return lookup(key, LOOKUP_NOTOUCH | LOOKUP_NOSTATS | LOOKUP_NONOTIFY) != null;
    }

    // ---------------------------------------------------------------- updates

    /** dbAdd: the key must not exist. */
    public void add(byte[] key, RedisObject val) {
        server.evictionPolicy().initialize(val);
        Dict.Entry e = keys.add(key, val);
        if (e == null) {
            throw new IllegalStateException("dbAdd on an existing key");
        }
        datasetBytes += ObjectSizes.DICT_ENTRY + ObjectSizes.byteArray(key.length) + account(e);
        if (observer != null) {
            observer.added(val);
        }
        keyAdded(key);
    }

    /** dbAdd's "new" event; keys a load adds (dbAddRDBLoad) are not notified. */
    private void keyAdded(byte[] key) {
        if (!server.isLoading()) {
            server.notifyKeyspaceEvent(this, key, "new");
        }
    }

    /**
     * dbAdd of a value that already lived under another key or in another database (RENAME, MOVE):
     * in Redis it is the same object, so it keeps its LRU clock or LFU counter. The key must not exist.
     */
    public void addExisting(byte[] key, RedisObject val) {
        Dict.Entry e = keys.add(key, val);
        if (e == null) {
            throw new IllegalStateException("dbAdd on an existing key");
        }
        datasetBytes += ObjectSizes.DICT_ENTRY + ObjectSizes.byteArray(key.length) + account(e);
        if (observer != null) {
            observer.added(val);
        }
        keyAdded(key);
    }

    /** dbOverwrite: the key must exist; its expire is kept. */
    public void overwrite(byte[] key, RedisObject val) {
        Dict.Entry e = keys.find(key);
        if (e == null) {
            throw new IllegalStateException("dbOverwrite on a missing key");
        }
        if (observer != null) {
            observer.beforeWrite(this, e.key, (RedisObject) e.val);
        }
        server.evictionPolicy().inherit((RedisObject) e.val, val);
        e.val = val;
        if (observer != null) {
            observer.added(val);
        }
        datasetBytes -= accounted(e);
        datasetBytes += account(e);
    }

    /**
     * Re-measures a value changed in place (HSET on an existing hash, APPEND ...): the common end of
     * every write calls it. Looks the key up without a rehash step, which Redis would not take.
     */
    public void valueChanged(byte[] key) {
        Dict.Entry e = keys.peek(key);
        if (e != null) {
            datasetBytes -= accounted(e);
            datasetBytes += account(e);
        }
    }

    /** Measures the entry's value, remembers it in meta and returns the bytes remembered. */
    private static long account(Dict.Entry e) {
        long units = (Values.allocatedBytes((RedisObject) e.val) + 7) >>> 3;
        e.meta = (int) Math.min(units, Integer.MAX_VALUE);
        return (long) e.meta << 3;
    }

    private static long accounted(Dict.Entry e) {
        return (long) e.meta << 3;
    }

    /**
     * setKey: add or overwrite; the old expire goes away unless keepTtl (SET KEEPTTL). The caller
     * then ends the write the common way ({@code server.keyModified}).
     */
    public void setKey(byte[] key, RedisObject val, boolean keepTtl) {
        Dict.Entry e = keys.find(key);
        if (e == null) {
            add(key, val);
        } else {
            overwrite(e.key, val);
            if (!keepTtl) {
                removeExpire(e.key);
            }
        }
    }

    /** dbDelete: removes the key and its expire; true when it existed. */
    public boolean delete(byte[] key) {
        if (observer != null) {
            beforeWrite(key);
        }
        if (expires.size() > 0 && expires.remove(key) != null) {
            datasetBytes -= EXPIRE_BYTES;
        }
        Dict.Entry e = keys.remove(key);
        if (e == null) {
            return false;
        }
        datasetBytes -= ObjectSizes.DICT_ENTRY + ObjectSizes.byteArray(e.key.length) + accounted(e);
        return true;
    }

    /** Removes every key (FLUSHDB). The dicts are replaced, never cleared: a snapshot may still walk them. */
    public long flush() {
        server.transactions().touchAllInDb(this, null);
        long removed = keys.size();
        keys = newDict();
        expires = newDict();
        datasetBytes = 0;
        avgTtl = 0;
        expiresCursor = 0;
        return removed;
    }

    /** SWAPDB: exchange the contents (not the ids) of two databases. */
    public void swapWith(Database other) {
        server.transactions().touchAllInDb(this, other);
        server.transactions().touchAllInDb(other, this);
        Dict k = keys;
        Dict x = expires;
        long a = avgTtl;
        long c = expiresCursor;
        long b = datasetBytes;
        keys = other.keys;
        expires = other.expires;
        avgTtl = other.avgTtl;
        expiresCursor = other.expiresCursor;
        datasetBytes = other.datasetBytes;
        other.keys = k;
        other.expires = x;
        other.avgTtl = a;
        other.expiresCursor = c;
        other.datasetBytes = b;
    }

    // ---------------------------------------------------------------- expires

    /** An expire: its entry in the expires dict and the boxed time (the key array is shared). */
    private static final long EXPIRE_BYTES = ObjectSizes.DICT_ENTRY + ObjectSizes.LONG_BOX;

    /** setExpire: the key must exist; the expires dict shares its key array. */
    public void setExpire(byte[] key, long whenMs) {
        Dict.Entry e = keys.find(key);
        if (e == null) {
            throw new IllegalStateException("setExpire on a missing key");
        }
        if (observer != null) {
            observer.beforeWrite(this, e.key, (RedisObject) e.val);
        }
        if (expires.put(e.key, whenMs)) {
            datasetBytes += EXPIRE_BYTES;
        }
    }

    /** getExpire: absolute unix ms, or -1 when the key has none. */
    public long getExpire(byte[] key) {
        if (expires.size() == 0) {
            return -1;
        }
        Object v = expires.get(key);
        return v == null ? -1 : (Long) v;
    }

    public boolean removeExpire(byte[] key) {
        if (observer != null && expires.size() > 0) {
            beforeWrite(key);
        }
        if (expires.size() > 0 && expires.remove(key) != null) {
            datasetBytes -= EXPIRE_BYTES;
            return true;
        }
        return false;
    }

    /** keyIsExpired: now > when, using the time cached at command start. */
    public boolean isExpired(byte[] key) {
        long when = getExpire(key);
        if (when < 0 || server.isLoading()) {
            return false;
        }
        return server.commandTimeMs() > when;
    }

    /**
     * expireIfNeeded: deletes the key when it is logically expired. Returns true when the key is
     * (now) gone because of it.
     */
    public boolean expireIfNeeded(byte[] key) {
        if (!isExpired(key)) {
            return false;
        }
        deleteExpired(key);
        return true;
    }

    /** deleteExpiredKeyAndPropagate: the shared end of lazy and active expiry. */
    public void deleteExpired(byte[] key) {
        delete(key);
        server.stats().expiredKeys++;
        server.keyExpired(this, key);
    }

    /**
     * dbRandomKey: a fair random key that is not expired, or null. Expired keys met on the way are
     * deleted, so on a master the loop ends (Redis gives up after 100 tries only on replicas, which
     * may not delete).
     */
    public byte[] randomKey() {
        while (true) {
            Dict.Entry e = keys.fairRandomEntry();
            if (e == null) {
                return null;
            }
            if (expires.size() > 0 && expireIfNeeded(e.key)) {
                continue;
            }
            return e.key;
        }
    }
}
