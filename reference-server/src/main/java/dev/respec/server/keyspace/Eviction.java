package dev.respec.server.keyspace;

import dev.respec.server.Server;
import dev.respec.server.event.EventLoop;
import java.util.concurrent.ThreadLocalRandom;

/**
 * evict.c: the per-value access clock behind OBJECT IDLETIME / OBJECT FREQ, and maxmemory eviction.
 *
 * <p>Under an LRU (or non-LFU) policy {@code lru} holds a 24-bit clock in seconds; under an LFU
 * policy it holds 16 bits of minutes since the last decrement and an 8-bit logarithmic counter
 * (incremented with probability 1/((counter-5)*lfu-log-factor+1), decremented by one per
 * lfu-decay-time minutes of idleness).
 *
 * <p>{@link #performEvictions} runs before every command while maxmemory is set (and when
 * CONFIG SET lowers maxmemory): while used memory is over the limit it deletes the best candidate.
 * LRU, LFU and volatile-ttl candidates come from an eviction pool of 16 entries that survives between
 * calls, refilled from {@code maxmemory-samples} keys sampled in every database, best candidate on
 * the right; the random policies take a random key, visiting the databases in turn. The volatile
 * policies only consider keys with an expire. A call spends at most 500 us (tenacity 10) and then
 * leaves the rest to a time event, as Redis does.
 */
public final class Eviction {
    public static final int LRU_BITS = 24;
    public static final int LRU_CLOCK_MAX = (1 << LRU_BITS) - 1;
    public static final int LRU_CLOCK_RESOLUTION_MS = 1000;
    public static final int LFU_INIT_VAL = 5;

    /** MAXMEMORY_FLAG_* and the policies built from them (server.h). */
    public static final int FLAG_LRU = 1;
    public static final int FLAG_LFU = 1 << 1;
    public static final int FLAG_ALLKEYS = 1 << 2;
    public static final int VOLATILE_LRU = FLAG_LRU;
    public static final int VOLATILE_LFU = (1 << 8) | FLAG_LFU;
    public static final int VOLATILE_TTL = 2 << 8;
    public static final int VOLATILE_RANDOM = 3 << 8;
    public static final int ALLKEYS_LRU = (4 << 8) | FLAG_LRU | FLAG_ALLKEYS;
    public static final int ALLKEYS_LFU = (5 << 8) | FLAG_LFU | FLAG_ALLKEYS;
    public static final int ALLKEYS_RANDOM = (6 << 8) | FLAG_ALLKEYS;
    public static final int NO_EVICTION = 7 << 8;

    /** performEvictions results. */
    public static final int EVICT_OK = 0;
    public static final int EVICT_RUNNING = 1;
    public static final int EVICT_FAIL = 2;

    /** EVPOOL_SIZE. */
    static final int POOL_SIZE = 16;
    /** evictionTimeLimitUs at the default maxmemory-eviction-tenacity of 10. */
    private static final long TIME_LIMIT_US = 500;

    private final Server server;
    private String policyName;
    private int policy;

    /** The eviction pool: ascending by score ("idle"), the best candidate at the right end. */
    private final long[] poolIdle = new long[POOL_SIZE];
    private final byte[][] poolKey = new byte[POOL_SIZE][];
    private final int[] poolDb = new int[POOL_SIZE];
    private Dict.Entry[] samples = new Dict.Entry[5];
    private int nextDb;
    private long evictionTimeEvent = -1;

    public Eviction(Server server) {
        this.server = server;
    }

    /** The configured policy as MAXMEMORY_* bits, re-parsed only when the setting changes. */
    public int policy() {
        String name = server.config().maxmemoryPolicy;
        if (!name.equals(policyName)) {
            policy = switch (name) {
                case "volatile-lru" -> VOLATILE_LRU;
                case "volatile-lfu" -> VOLATILE_LFU;
                case "volatile-ttl" -> VOLATILE_TTL;
                case "volatile-random" -> VOLATILE_RANDOM;
                case "allkeys-lru" -> ALLKEYS_LRU;
                case "allkeys-lfu" -> ALLKEYS_LFU;
                case "allkeys-random" -> ALLKEYS_RANDOM;
                default -> NO_EVICTION;
            };
            policyName = name;
        }
        return policy;
    }

    public boolean lfuPolicy() {
        return (policy() & FLAG_LFU) != 0;
    }

    // ---------------------------------------------------------------- access clocks

    /** LRU_CLOCK: seconds, wrapped to 24 bits. */
    public int lruClock() {
        return (int) ((server.mstime() / LRU_CLOCK_RESOLUTION_MS) & LRU_CLOCK_MAX);
    }

    /**
     * MAXMEMORY_FLAG_NO_SHARED_INTEGERS: with maxmemory set and an LRU or LFU policy every value needs
     * a clock of its own, so Redis stops handing out shared integers for values.
     */
    public boolean sharedIntegersAllowed() {
        return server.config().maxmemory == 0 || (policy() & (FLAG_LRU | FLAG_LFU)) == 0;
    }

