package dev.respec.server.util;

/**
 * The per-command latency histogram behind INFO latencystats: an HdrHistogram with the layout Redis
 * uses (2 significant figures, values in nanoseconds from 1 ns to 1 s), so that percentiles come out
 * as the same bucket bounds Redis prints (a 7 us call reads back as 7.007 us).
 *
 * <p>Values v are kept in buckets of equal relative width: bucket b covers [128·2^b, 256·2^b) in
 * 128 sub-buckets of 2^b (bucket 0 covers [0, 256) one by one). A percentile is the highest value
 * equivalent to the recorded value where the cumulative count reaches it.
 */
public final class LatencyHistogram {
    public static final long MIN_VALUE = 1;
    public static final long MAX_VALUE = 1_000_000_000L;

    private static final int SUB_BUCKET_HALF_COUNT_MAGNITUDE = 7;
    private static final int SUB_BUCKET_HALF_COUNT = 1 << SUB_BUCKET_HALF_COUNT_MAGNITUDE;
    private static final int SUB_BUCKET_COUNT = 2 * SUB_BUCKET_HALF_COUNT;
    private static final long SUB_BUCKET_MASK = SUB_BUCKET_COUNT - 1;
    /** Buckets needed so that 256·2^(n-1) exceeds MAX_VALUE. */
    private static final int BUCKET_COUNT = bucketsNeeded();
    private static final int COUNTS_LEN = (BUCKET_COUNT + 1) * SUB_BUCKET_HALF_COUNT;

    private final long[] counts = new long[COUNTS_LEN];
    private long totalCount;

    private static int bucketsNeeded() {
        long smallestUntrackable = SUB_BUCKET_COUNT;
        int buckets = 1;
        while (smallestUntrackable <= MAX_VALUE) {
            smallestUntrackable <<= 1;
            buckets++;
        }
        return buckets;
    }

    /** Records one value, clamped into [MIN_VALUE, MAX_VALUE] as Redis does. */
    public void record(long value) {
        long v = Math.max(MIN_VALUE, Math.min(MAX_VALUE, value));
        counts[countsIndex(v)]++;
        totalCount++;
    }

    public long totalCount() {
        return totalCount;
    }

    private static int bucketIndex(long v) {
        int pow2ceiling = 64 - Long.numberOfLeadingZeros(v | SUB_BUCKET_MASK);
        return pow2ceiling - (SUB_BUCKET_HALF_COUNT_MAGNITUDE + 1);
    }

    private static int countsIndex(long v) {
        int bucket = bucketIndex(v);
        int sub = (int) (v >>> bucket);
        return ((bucket + 1) << SUB_BUCKET_HALF_COUNT_MAGNITUDE) + (sub - SUB_BUCKET_HALF_COUNT);
    }

    private static long valueAtIndex(int index) {
        int bucket = (index >> SUB_BUCKET_HALF_COUNT_MAGNITUDE) - 1;
        int sub = (index & (SUB_BUCKET_HALF_COUNT - 1)) + SUB_BUCKET_HALF_COUNT;
        if (bucket < 0) {
            sub -= SUB_BUCKET_HALF_COUNT;
            bucket = 0;
        }
        return (long) sub << bucket;
    }

    private static long lowestEquivalent(long v) {
        int bucket = bucketIndex(v);
        return (v >>> bucket) << bucket;
    }

    private static long highestEquivalent(long v) {
        int bucket = bucketIndex(v);
        int sub = (int) (v >>> bucket);
        int adjusted = sub >= SUB_BUCKET_COUNT ? bucket + 1 : bucket;
        return lowestEquivalent(v) + (1L << adjusted) - 1;
    }

    /** hdr_value_at_percentile. */
    public long valueAtPercentile(double percentile) {
        double requested = Math.min(percentile, 100.0);
        long countAtPercentile = Math.max(1, (long) (requested / 100 * totalCount + 0.5));
        long cumulative = 0;
        long value = 0;
        for (int i = 0; i < COUNTS_LEN; i++) {
            cumulative += counts[i];
            if (cumulative >= countAtPercentile) {
                value = valueAtIndex(i);
                break;
            }
        }
        return percentile == 0.0 ? lowestEquivalent(value) : highestEquivalent(value);
    }
}
