package dev.respec.server.keyspace;

import dev.respec.server.Server;

/**
 * expire.c activeExpireCycle: reclaims keys that expired but that nobody reads.
 *
 * <p>Each cycle walks the expires dict of each database with a scan cursor (kept per database, so
 * successive cycles continue where the last stopped), deleting the expired keys it meets, and
 * repeats on a database while more than the acceptable share of sampled keys were stale. The slow
 * cycle runs from serverCron with a budget of 25% of a cron period (plus 2% per active-expire-effort
 * step); the fast cycle runs from beforeSleep for at most ~1 ms when the last slow cycle did not
 * finish its work.
 */
public final class ExpireCycle {
    private static final int KEYS_PER_LOOP = 20;
    private static final long FAST_DURATION_US = 1000;
    private static final int SLOW_TIME_PERC = 25;
    private static final int ACCEPTABLE_STALE = 10;

    private final Server server;
    private int currentDb;
    private boolean timelimitExit;
    private long lastFastCycleUs;
    private long lastStalePercent;

    public ExpireCycle(Server server) {
        this.server = server;
    }

    public void slowCycle() {
        run(false);
    }

    /** The fast cycle, only when the previous cycle left work behind. */
    public void fastCycleIfNeeded() {
        int effort = server.config().activeExpireEffort - 1;
        long fastDuration = FAST_DURATION_US + FAST_DURATION_US / 4 * effort;
        long nowUs = System.nanoTime() / 1000;
        if (!timelimitExit && lastStalePercent < ACCEPTABLE_STALE - effort) {
            return;
        }
        if (nowUs < lastFastCycleUs + fastDuration * 2) {
            return;
        }
        lastFastCycleUs = nowUs;
        run(true);
    }

    private void run(boolean fast) {
        int effort = server.config().activeExpireEffort - 1;
        int keysPerLoop = KEYS_PER_LOOP + KEYS_PER_LOOP / 4 * effort;
        long fastDuration = FAST_DURATION_US + FAST_DURATION_US / 4 * effort;
        int slowPerc = SLOW_TIME_PERC + 2 * effort;
        int acceptableStale = ACCEPTABLE_STALE - effort;

        long startNs = System.nanoTime();
        long limitUs = fast ? fastDuration : (long) slowPerc * 1_000_000 / server.config().hz / 100;
        if (limitUs <= 0) {
            limitUs = 1;
        }
        int dbs = server.dbCount();
        int dbsPerCall = Math.min(16, dbs);
        timelimitExit = false;
        long totalSampled = 0;
        long totalExpired = 0;
        int iteration = 0;
        for (int j = 0; j < dbsPerCall && !timelimitExit; j++) {
            Database db = server.db(currentDb % dbs);
            currentDb++;
            long expired;
            long sampled;
            do {
                long num = db.expires.size();
                if (num == 0) {
                    db.avgTtl = 0;
                    break;
                }
                iteration++;
                long[] counts = sample(db, Math.min(num, keysPerLoop));
                sampled = counts[0];
                expired = counts[1];
                totalSampled += sampled;
                totalExpired += expired;
                if (counts[2] > 0) {
                    long avg = counts[3] / counts[2];
                    db.avgTtl = db.avgTtl == 0 ? avg : (db.avgTtl / 50) * 49 + (avg / 50);
                }
                if ((iteration & 0xf) == 0 && (System.nanoTime() - startNs) / 1000 > limitUs) {
                    timelimitExit = true;
                    server.stats().expiredTimeCapReachedCount++;
                    break;
                }
            } while (sampled == 0 || expired * 100 / sampled > acceptableStale);
        }
        long current = totalSampled > 0 ? totalExpired * 100 / totalSampled : 0;
        lastStalePercent = current;
        server.stats().expiredStalePerc = current * 0.05 + server.stats().expiredStalePerc * 0.95;
        server.stats().expireCycleTimeUsedUs += (System.nanoTime() - startNs) / 1000;
    }

    /** Samples about {@code num} volatile keys from the db's cursor: {sampled, expired, ttlCount, ttlSum}. */
    private long[] sample(Database db, long num) {
        long[] counts = new long[4];
        long maxBuckets = num * 20;
        long checkedBuckets = 0;
        long now = server.mstime();
        while (counts[0] < num && checkedBuckets < maxBuckets) {
            java.util.List<byte[]> keys = new java.util.ArrayList<>();
            java.util.List<Long> whens = new java.util.ArrayList<>();
            db.expiresCursor = db.expires.scan(db.expiresCursor, e -> {
                keys.add(e.key);
                whens.add((Long) e.val);
            });
            checkedBuckets++;
            for (int i = 0; i < keys.size(); i++) {
                counts[0]++;
                long when = whens.get(i);
                if (now > when) {
                    db.deleteExpired(keys.get(i));
                    counts[1]++;
                } else {
                    counts[2]++;
                    counts[3] += when - now;
                }
            }
            if (db.expiresCursor == 0) {
                break;
            }
        }
        return counts;
    }
}