    /**
     * createObject's clock: now for LRU, (now-in-minutes, LFU_INIT_VAL) for LFU. A value entering the
     * keyspace while shared integers are not allowed becomes a private object, as
     * createStringObjectFromLongLongForValue would have made it.
     */
    public void initialize(RedisObject o) {
        if (o.shared && !sharedIntegersAllowed()) {
            o.shared = false;
        }
        if (lfuPolicy()) {
            o.lru = (lfuTimeInMinutes() << 8) | LFU_INIT_VAL;
        } else {
            o.lru = lruClock();
        }
    }

    /**
     * dbSetValue: a value replacing another under the same key keeps the old LFU data (the key's
     * popularity survives an overwrite); under LRU it starts with the clock of its creation, now.
     */
    public void inherit(RedisObject old, RedisObject fresh) {
        if (lfuPolicy()) {
            fresh.lru = old.lru;
        } else {
            fresh.lru = lruClock();
        }
    }

    /** Refresh on access (lookupKey without LOOKUP_NOTOUCH): updateLFU or the LRU clock. */
    public void touch(RedisObject o) {
        if (lfuPolicy()) {
            int counter = lfuDecrAndReturn(o);
            counter = lfuLogIncr(counter);
            o.lru = (lfuTimeInMinutes() << 8) | counter;
        } else {
            o.lru = lruClock();
        }
    }

    /** estimateObjectIdleTime in milliseconds. */
    public long idleTimeMs(RedisObject o) {
        int clock = lruClock();
        int lru = o.lru & LRU_CLOCK_MAX;
        if (clock >= lru) {
            return (long) (clock - lru) * LRU_CLOCK_RESOLUTION_MS;
        }
        return (long) (clock + (LRU_CLOCK_MAX - lru)) * LRU_CLOCK_RESOLUTION_MS;
    }

    private int lfuTimeInMinutes() {
        return (int) ((server.mstime() / 1000 / 60) & 65535);
    }

    private int lfuElapsedMinutes(int ldt) {
        int now = lfuTimeInMinutes();
        if (now >= ldt) {
            return now - ldt;
        }
        return 65535 - ldt + now;
    }

    /** LFULogIncr: increments the 8-bit counter with probability 1/((counter-5)*lfu-log-factor+1). */
    public int lfuLogIncr(int counter) {
        if (counter == 255) {
            return 255;
        }
        double r = ThreadLocalRandom.current().nextDouble();
        double baseval = Math.max(0, counter - LFU_INIT_VAL);
        double p = 1.0 / (baseval * server.config().lfuLogFactor + 1);
        if (r < p) {
            counter++;
        }
        return counter;
    }

    /** LFUDecrAndReturn: the counter after lfu-decay-time worth of decay (not stored). */
    public int lfuDecrAndReturn(RedisObject o) {
        int ldt = (o.lru >>> 8) & 65535;
        int counter = o.lru & 255;
        long decayTime = server.config().lfuDecayTime;
        long periods = decayTime > 0 ? lfuElapsedMinutes(ldt) / decayTime : 0;
        if (periods > 0) {
            counter = periods > counter ? 0 : (int) (counter - periods);
        }
        return counter;
    }

    // ---------------------------------------------------------------- performEvictions

    /**
     * getMaxmemoryState: the bytes to free to get under maxmemory, 0 when under it (or no limit).
     */
    public long memoryToFree() {
        long max = server.config().maxmemory;
        if (max == 0) {
            return 0;
        }
        MemoryAccounting mem = server.memory();
        long reported = mem.usedMemory();
        if (reported <= max) {
            return 0;
        }
        long used = Math.max(0, reported - mem.notCountedMemory());
        return used <= max ? 0 : used - max;
    }

