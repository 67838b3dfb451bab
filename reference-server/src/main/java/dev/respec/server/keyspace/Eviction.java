package dev.respec.server.keyspace;

import dev.respec.server.Server;
import java.util.concurrent.ThreadLocalRandom;

/**
 * evict.c: the per-value access clock behind OBJECT IDLETIME / OBJECT FREQ and maxmemory eviction.
 * Under an LRU (or non-LFU) policy {@code lru} holds a 24-bit clock in seconds; under an LFU policy
 * it holds 16 bits of minutes since the last decrement and an 8-bit logarithmic counter.
 */
public final class Eviction {
    public static final int LRU_BITS = 24;
    public static final int LRU_CLOCK_MAX = (1 << LRU_BITS) - 1;
    public static final int LRU_CLOCK_RESOLUTION_MS = 1000;
    public static final int LFU_INIT_VAL = 5;

    private final Server server;

    public Eviction(Server server) {
        this.server = server;
    }

    /** LRU_CLOCK: seconds, wrapped to 24 bits. */
    public int lruClock() {
        return (int) ((server.mstime() / LRU_CLOCK_RESOLUTION_MS) & LRU_CLOCK_MAX);
    }

    public boolean lfuPolicy() {
        return server.config().maxmemoryPolicy.contains("lfu");
    }

    /**
     * MAXMEMORY_FLAG_NO_SHARED_INTEGERS: with maxmemory set and an LRU or LFU policy every value needs
     * a clock of its own, so Redis stops handing out shared integers for values.
     */
    public boolean sharedIntegersAllowed() {
        String policy = server.config().maxmemoryPolicy;
        return server.config().maxmemory == 0 || !(policy.contains("lru") || policy.contains("lfu"));
    }

    /**
     * A new value's clock: now for LRU, (now-in-minutes, LFU_INIT_VAL) for LFU. A value entering the
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

    /** A value replacing another under the same key starts fresh, like a new object in Redis. */
    public void inherit(RedisObject old, RedisObject fresh) {
        initialize(fresh);
    }

    /** Refresh on access (lookupKey without LOOKUP_NOTOUCH). */
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
}
