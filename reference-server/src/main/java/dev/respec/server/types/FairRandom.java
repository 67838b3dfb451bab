package dev.respec.server.types;

import dev.respec.server.keyspace.Dict;
import java.util.concurrent.ThreadLocalRandom;

/**
 * dictGetFairRandomKey for the aggregate types' hashtables: sample a run of up to 15 entries
 * (dictGetSomeKeys) and pick one of them, which evens out the bias of plain dictGetRandomKey towards
 * entries in short chains; falls back to dictGetRandomKey when the sample comes back empty. What
 * HRANDFIELD, SRANDMEMBER and SPOP draw with on hashtable encodings.
 */
final class FairRandom {
    private static final int GETFAIR_NUM_ENTRIES = 15;

    private FairRandom() {
    }

    /** A random entry of a non-empty dict. */
    static Dict.Entry entry(Dict d) {
        Dict.Entry[] sample = new Dict.Entry[GETFAIR_NUM_ENTRIES];
        int n = d.sample(sample, GETFAIR_NUM_ENTRIES);
        if (n == 0) {
            return d.randomEntry();
        }
        return sample[ThreadLocalRandom.current().nextInt(n)];
    }
}