    /**
     * performEvictions: frees memory by deleting keys under the configured policy until used memory
     * is under maxmemory. Returns EVICT_OK when it is (or eviction is not safe now), EVICT_RUNNING
     * when the time limit left the rest to a time event, EVICT_FAIL when nothing evictable is left
     * (or the policy is noeviction) and memory is still over the limit.
     */
    public int performEvictions() {
        if (server.isLoading()) {
            return EVICT_OK;
        }
        long toFree = memoryToFree();
        if (toFree == 0) {
            return EVICT_OK;
        }
        int pol = policy();
        if (pol == NO_EVICTION) {
            return EVICT_FAIL;
        }
        long start = System.nanoTime();
        long freed = 0;
        int keysFreed = 0;
        MemoryAccounting mem = server.memory();
        while (freed < toFree) {
            Database db = null;
            byte[] bestKey = null;
            if ((pol & (FLAG_LRU | FLAG_LFU)) != 0 || pol == VOLATILE_TTL) {
                int bestDb = -1;
                while (bestKey == null) {
                    long totalKeys = 0;
                    // Sample every database, so the choice is not local to one.
                    for (int i = 0; i < server.dbCount(); i++) {
                        Database d = server.db(i);
                        Dict dict = (pol & FLAG_ALLKEYS) != 0 ? d.keys : d.expires;
                        long n = dict.size();
                        if (n != 0) {
                            populatePool(i, dict, d.keys, pol);
                            totalKeys += n;
                        }
                    }
                    if (totalKeys == 0) {
                        break;
                    }
                    for (int k = POOL_SIZE - 1; k >= 0; k--) {
                        if (poolKey[k] == null) {
                            continue;
                        }
                        Database d = server.db(poolDb[k]);
                        Dict.Entry e = ((pol & FLAG_ALLKEYS) != 0 ? d.keys : d.expires).find(poolKey[k]);
                        poolKey[k] = null;
                        poolIdle[k] = 0;
                        if (e != null) {
                            bestKey = e.key;
                            bestDb = d.id;
                            break;
                        }
                        // A ghost: the key went away since it was sampled; try the next one.
                    }
                }
                if (bestKey != null) {
                    db = server.db(bestDb);
                }
            } else {
                // allkeys-random / volatile-random: one database after the other.
                for (int i = 0; i < server.dbCount(); i++) {
                    nextDb++;
                    Database d = server.db(Integer.remainderUnsigned(nextDb, server.dbCount()));
                    Dict dict = pol == ALLKEYS_RANDOM ? d.keys : d.expires;
                    if (dict.size() != 0) {
                        bestKey = dict.randomEntry().key;
                        db = d;
                        break;
                    }
                }
            }
            if (bestKey == null) {
                return EVICT_FAIL; // nothing left to evict
            }
            // Count what the deletion alone gives back (not what propagating it costs).
            long before = mem.usedMemory();
            db.delete(bestKey);
            freed += before - mem.usedMemory();
            server.stats().evictedKeys++;
            server.keyEvicted(db, bestKey);
            keysFreed++;
            if (keysFreed % 16 == 0 && (System.nanoTime() - start) / 1000 > TIME_LIMIT_US) {
                // Still over the limit: carry on from a time event rather than stall this client.
                startEvictionTimeProc();
                return EVICT_RUNNING;
            }
        }
        return EVICT_OK;
    }

    /** True while the eviction time event has work left (isEvictionProcRunning). */
    public boolean isEvictionProcRunning() {
        return evictionTimeEvent != -1;
    }

    private void startEvictionTimeProc() {
        if (evictionTimeEvent != -1) {
            return;
        }
        evictionTimeEvent = server.loop().createTimeEvent(0, id -> {
            if (performEvictions() == EVICT_RUNNING) {
                return 0; // keep evicting on the next loop iteration
            }
            evictionTimeEvent = -1;
            return EventLoop.NO_MORE;
        });
    }

    /**
     * evictionPoolPopulate: samples keys of one dict and inserts the better candidates in the pool.
     * The score ("idle") is the idle time for LRU, 255 - frequency for LFU, and the inverted expire
     * time for volatile-ttl, compared unsigned; higher is better.
     */
    private void populatePool(int dbid, Dict sampleDict, Dict keyDict, int pol) {
        int want = server.config().maxmemorySamples;
        if (samples.length < want) {
            samples = new Dict.Entry[want];
        }
        int count = sampleDict.sample(samples, want);
        for (int j = 0; j < count; j++) {
            Dict.Entry de = samples[j];
            byte[] key = de.key;
            long idle;
            if (pol == VOLATILE_TTL) {
                idle = -1L - (Long) de.val; // ULLONG_MAX - expire time: the sooner, the better
            } else {
                Dict.Entry ke = sampleDict == keyDict ? de : keyDict.find(key);
                if (ke == null) {
                    continue;
                }
                RedisObject o = (RedisObject) ke.val;
                idle = (pol & FLAG_LRU) != 0 ? idleTimeMs(o) : 255 - lfuDecrAndReturn(o);
            }
            insertInPool(dbid, key, idle);
        }
        for (int j = 0; j < count; j++) {
            samples[j] = null;
        }
    }

    private void insertInPool(int dbid, byte[] key, long idle) {
        int k = 0;
        while (k < POOL_SIZE && poolKey[k] != null && Long.compareUnsigned(poolIdle[k], idle) < 0) {
            k++;
        }
        if (k == 0 && poolKey[POOL_SIZE - 1] != null) {
            return; // worse than the worst candidate of a full pool
        }
        if (k < POOL_SIZE && poolKey[k] == null) {
            // an empty slot: nothing to move
        } else if (poolKey[POOL_SIZE - 1] == null) {
            // Room on the right: shift [k, end) right by one.
            System.arraycopy(poolIdle, k, poolIdle, k + 1, POOL_SIZE - k - 1);
            System.arraycopy(poolKey, k, poolKey, k + 1, POOL_SIZE - k - 1);
            System.arraycopy(poolDb, k, poolDb, k + 1, POOL_SIZE - k - 1);
        } else {
            // Full: drop the worst (leftmost) candidate, shifting [1, k) left, and insert at k-1.
            k--;
            System.arraycopy(poolIdle, 1, poolIdle, 0, k);
            System.arraycopy(poolKey, 1, poolKey, 0, k);
            System.arraycopy(poolDb, 1, poolDb, 0, k);
        }
        poolKey[k] = key;
        poolIdle[k] = idle;
        poolDb[k] = dbid;
    }
}
