package dev.respec.server.keyspace;

import dev.respec.server.Server;

/**
 * db.c: one of the numbered databases. The keyspace dict maps keys to values; the expires dict maps
 * the same key arrays to their absolute expire time in unix milliseconds (a Long), as Redis keeps a
 * second dict so expiry can sample volatile keys alone.
 *
 * <p>Every read goes through {@link #lookupRead} / {@link #lookupWrite}, which apply lazy expiry
 * (a key is expired when now > its expire time), count keyspace hits and misses, and refresh the
 * value's LRU clock or LFU counter. Owned by the event loop thread.
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
    public Dict keys = new Dict();
    public Dict expires = new Dict();
    /** Running estimate of the average TTL of volatile keys (INFO keyspace avg_ttl). */
    public long avgTtl;
    /** Cursor of the active expire cycle over the expires dict. */
    public long expiresCursor;

    public Database(int id, Server server) {
        this.id = id;
        this.server = server;
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
        } else if ((flags & (LOOKUP_NOSTATS | LOOKUP_WRITE)) == 0) {
            server.stats().keyspaceMisses++;
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
        if (keys.add(key, val) == null) {
            throw new IllegalStateException("dbAdd on an existing key");
        }
    }

    /**
     * dbAdd of a value that already lived under another key or in another database (RENAME, MOVE):
     * in Redis it is the same object, so it keeps its LRU clock or LFU counter. The key must not exist.
     */
    public void addExisting(byte[] key, RedisObject val) {
        if (keys.add(key, val) == null) {
            throw new IllegalStateException("dbAdd on an existing key");
        }
    }

    /** dbOverwrite: the key must exist; its expire is kept. */
    public void overwrite(byte[] key, RedisObject val) {
        Dict.Entry e = keys.find(key);
        if (e == null) {
            throw new IllegalStateException("dbOverwrite on a missing key");
        }
        server.evictionPolicy().inherit((RedisObject) e.val, val);
        e.val = val;
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
        Dict.Entry e = keys.find(key);
        if (e == null) {
            return false;
        }
        if (expires.size() > 0) {
            expires.remove(key);
        }
        keys.remove(key);
        return true;
    }

    /** Removes every key (FLUSHDB). */
    public long flush() {
        long removed = keys.size();
        keys = new Dict();
        expires = new Dict();
        avgTtl = 0;
        expiresCursor = 0;
        return removed;
    }

    /** SWAPDB: exchange the contents (not the ids) of two databases. */
    public void swapWith(Database other) {
        Dict k = keys;
        Dict x = expires;
        long a = avgTtl;
        long c = expiresCursor;
        keys = other.keys;
        expires = other.expires;
        avgTtl = other.avgTtl;
        expiresCursor = other.expiresCursor;
        other.keys = k;
        other.expires = x;
        other.avgTtl = a;
        other.expiresCursor = c;
    }

    // ---------------------------------------------------------------- expires

    /** setExpire: the key must exist; the expires dict shares its key array. */
    public void setExpire(byte[] key, long whenMs) {
        Dict.Entry e = keys.find(key);
        if (e == null) {
            throw new IllegalStateException("setExpire on a missing key");
        }
        expires.put(e.key, whenMs);
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
        return expires.size() > 0 && expires.remove(key) != null;
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
     * dbRandomKey: a random key that is not expired, or null. Expired keys met on the way are
     * deleted, so on a master the loop ends (Redis gives up after 100 tries only on replicas, which
     * may not delete).
     */
    public byte[] randomKey() {
        while (true) {
            Dict.Entry e = keys.randomEntry();
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
