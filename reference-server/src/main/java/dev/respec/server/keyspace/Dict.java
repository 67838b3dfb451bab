package dev.respec.server.keyspace;

import dev.respec.server.util.Bytes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * dict.c: a chained hash table of byte-string keys with two tables and progressive rehashing.
 *
 * <p>Growing or shrinking never stops the world: {@link #expand} only allocates the new table, and
 * every lookup, insert and delete then moves one bucket ({@link #rehash}(1), visiting at most ten
 * empty buckets), while {@code serverCron} spends a time budget on the rest
 * ({@link #rehashMilliseconds}). During rehashing, lookups search both tables and inserts go to the
 * new one. Rehashing pauses while a safe iterator or a scan step runs.
 *
 * <p>Invariants: {@code table[1] != null} exactly while rehashing; every bucket of table 0 below
 * {@code rehashIndex} is empty; sizes are powers of two; {@link #scan} returns every key that is
 * present for the whole scan at least once, whatever resizes happen in between (the reverse-binary
 * cursor of dictScan).
 *
 * <p>Resize policy as Redis 7.0: grow to the next power of two above {@code used} when
 * {@code used >= size} (only when resizing is allowed, or forced when the load passes 5); shrink when
 * under 10% full ({@link #needsShrink}). Single-threaded: only the event loop thread touches a dict.
 */
public final class Dict {
    public static final int INITIAL_SIZE = 4;
    public static final int FORCE_RESIZE_RATIO = 5;
    public static final int MIN_FILL_PERCENT = 10;

    /** A key-value node. {@code val} is owned by the dict's user; {@code hash} is cached. */
    public static final class Entry {
        public final byte[] key;
        public Object val;
        final int hash;
        Entry next;

        Entry(byte[] key, int hash, Object val) {
            this.key = key;
            this.hash = hash;
            this.val = val;
        }
    }

    /** Seeded per process, like Redis's siphash seed, so bucket order is not predictable by clients. */
    private static final int SEED = ThreadLocalRandom.current().nextInt();

    /** dict_can_resize: turned off while a snapshot wants memory kept still; forced past the ratio. */
    private static boolean canResize = true;

    private final Entry[][] table = new Entry[2][];
    private final long[] used = new long[2];
    private long rehashIndex = -1;
    private int pauseRehash;

    public static void setResizeEnabled(boolean enabled) {
        canResize = enabled;
    }

    public static int hash(byte[] key) {
        return Bytes.hash(key, SEED);
    }

    public long size() {
        return used[0] + used[1];
    }

    public boolean isRehashing() {
        return rehashIndex != -1;
    }

    /** Number of buckets of table 0 and table 1 (0 when absent), for DEBUG HTSTATS and memory accounting. */
    public long buckets(int t) {
        return table[t] == null ? 0 : table[t].length;
    }

    public long used(int t) {
        return used[t];
    }

    /** Bucket chain lengths of table t (for DEBUG HTSTATS). */
    public Entry bucket(int t, int index) {
        return table[t][index];
    }

    public static Entry nextInChain(Entry e) {
        return e.next;
    }

    // ---------------------------------------------------------------- resizing

    private static int nextPower(long size) {
        if (size >= (1L << 30)) {
            return 1 << 30;
        }
        int i = INITIAL_SIZE;
        while (i < size) {
            i <<= 1;
        }
        return i;
    }

    /** dictExpand: starts rehashing into a table of the next power of two >= size. */
    public boolean expand(long size) {
        if (isRehashing() || used[0] > size) {
            return false;
        }
        int realSize = nextPower(size);
        if (table[0] != null && realSize == table[0].length) {
            return false;
        }
        Entry[] n = new Entry[realSize];
        if (table[0] == null) {
            table[0] = n;
            return true;
        }
        table[1] = n;
        used[1] = 0;
        rehashIndex = 0;
        return true;
    }

    private void expandIfNeeded() {
        if (isRehashing()) {
            return;
        }
        if (table[0] == null) {
            expand(INITIAL_SIZE);
            return;
        }
        long size = table[0].length;
        if (used[0] >= size && (canResize || used[0] / size > FORCE_RESIZE_RATIO)) {
            expand(used[0] + 1);
        }
    }

    /** htNeedsResize: more than the initial size and under 10% full. */
    public boolean needsShrink() {
        if (table[0] == null) {
            return false;
        }
        long size = buckets(0) + buckets(1);
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

    /**
     * dictRehash: moves up to n buckets from table 0 to table 1, visiting at most n*10 empty buckets.
     * Returns true when there is more to do.
     */
    public boolean rehash(int n) {
        if (!isRehashing()) {
            return false;
        }
        int emptyVisits = n * 10;
        Entry[] from = table[0];
        Entry[] to = table[1];
        int mask = to.length - 1;
        while (n-- > 0 && used[0] != 0) {
            while (from[(int) rehashIndex] == null) {
                rehashIndex++;
                if (--emptyVisits == 0) {
                    return true;
                }
            }
            Entry e = from[(int) rehashIndex];
            while (e != null) {
                Entry next = e.next;
                int idx = e.hash & mask;
                e.next = to[idx];
                to[idx] = e;
                used[0]--;
                used[1]++;
                e = next;
            }
            from[(int) rehashIndex] = null;
            rehashIndex++;
        }
        if (used[0] == 0) {
            table[0] = table[1];
            used[0] = used[1];
            table[1] = null;
            used[1] = 0;
            rehashIndex = -1;
            return false;
        }
        return true;
    }

    /** dictRehashMilliseconds: rehash in steps of 100 buckets for about ms milliseconds. */
    public int rehashMilliseconds(long ms) {
        if (pauseRehash > 0) {
            return 0;
        }
        long deadline = System.nanoTime() + ms * 1_000_000L;
        int rehashes = 0;
        while (rehash(100)) {
            rehashes += 100;
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        return rehashes;
    }

    private void rehashStep() {
        if (pauseRehash == 0) {
            rehash(1);
        }
    }

    public void pauseRehashing() {
        pauseRehash++;
    }

    public void resumeRehashing() {
        pauseRehash--;
    }

    // ---------------------------------------------------------------- lookups and updates

    public Entry find(byte[] key) {
        if (size() == 0) {
            return null;
        }
        if (isRehashing()) {
            rehashStep();
        }
        int h = hash(key);
        for (int t = 0; t <= 1; t++) {
            Entry[] tab = table[t];
            if (tab == null) {
                break;
            }
            for (Entry e = tab[h & (tab.length - 1)]; e != null; e = e.next) {
                if (e.hash == h && (e.key == key || Bytes.equals(e.key, key))) {
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

    /** dictAdd: adds a new key; returns null (and changes nothing) when it already exists. */
    public Entry add(byte[] key, Object val) {
        if (isRehashing()) {
            rehashStep();
        }
        expandIfNeeded();
        int h = hash(key);
        for (int t = 0; t <= 1; t++) {
            Entry[] tab = table[t];
            if (tab == null) {
                break;
            }
            for (Entry e = tab[h & (tab.length - 1)]; e != null; e = e.next) {
                if (e.hash == h && Bytes.equals(e.key, key)) {
                    return null;
                }
            }
            if (!isRehashing()) {
                break;
            }
        }
        int t = isRehashing() ? 1 : 0;
        Entry[] tab = table[t];
        int idx = h & (tab.length - 1);
        Entry e = new Entry(key, h, val);
        e.next = tab[idx];
        tab[idx] = e;
        used[t]++;
        return e;
    }

    /** dictReplace: sets key to val; returns true when the key was added, false when overwritten. */
    public boolean put(byte[] key, Object val) {
        Entry e = find(key);
        if (e != null) {
            e.val = val;
            return false;
        }
        add(key, val);
        return true;
    }

    /** dictDelete: unlinks the key; returns its entry, or null when absent. */
    public Entry remove(byte[] key) {
        if (size() == 0) {
            return null;
        }
        if (isRehashing()) {
            rehashStep();
        }
        int h = hash(key);
        for (int t = 0; t <= 1; t++) {
            Entry[] tab = table[t];
            if (tab == null) {
                break;
            }
            int idx = h & (tab.length - 1);
            Entry prev = null;
            for (Entry e = tab[idx]; e != null; e = e.next) {
                if (e.hash == h && Bytes.equals(e.key, key)) {
                    if (prev == null) {
                        tab[idx] = e.next;
                    } else {
                        prev.next = e.next;
                    }
                    used[t]--;
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

    /** dictEmpty. */
    public void clear() {
        table[0] = null;
        table[1] = null;
        used[0] = 0;
        used[1] = 0;
        rehashIndex = -1;
    }

    // ---------------------------------------------------------------- random sampling

    /** dictGetRandomKey: a random entry, or null when empty. */
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
            long s0 = table[0].length;
            long span = s0 + table[1].length - rehashIndex;
            do {
                long h = rehashIndex + (rnd.nextLong() & Long.MAX_VALUE) % span;
                head = h >= s0 ? table[1][(int) (h - s0)] : table[0][(int) h];
            } while (head == null);
        } else {
            int mask = table[0].length - 1;
            do {
                head = table[0][rnd.nextInt() & mask];
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
     * dictGetSomeKeys: up to count entries sampled from a random run of buckets (fast, not uniform;
     * what eviction and active expiry sample from).
     */
    public int sample(Entry[] out, int count) {
        long size = size();
        if (count > size) {
            count = (int) size;
        }
        if (count == 0) {
            return 0;
        }
        for (int j = 0; j < count && isRehashing(); j++) {
            rehashStep();
        }
        int tables = isRehashing() ? 2 : 1;
        long maxMask = table[0].length - 1;
        if (tables > 1 && table[1].length - 1 > maxMask) {
            maxMask = table[1].length - 1;
        }
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        long i = rnd.nextLong() & maxMask;
        int emptyLen = 0;
        int stored = 0;
        long maxSteps = count * 10L;
        while (stored < count && maxSteps-- > 0) {
            for (int t = 0; t < tables; t++) {
                if (tables == 2 && t == 0 && i < rehashIndex) {
                    if (i >= table[1].length) {
                        i = rehashIndex;
                    } else {
                        continue;
                    }
                }
                if (i >= table[t].length) {
                    continue;
                }
                Entry e = table[t][(int) i];
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
     * bucket of the large table that expands from it.
     */
    public long scan(long v, Visitor fn) {
        if (size() == 0) {
            return 0;
        }
        pauseRehashing();
        try {
            if (!isRehashing()) {
                Entry[] t0 = table[0];
                long m0 = t0.length - 1;
                emit(t0[(int) (v & m0)], fn);
                v |= ~m0;
                v = Long.reverse(Long.reverse(v) + 1);
            } else {
                Entry[] t0 = table[0];
                Entry[] t1 = table[1];
                if (t0.length > t1.length) {
                    Entry[] tmp = t0;
                    t0 = t1;
                    t1 = tmp;
                }
                long m0 = t0.length - 1;
                long m1 = t1.length - 1;
                emit(t0[(int) (v & m0)], fn);
                do {
                    emit(t1[(int) (v & m1)], fn);
                    v |= ~m1;
                    v = Long.reverse(Long.reverse(v) + 1);
                } while ((v & (m0 ^ m1)) != 0);
            }
        } finally {
            resumeRehashing();
        }
        return v;
    }

    private static void emit(Entry e, Visitor fn) {
        while (e != null) {
            Entry next = e.next; // the visitor may delete e
            fn.visit(e);
            e = next;
        }
    }

    /**
     * Safe iteration over every entry (rehashing paused). The visitor may delete the entry it is
     * given but must not add keys.
     */
    public void forEach(Visitor fn) {
        pauseRehashing();
        try {
            for (int t = 0; t <= 1; t++) {
                Entry[] tab = table[t];
                if (tab == null) {
                    continue;
                }
                for (Entry head : tab) {
                    emit(head, fn);
                }
            }
        } finally {
            resumeRehashing();
        }
    }
}
