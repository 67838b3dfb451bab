package dev.respec.server.keyspace;

import dev.respec.server.util.Bytes;
import dev.respec.server.util.NumberFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * dict.c (Redis 7.0): a chained hash table of byte-string keys with two tables and progressive
 * rehashing. It is the keyspace and expires table of every database and the hashtable encoding of
 * hashes, sets and sorted sets.
 *
 * <p>Growing or shrinking never stops the world: {@link #expand} only allocates the new table, and
 * then every lookup, insert and delete moves one bucket ({@link #rehash}(1), visiting at most ten
 * empty buckets), while {@code serverCron} spends a time budget on the rest
 * ({@link #rehashMilliseconds}, 100 buckets at a time). During rehashing, lookups search both tables
 * and inserts go to the new one. Rehashing pauses while a safe iterator or a scan step runs.
 *
 * <p>Invariants: {@code table[1] != null} exactly while rehashing; every bucket of table 0 below
 * {@code rehashIndex} is empty; sizes are powers of two, at least {@link #INITIAL_SIZE};
 * {@link #scan} returns every key that is present for the whole scan at least once, whatever resizes
 * happen in between (the reverse-binary cursor of dictScan), and returns a key more than once only
 * when the table shrank, or grew and shrank, between two calls.
 *
 * <p>Resize policy (dict.c and server.c): grow to the next power of two above {@code used} when
 * {@code used >= size} — only while resizing is allowed (no snapshot in progress) and the dict's
 * {@link ExpandPolicy} agrees, or forced when the load passes {@link #FORCE_RESIZE_RATIO}; the
 * owner shrinks a table that falls under {@link #MIN_FILL_PERCENT} ({@link #needsShrink},
 * {@link #resize}): serverCron for the keyspace, the type API after a delete for values.
 *
 * <p>Bucket arrays are segmented: a table of more than {@link #SEGMENT_SIZE} buckets is an array of
 * segments of that many buckets each, and a segment is only allocated when a key first lands in it.
 * Redis gets a big table's memory from calloc, which the kernel hands over as zero pages on first
 * touch; a flat Java array of millions of references would instead be zeroed all at once, stalling
 * the event loop for tens of milliseconds at each doubling. Bucket numbering, and so rehashing, SCAN
 * cursors and the statistics, are those of a flat table.
 *
 * <p>Using it as a value encoding: keys are the elements (fields, members), {@code val} is whatever
 * the type stores (null for sets). Call {@link #shrinkIfNeeded} after deletes, as t_hash.c, t_set.c
 * and t_zset.c do. Single-threaded: only the event loop thread touches a dict.
 */
public final class Dict {
    public static final int INITIAL_SIZE = 4;
    public static final int FORCE_RESIZE_RATIO = 5;
    /** HASHTABLE_MIN_FILL: a table under this percentage of use is shrunk. */
    public static final int MIN_FILL_PERCENT = 10;
    /** The largest table (Java arrays are int-indexed). */
    public static final int MAX_SIZE = 1 << 30;
    /** GETFAIR_NUM_ENTRIES: how many entries dictGetFairRandomKey samples. */
    private static final int FAIR_SAMPLE = 15;
    /** Buckets per segment (64 KB of references with compressed oops). */
    public static final int SEGMENT_BITS = 14;
    public static final int SEGMENT_SIZE = 1 << SEGMENT_BITS;
    private static final int SEGMENT_MASK = SEGMENT_SIZE - 1;
    /** DICT_STATS_VECTLEN: chain lengths counted by {@link #stats}. */
    private static final int STATS_VECTLEN = 50;

    /**
     * A key-value node. {@code val} is owned by the dict's user, but a byte-array value is replaced
     * through {@link #setValue} so that {@link #valueBytes} stays exact; {@code hash} is cached.
     */
    public static final class Entry {
        public final byte[] key;
        public Object val;
        /**
         * dictEntry metadata: a slot the dict's user owns (it fits in the object's padding, so it is
         * free). The keyspace keeps the value's accounted size there.
         */
        public int meta;
        final int hash;
        Entry next;

        Entry(byte[] key, int hash, Object val) {
            this.key = key;
            this.hash = hash;
            this.val = val;
        }
    }

    /**
     * A value encoding built around a dict (a sorted set's skiplist + dict), so that DEBUG HTSTATS-KEY
     * and memory accounting find the dict; a value whose ptr is a Dict itself needs nothing.
     */
    public interface Backed {
        Dict dict();
    }

    /**
     * dictType.expandAllowed: asked before a growth that is not forced; {@code moreMem} is the size
     * of the new bucket array in bytes and {@code usedRatio} the current load.
     */
    @FunctionalInterface
    public interface ExpandPolicy {
        boolean allowed(long moreMem, double usedRatio);
    }

    /** Seeded per process, like Redis's siphash seed, so bucket order is not predictable by clients. */
    private static final int SEED = ThreadLocalRandom.current().nextInt();

    /** dict_can_resize: turned off while a snapshot wants memory kept still; forced past the ratio. */
    private static boolean canResize = true;

    /** table[t][segment][bucket]: null while table t does not exist; a segment is null until used. */
    private final Entry[][][] table = new Entry[2][][];
    /** Buckets of table t (a power of two), 0 when it does not exist. */
    private final int[] size = new int[2];
    /** Segments allocated in table t, for memory accounting. */
    private final int[] segments = new int[2];
    private final long[] used = new long[2];
    /** The heap bytes of the keys' arrays, kept as keys come and go (memory accounting of values). */
    private long keyBytes;
    /** The heap bytes of the values that are byte arrays (a hash's), kept like keyBytes. */
    private long valueBytes;
    private long rehashIndex = -1;
    private int pauseRehash;
    private ExpandPolicy expandPolicy;
    /**
     * The entry last found or added, with the very array it was asked for: a command looks its key up
     * several times (lookupKeyWrite, setKey, dbOverwrite, the memory accounting after the write), with
     * its argument or with the entry's own key array, and the repeats then skip hashing and the chain
     * walk. Cleared when that entry leaves the dict; the content is compared again for the argument,
     * so a caller reusing a scratch array for other keys is never misled.
     */
    private byte[] memoKey;
    private Entry memoEntry;
    /** The out-parameter of {@link #keyIndex}: the entry holding the key when it already exists. */
    private Entry existing;

    public static void setResizeEnabled(boolean enabled) {
        canResize = enabled;
    }

    public static boolean isResizeEnabled() {
        return canResize;
    }

    public static int hash(byte[] key) {
        return Bytes.hash(key, SEED);
    }

    public void setExpandPolicy(ExpandPolicy policy) {
        expandPolicy = policy;
    }

    public long size() {
        return used[0] + used[1];
    }

    public boolean isRehashing() {
        return rehashIndex != -1;
    }

    /** Number of buckets of table 0 and table 1 (0 when absent), for DEBUG HTSTATS and memory accounting. */
    public long buckets(int t) {
        return size[t];
    }

    /** The heap bytes of both tables' bucket arrays: the segment directory and the segments in use. */
    public long tableBytes() {
        long bytes = 0;
        for (int t = 0; t <= 1; t++) {
            if (table[t] != null) {
                bytes += ObjectSizes.referenceArray(table[t].length)
                        + segments[t] * ObjectSizes.referenceArray(Math.min(size[t], SEGMENT_SIZE));
            }
        }
        return bytes;
    }

    /** The heap bytes of every key's byte array. */
    public long keyBytes() {
        return keyBytes;
    }

    /** The heap bytes of the values that are byte arrays; other values are their user's to count. */
    public long valueBytes() {
        return valueBytes;
    }

    private static long bytesOf(Object val) {
        return val instanceof byte[] b ? ObjectSizes.byteArray(b.length) : 0;
    }

    /** Replaces an entry's value, keeping {@link #valueBytes} exact. */
    public void setValue(Entry e, Object val) {
        valueBytes += bytesOf(val) - bytesOf(e.val);
        e.val = val;
    }

    /** dictSlots: buckets of both tables. */
    public long slots() {
        return buckets(0) + buckets(1);
    }

    public long used(int t) {
        return used[t];
    }

    /** The rehashing position in table 0 (-1 when not rehashing). */
    public long rehashIndex() {
        return rehashIndex;
    }

    /** The head of a bucket's chain (walk it with {@link #nextInChain}). */
    public Entry bucket(int t, int index) {
        return head(t, index);
    }

    private Entry head(int t, int index) {
        Entry[] seg = table[t][index >>> SEGMENT_BITS];
        return seg == null ? null : seg[index & SEGMENT_MASK];
    }

    private void setHead(int t, int index, Entry e) {
        Entry[][] segs = table[t];
        Entry[] seg = segs[index >>> SEGMENT_BITS];
        if (seg == null) {
            if (e == null) {
                return;
            }
            seg = new Entry[SEGMENT_SIZE];
            segs[index >>> SEGMENT_BITS] = seg;
            segments[t]++;
        }
        seg[index & SEGMENT_MASK] = e;
    }

    /** A table of n buckets: one segment of n buckets when small, else a directory of lazy segments. */
    private void createTable(int t, int n) {
        if (n <= SEGMENT_SIZE) {
            table[t] = new Entry[][] {new Entry[n]};
            segments[t] = 1;
        } else {
            table[t] = new Entry[n >>> SEGMENT_BITS][];
            segments[t] = 0;
        }
        size[t] = n;
    }

    private void dropTable(int t) {
        table[t] = null;
        size[t] = 0;
        segments[t] = 0;
        used[t] = 0;
    }

    /** Table 1 becomes table 0 (the end of a rehash). */
    private void promoteTable() {
        table[0] = table[1];
        size[0] = size[1];
        segments[0] = segments[1];
        used[0] = used[1];
        dropTable(1);
    }

    public static Entry nextInChain(Entry e) {
        return e.next;
    }

    // ---------------------------------------------------------------- resizing

    /** _dictNextExp: the smallest power of two >= size, at least the initial size. */
    static int nextPower(long size) {
        if (size >= MAX_SIZE) {
            return MAX_SIZE;
        }
        int i = INITIAL_SIZE;
        while (i < size) {
            i <<= 1;
        }
        return i;
    }

    /**
     * dictExpand: creates the table, or starts rehashing into one of the next power of two >= size.
     * Refused while rehashing, when size is below the number of elements, or when the size would not
     * change.
     */
    public boolean expand(long size) {
        if (isRehashing() || used[0] > size) {
            return false;
        }
        int realSize = nextPower(size);
        if (realSize < size) {
            return false;
        }
        if (table[0] != null && realSize == this.size[0]) {
            return false;
        }
        if (table[0] == null) {
            createTable(0, realSize);
            return true;
        }
        createTable(1, realSize);
        used[1] = 0;
        rehashIndex = 0;
        return true;
    }

    /** _dictExpandIfNeeded. */
    private void expandIfNeeded() {
        if (isRehashing()) {
            return;
        }
        if (table[0] == null) {
            expand(INITIAL_SIZE);
            return;
        }
        long size = this.size[0];
        if (used[0] >= size && (canResize || used[0] / size > FORCE_RESIZE_RATIO) && expandAllowed(size)) {
            expand(used[0] + 1);
        }
    }

    /** dictTypeExpandAllowed: the new array costs one reference per bucket. */
    private boolean expandAllowed(long size) {
        if (expandPolicy == null) {
            return true;
        }
        long moreMem = ObjectSizes.referenceArray(nextPower(used[0] + 1));
        return expandPolicy.allowed(moreMem, (double) used[0] / size);
    }

    /** htNeedsResize (server.c): more than the initial size and under 10% full. */
    public boolean needsShrink() {
        if (table[0] == null) {
            return false;
        }
        long size = slots();
        long u = size();
        return size > INITIAL_SIZE && (u * 100 / size < MIN_FILL_PERCENT);
    }

    /** dictResize: shrink (or grow) to the smallest table that holds every element. */
    public boolean resize() {
        if (!canResize || isRehashing()) {
            return false;
        }
        long minimal = Math.max(used[0], INITIAL_SIZE);
        return expand(minimal);
    }

    /** The value encodings' "if (htNeedsResize(d)) dictResize(d)" after a delete. */
    public boolean shrinkIfNeeded() {
        return needsShrink() && resize();
    }

    /**
     * dictRehash: moves up to n buckets from table 0 to table 1, visiting at most n*10 empty buckets.
     * Returns true when there is more to do.
     */
    public boolean rehash(int n) {
        if (!isRehashing()) {
            return false;
        }
        int emptyVisits = n * 10;
        int mask = size[1] - 1;
        while (n-- > 0 && used[0] != 0) {
            while (head(0, (int) rehashIndex) == null) {
                rehashIndex++;
                if (--emptyVisits == 0) {
                    return true;
                }
            }
            Entry e = head(0, (int) rehashIndex);
            while (e != null) {
                Entry next = e.next;
                int idx = e.hash & mask;
                e.next = head(1, idx);
                setHead(1, idx, e);
                used[0]--;
                used[1]++;
                e = next;
            }
            setHead(0, (int) rehashIndex, null);
            rehashIndex++;
        }
        if (used[0] == 0) {
            promoteTable();
            rehashIndex = -1;
            return false;
        }
        return true;
    }

    /**
     * dictRehashMilliseconds: rehash in steps of 100 buckets until more than ms milliseconds went by.
     * Returns the number of steps times 100; does nothing while rehashing is paused.
     */
    public int rehashMilliseconds(long ms) {
        if (pauseRehash > 0) {
            return 0;
        }
        long start = System.nanoTime();
        long budget = ms * 1_000_000L;
        int rehashes = 0;
        while (rehash(100)) {
            rehashes += 100;
            if (System.nanoTime() - start > budget) {
                break;
            }
        }
        return rehashes;
    }

    /** _dictRehashStep: one bucket, unless paused. */
    private void rehashStep() {
        if (pauseRehash == 0) {
            rehash(1);
        }
    }

    /** dictPauseRehashing: nested; every pause needs its {@link #resumeRehashing}. */
    public void pauseRehashing() {
        pauseRehash++;
    }

    public void resumeRehashing() {
        pauseRehash--;
    }

    public boolean isRehashingPaused() {
        return pauseRehash > 0;
    }

    // ---------------------------------------------------------------- lookups and updates

    /** dictFind: the entry of key, or null; one rehash step first while rehashing. */
    public Entry find(byte[] key) {
        if (size() == 0) {
            return null;
        }
        if (isRehashing()) {
            rehashStep();
        }
        Entry m = memoEntry;
        if (m != null && (m.key == key || (memoKey == key && Bytes.equals(m.key, key)))) {
            return m;
        }
        return lookup(key, hash(key));
    }

    /**
     * The entry of key without the rehash step that {@link #find} takes, for bookkeeping lookups that
     * Redis does not make (memory accounting after a write).
     */
    public Entry peek(byte[] key) {
        if (size() == 0) {
            return null;
        }
        Entry m = memoEntry;
        if (m != null && (m.key == key || (memoKey == key && Bytes.equals(m.key, key)))) {
            return m;
        }
        return lookup(key, hash(key));
    }

    private Entry lookup(byte[] key, int h) {
        for (int t = 0; t <= 1; t++) {
            if (table[t] == null) {
                break;
            }
            for (Entry e = head(t, h & (size[t] - 1)); e != null; e = e.next) {
                if (e.hash == h && (e.key == key || Bytes.equals(e.key, key))) {
                    memoKey = key;
                    memoEntry = e;
                    return e;
                }
            }
            if (!isRehashing()) {
                break;
            }
        }
        return null;
    }

    public Object get(byte[] key) {
        Entry e = find(key);
        return e == null ? null : e.val;
    }

    public boolean contains(byte[] key) {
        return find(key) != null;
    }

    /**
     * _dictKeyIndex: grows the table if needed, then returns the bucket of the table new keys go to,
     * or -1 when the key exists (left in {@link #existing}).
     */
    private int keyIndex(byte[] key, int h) {
        existing = null;
        expandIfNeeded();
        int idx = -1;
        for (int t = 0; t <= 1; t++) {
            idx = h & (size[t] - 1);
            for (Entry e = head(t, idx); e != null; e = e.next) {
                if (e.hash == h && (e.key == key || Bytes.equals(e.key, key))) {
                    existing = e;
                    return -1;
                }
            }
            if (!isRehashing()) {
                break;
            }
        }
        return idx;
    }

    /** Links a new entry at the head of its bucket (recent keys are the likeliest to be read). */
    private Entry insert(byte[] key, int h, int idx, Object val) {
        int t = isRehashing() ? 1 : 0;
        Entry e = new Entry(key, h, val);
        e.next = head(t, idx);
        setHead(t, idx, e);
        used[t]++;
        keyBytes += ObjectSizes.byteArray(key.length);
        valueBytes += bytesOf(val);
        memoKey = key;
        memoEntry = e;
        return e;
    }

    /** dictAdd: adds a new key; returns null (and changes nothing) when it already exists. */
    public Entry add(byte[] key, Object val) {
        if (isRehashing()) {
            rehashStep();
        }
        int h = hash(key);
        int idx = keyIndex(key, h);
        return idx < 0 ? null : insert(key, h, idx, val);
    }

    /** dictAddOrFind: the existing entry of key, or a new one with a null value. */
    public Entry addOrFind(byte[] key) {
        if (isRehashing()) {
            rehashStep();
        }
        int h = hash(key);
        int idx = keyIndex(key, h);
        return idx < 0 ? existing : insert(key, h, idx, null);
    }

    /** dictReplace: sets key to val; returns true when the key was added, false when overwritten. */
    public boolean put(byte[] key, Object val) {
        if (isRehashing()) {
            rehashStep();
        }
        int h = hash(key);
        int idx = keyIndex(key, h);
        if (idx < 0) {
            setValue(existing, val);
            return false;
        }
        insert(key, h, idx, val);
        return true;
    }

    /** dictDelete / dictUnlink: unlinks the key; returns its entry, or null when absent. */
    public Entry remove(byte[] key) {
        if (size() == 0) {
            return null;
        }
        if (isRehashing()) {
            rehashStep();
        }
        int h = hash(key);
        for (int t = 0; t <= 1; t++) {
            if (table[t] == null) {
                break;
            }
            int idx = h & (size[t] - 1);
            Entry prev = null;
            for (Entry e = head(t, idx); e != null; e = e.next) {
                if (e.hash == h && (e.key == key || Bytes.equals(e.key, key))) {
                    if (prev == null) {
                        setHead(t, idx, e.next);
                    } else {
                        prev.next = e.next;
                    }
                    used[t]--;
                    keyBytes -= ObjectSizes.byteArray(e.key.length);
                    if (e == memoEntry) {
                        memoEntry = null;
                        memoKey = null;
                    }
                    valueBytes -= bytesOf(e.val);
                    e.next = null;
                    return e;
                }
                prev = e;
            }
            if (!isRehashing()) {
                break;
            }
        }
        return null;
    }

    /** dictEmpty. A pause held by a running iteration stays held. */
    public void clear() {
        dropTable(0);
        dropTable(1);
        keyBytes = 0;
        valueBytes = 0;
        memoEntry = null;
        memoKey = null;
        rehashIndex = -1;
    }

    // ---------------------------------------------------------------- random sampling

    /** dictGetRandomKey: a random bucket, then a random entry of its chain; null when empty. */
    public Entry randomEntry() {
        if (size() == 0) {
            return null;
        }
        if (isRehashing()) {
            rehashStep();
        }
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        Entry head;
        if (isRehashing()) {
            long s0 = size[0];
            long span = s0 + size[1] - rehashIndex;
            do {
                // No element lives in table 0 below rehashIndex.
                long h = rehashIndex + (rnd.nextLong() & Long.MAX_VALUE) % span;
                head = h >= s0 ? head(1, (int) (h - s0)) : head(0, (int) h);
            } while (head == null);
        } else {
            int mask = size[0] - 1;
            do {
                head = head(0, rnd.nextInt() & mask);
            } while (head == null);
        }
        int len = 0;
        for (Entry e = head; e != null; e = e.next) {
            len++;
        }
        int pick = rnd.nextInt(len);
        Entry e = head;
        while (pick-- > 0) {
            e = e.next;
        }
        return e;
    }

    /**
     * dictGetFairRandomKey: a random entry of a linear run of buckets, which smooths away the bias of
     * {@link #randomEntry} towards entries of short chains.
     */
    public Entry fairRandomEntry() {
        Entry[] entries = new Entry[FAIR_SAMPLE];
        int count = sample(entries, FAIR_SAMPLE);
        if (count == 0) {
            return randomEntry();
        }
        return entries[ThreadLocalRandom.current().nextInt(count)];
    }

    /**
     * dictGetSomeKeys: up to count entries sampled from a random run of buckets (fast, not uniform,
     * duplicates possible only while rehashing moves entries; what eviction samples from). Does a
     * rehash step per wanted entry first.
     */
    public int sample(Entry[] out, int count) {
        long elements = size();
        if (count > elements) {
            count = (int) elements;
        }
        long maxSteps = count * 10L;
        for (int j = 0; j < count && isRehashing(); j++) {
            rehashStep();
        }
        if (count == 0) {
            return 0;
        }
        int tables = isRehashing() ? 2 : 1;
        long maxMask = size[0] - 1;
        if (tables > 1 && size[1] - 1 > maxMask) {
            maxMask = size[1] - 1;
        }
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        long i = rnd.nextLong() & maxMask;
        int emptyLen = 0;
        int stored = 0;
        while (stored < count && maxSteps-- > 0) {
            for (int t = 0; t < tables; t++) {
                if (tables == 2 && t == 0 && i < rehashIndex) {
                    // Table 0 is empty below rehashIndex; when i is also past the end of table 1
                    // (shrinking), neither table has anything before rehashIndex: jump there.
                    if (i >= size[1]) {
                        i = rehashIndex;
                    } else {
                        continue;
                    }
                }
                if (i >= size[t]) {
                    continue;
                }
                Entry e = head(t, (int) i);
                if (e == null) {
                    emptyLen++;
                    if (emptyLen >= 5 && emptyLen > count) {
                        i = rnd.nextLong() & maxMask;
                        emptyLen = 0;
                    }
                } else {
                    emptyLen = 0;
                    while (e != null) {
                        out[stored++] = e;
                        e = e.next;
                        if (stored == count) {
                            return stored;
                        }
                    }
                }
            }
            i = (i + 1) & maxMask;
        }
        return stored;
    }

    // ---------------------------------------------------------------- iteration

    /** Visitor for {@link #scan} and {@link #forEach}. */
    @FunctionalInterface
    public interface Visitor {
        void visit(Entry e);
    }

    /**
     * dictScan: visits the buckets at cursor v and returns the next cursor (0 when done). The cursor
     * is incremented in reverse-binary order, which is what keeps the full-iteration guarantee across
     * table growth and shrinking; with two tables it visits the small table's bucket and every
     * bucket of the large table that expands from it. Rehashing is paused during the call, so the
     * visitor may look keys up; it may delete the entry it is given.
     */
    public long scan(long v, Visitor fn) {
        if (size() == 0) {
            return 0;
        }
        pauseRehashing();
        try {
            if (!isRehashing()) {
                long m0 = size[0] - 1;
                emit(head(0, (int) (v & m0)), fn);
                v = nextCursor(v, m0);
            } else {
                int small = size[0] <= size[1] ? 0 : 1;
                int large = 1 - small;
                long m0 = size[small] - 1;
                long m1 = size[large] - 1;
                emit(head(small, (int) (v & m0)), fn);
                do {
                    emit(head(large, (int) (v & m1)), fn);
                    v = nextCursor(v, m1);
                } while ((v & (m0 ^ m1)) != 0);
            }
        } finally {
            resumeRehashing();
        }
        return v;
    }

    /** Increments the reversed cursor on the bits of the mask (the unmasked bits are set first). */
    private static long nextCursor(long v, long mask) {
        v |= ~mask;
        return Long.reverse(Long.reverse(v) + 1);
    }

    private static void emit(Entry e, Visitor fn) {
        while (e != null) {
            Entry next = e.next; // the visitor may delete e
            fn.visit(e);
            e = next;
        }
    }

    /**
     * Safe iteration over every entry (rehashing paused), table 0 then table 1, bucket by bucket.
     * The visitor may delete the entry it is given; keys it adds may or may not be visited.
     */
    public void forEach(Visitor fn) {
        pauseRehashing();
        try {
            for (int t = 0; t <= 1; t++) {
                Entry[][] segs = table[t];
                if (segs == null) {
                    continue;
                }
                for (Entry[] seg : segs) {
                    if (seg == null) {
                        continue;
                    }
                    for (Entry head : seg) {
                        emit(head, fn);
                        if (table[t] != segs) {
                            return; // emptied by the visitor
                        }
                    }
                }
            }
        } finally {
            resumeRehashing();
        }
    }

    // ---------------------------------------------------------------- DEBUG HTSTATS

    /** dictGetStats: the text DEBUG HTSTATS prints for this dict (Redis 7.0.15's format). */
    public String stats() {
        StringBuilder sb = new StringBuilder();
        statsOfTable(sb, 0);
        if (isRehashing()) {
            statsOfTable(sb, 1);
        }
        // Redis renders into a 4096-byte buffer.
        return sb.length() > 4095 ? sb.substring(0, 4095) : sb.toString();
    }

    private void statsOfTable(StringBuilder sb, int t) {
        sb.append("Hash table ").append(t).append(" stats (")
                .append(t == 0 ? "main hash table" : "rehashing target").append("):\n");
        if (used[t] == 0) {
            sb.append("No stats available for empty dictionaries\n");
            return;
        }
        long[] clvector = new long[STATS_VECTLEN];
        long slots = 0;
        long maxChain = 0;
        long totChain = 0;
        for (int i = 0; i < size[t]; i++) {
            Entry head = head(t, i);
            if (head == null) {
                clvector[0]++;
                continue;
            }
            slots++;
            long chain = 0;
            for (Entry e = head; e != null; e = e.next) {
                chain++;
            }
            clvector[(int) Math.min(chain, STATS_VECTLEN - 1)]++;
            maxChain = Math.max(maxChain, chain);
            totChain += chain;
        }
        // C computes these in float and prints them through a double.
        sb.append(" table size: ").append(size[t]).append('\n')
                .append(" number of elements: ").append(used[t]).append('\n')
                .append(" different slots: ").append(slots).append('\n')
                .append(" max chain length: ").append(maxChain).append('\n')
                .append(" avg chain length (counted): ").append(NumberFormat.fixed((float) totChain / slots, 2))
                .append('\n')
                .append(" avg chain length (computed): ").append(NumberFormat.fixed((float) used[t] / slots, 2))
                .append('\n')
                .append(" Chain length distribution:\n");
        for (int i = 0; i < STATS_VECTLEN - 1; i++) {
            if (clvector[i] == 0) {
                continue;
            }
            float perc = ((float) clvector[i] / size[t]) * 100;
            sb.append("   ").append(i).append(": ").append(clvector[i])
                    .append(" (").append(NumberFormat.fixed(perc, 2)).append("%)\n");
        }
    }
}
