package dev.respec.server.keyspace;

import dev.respec.server.Server;

/**
 * expire.c activeExpireCycle (Redis 7.0): reclaims keys that expired but that nobody reads.
 *
 * <p>Each database keeps a cursor into its expires dict. A cycle visits up to 16 databases (all of
 * them when the previous cycle ran out of time); in each it samples {@code keys-per-loop} volatile
 * keys (20, plus 5 per active-expire-effort step above 1) by walking the buckets at the cursor in
 * both tables (at most 20 buckets per wanted key, since runs of empty buckets are cheap), deletes
 * the expired ones, and repeats while more than the acceptable share of the sample was stale (10%,
 * minus 1 per effort step). A database whose expires table is under 1% full is skipped until it
 * shrinks. The time budget is checked every 16 loops: 25% of a cron period (plus 2% per effort
 * step) for the slow cycle that serverCron runs, 1 ms (plus 250 us per step) for the fast cycle
 * that beforeSleep runs; a fast cycle only starts when the last cycle ran out of time, and never
 * sooner than two fast durations after the previous one.
 *
 * <p>INFO stats: {@code expired_keys} (in {@link Database#deleteExpired}),
 * {@code expired_stale_perc} (a running average of the stale share, 5% weight per cycle) and
 * {@code expired_time_cap_reached_count}.
 */
public final class ExpireCycle {
    /** CRON_DBS_PER_CALL. */
    public static final int DBS_PER_CALL = 16;
    private static final int KEYS_PER_LOOP = 20;
    private static final long FAST_DURATION_US = 1000;
    private static final int SLOW_TIME_PERC = 25;
    private static final int ACCEPTABLE_STALE = 10;

    private final Server server;
    private int currentDb;
    private boolean timelimitExit;
    private long lastFastCycleUs;

    public ExpireCycle(Server server) {
        this.server = server;
    }

    public void slowCycle() {
        run(false);
    }

    public void fastCycle() {
        run(true);
    }

    private static long nowUs() {
        return System.nanoTime() / 1000;
    }

    private void run(boolean fast) {
        int effort = server.config().activeExpireEffort - 1; // 0..9
        int keysPerLoop = KEYS_PER_LOOP + KEYS_PER_LOOP / 4 * effort;
        long fastDuration = FAST_DURATION_US + FAST_DURATION_US / 4 * effort;
        int slowTimePerc = SLOW_TIME_PERC + 2 * effort;
        int acceptableStale = ACCEPTABLE_STALE - effort;

        long start = nowUs();
        if (fast) {
            // Redis compares the stale fraction (0..1) with a percentage here, so in practice only
            // a slow cycle that ran out of time lets a fast cycle start.
            if (!timelimitExit && server.stats().expiredStalePerc < acceptableStale) {
                return;
            }
            if (start < lastFastCycleUs + fastDuration * 2) {
                return;
            }
            lastFastCycleUs = start;
        }
        int dbs = server.dbCount();
        int dbsPerCall = DBS_PER_CALL;
        if (dbsPerCall > dbs || timelimitExit) {
            dbsPerCall = dbs;
        }
        long timelimit = (long) slowTimePerc * 1_000_000 / server.config().hz / 100;
        timelimitExit = false;
        if (timelimit <= 0) {
            timelimit = 1;
        }
        if (fast) {
            timelimit = fastDuration;
        }
        long totalSampled = 0;
        long totalExpired = 0;
        int iteration = 0;
        for (int j = 0; j < dbsPerCall && !timelimitExit; j++) {
            Database db = server.db(Integer.remainderUnsigned(currentDb, dbs));
            // Move on now, so that running out of time here restarts from the next database.
            currentDb++;
            long sampled;
            long expired;
            do {
                iteration++;
                long num = db.expires.size();
                if (num == 0) {
                    db.avgTtl = 0;
                    break;
                }
                long slots = db.expires.slots();
                long now = System.currentTimeMillis();
                // Under 1% full: sampling is too costly; wait for the table to shrink.
                if (slots > Dict.INITIAL_SIZE && num * 100 / slots < 1) {
                    break;
                }
                if (num > keysPerLoop) {
                    num = keysPerLoop;
                }
                long[] counts = sampleBuckets(db, num, now);
                sampled = counts[0];
                expired = counts[1];
                totalSampled += sampled;
                totalExpired += expired;
                if (counts[2] > 0) {
                    long avgTtl = counts[3] / counts[2];
                    if (db.avgTtl == 0) {
                        db.avgTtl = avgTtl;
                    }
                    db.avgTtl = (db.avgTtl / 50) * 49 + (avgTtl / 50);
                }
                if ((iteration & 0xf) == 0 && nowUs() - start > timelimit) {
                    timelimitExit = true;
                    server.stats().expiredTimeCapReachedCount++;
                    break;
                }
            } while (sampled == 0 || expired * 100 / sampled > acceptableStale);
        }
        double current = totalSampled > 0 ? (double) totalExpired / totalSampled : 0;
        server.stats().expiredStalePerc = current * 0.05 + server.stats().expiredStalePerc * 0.95;
        server.stats().expireCycleTimeUsedUs += nowUs() - start;
    }

    /**
     * Walks the expires buckets at the database's cursor (in both tables while rehashing) until num
     * keys were sampled or num*20 buckets checked, expiring what is due. Returns {sampled, expired,
     * ttl samples, ttl sum}.
     */
    private long[] sampleBuckets(Database db, long num, long now) {
        long sampled = 0;
        long expired = 0;
        long ttlSamples = 0;
        long ttlSum = 0;
        long maxBuckets = num * 20;
        long checkedBuckets = 0;
        Dict expires = db.expires;
        while (sampled < num && checkedBuckets < maxBuckets) {
            // Deleting moves no bucket while rehashing is paused, so the walk stays in its chain.
            expires.pauseRehashing();
            try {
                for (int table = 0; table < 2; table++) {
                    if (table == 1 && !expires.isRehashing()) {
                        break;
                    }
                    long buckets = expires.buckets(table);
                    if (buckets == 0) {
                        break; // the last key was just deleted
                    }
                    int idx = (int) (db.expiresCursor & (buckets - 1));
                    Dict.Entry e = expires.bucket(table, idx);
                    checkedBuckets++;
                    while (e != null) {
                        Dict.Entry next = Dict.nextInChain(e);
                        long when = (Long) e.val;
                        long ttl = when - now;
                        if (now > when) {
                            db.deleteExpired(e.key);
                            expired++;
                        }
                        if (ttl > 0) {
                            ttlSum += ttl;
                            ttlSamples++;
                        }
                        sampled++;
                        e = next;
                    }
                }
            } finally {
                expires.resumeRehashing();
            }
            db.expiresCursor++;
        }
        return new long[] {sampled, expired, ttlSamples, ttlSum};
    }
}
