package dev.respec.server;

import java.util.Map;
import java.util.TreeMap;

/**
 * The server's counters, as INFO stats and INFO errorstats report them (server.stat_*). Owned by
 * the event loop thread; INFO reads them there too. CONFIG RESETSTAT zeroes them.
 */
public final class Stats {
    public long totalConnectionsReceived;
    public long totalCommandsProcessed;
    public long rejectedConnections;
    public long expiredKeys;
    /** Running estimate of the share (0..1) of volatile keys that are expired but not reclaimed. */
    public double expiredStalePerc;
    public long expiredTimeCapReachedCount;
    public long expireCycleTimeUsedUs;
    public long evictedKeys;
    public long keyspaceHits;
    public long keyspaceMisses;
    public long netInputBytes;
    public long netOutputBytes;
    public long totalReadsProcessed;
    public long totalWritesProcessed;
    public long totalErrorReplies;
    public long unexpectedErrorReplies;
    /** Error replies per error code (the first word of the message), in code order. */
    public final Map<String, Long> errorCounts = new TreeMap<>();

    /** Redis stops tracking new error codes past this many (ERROR_STATS_NUMBER). */
    private static final int MAX_ERROR_CODES = 128;

    /** Instantaneous metrics: ops/sec and bytes/sec sampled by serverCron every 100 ms. */
    private static final int SAMPLES = 16;
    private final long[][] samples = new long[3][SAMPLES];
    private final long[] lastValue = new long[3];
    private long lastSampleMs;
    private int sampleIndex;

    /** Counts an error reply by its code (the first word), as errorstats does. */
    public void countError(String line) {
        totalErrorReplies++;
        int sp = line.indexOf(' ');
        String code = sp < 0 ? line : line.substring(0, sp);
        if (errorCounts.containsKey(code) || errorCounts.size() < MAX_ERROR_CODES) {
            errorCounts.merge(code, 1L, Long::sum);
        }
    }

    /** CONFIG RESETSTAT (resetServerStats and resetErrorTableStats). */
    public void reset() {
        totalConnectionsReceived = 0;
        totalCommandsProcessed = 0;
        rejectedConnections = 0;
        expiredKeys = 0;
        expiredStalePerc = 0;
        expiredTimeCapReachedCount = 0;
        expireCycleTimeUsedUs = 0;
        evictedKeys = 0;
        keyspaceHits = 0;
        keyspaceMisses = 0;
        netInputBytes = 0;
        netOutputBytes = 0;
        totalReadsProcessed = 0;
        totalWritesProcessed = 0;
        unexpectedErrorReplies = 0;
        totalErrorReplies = 0;
        errorCounts.clear();
        for (long[] metric : samples) {
            java.util.Arrays.fill(metric, 0);
        }
        java.util.Arrays.fill(lastValue, 0);
        lastSampleMs = 0;
        sampleIndex = 0;
    }

    /** trackInstantaneousMetric for commands, input and output bytes. */
    public void sample(long nowMs) {
        long[] values = {totalCommandsProcessed, netInputBytes, netOutputBytes};
        long dt = nowMs - lastSampleMs;
        if (lastSampleMs != 0 && dt > 0) {
            for (int m = 0; m < 3; m++) {
                samples[m][sampleIndex] = (values[m] - lastValue[m]) * 1000 / dt;
            }
            sampleIndex = (sampleIndex + 1) % SAMPLES;
        }
        System.arraycopy(values, 0, lastValue, 0, 3);
        lastSampleMs = nowMs;
    }

    private long average(int metric) {
        long sum = 0;
        for (long v : samples[metric]) {
            sum += v;
        }
        return sum / SAMPLES;
    }

    public long instantaneousOps() {
        return average(0);
    }

    public double instantaneousInputKbps() {
        return average(1) / 1024.0;
    }

    public double instantaneousOutputKbps() {
        return average(2) / 1024.0;
    }
}
