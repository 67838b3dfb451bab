package dev.respec.server.types;

import dev.respec.server.keyspace.Dict;
import dev.respec.server.keyspace.ObjectSizes;
import dev.respec.server.util.Bytes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * t_zset.c's zskiplist: the ordered half of a large sorted set (the other half is a dict from member
 * to node, kept by {@link ZSetType}).
 *
 * <p>Nodes are ordered by score, then by member bytes (unsigned, shorter first: sdscmp). Each node has
 * a random level in 1..{@link #MAXLEVEL} (a level more with probability {@link #P}); at every level it
 * points forward and records the <em>span</em>, the number of level-0 steps that forward pointer
 * skips. Summing spans along a search path gives a rank, which is what makes ZRANK, ZRANGE by index
 * and ZREMRANGEBYRANK O(log n). Level 0 also links backwards, for reverse walks.
 *
 * <p>Invariants: {@code header} is a sentinel of MAXLEVEL levels that holds no element; for every
 * level i below {@code level}, following forward[i] from the header visits the nodes of level > i in
 * order, and header.span[i] plus the spans along the way add up to {@code length} once past the last
 * node (a null forward pointer's span counts the nodes after it to the end); {@code tail} is the last
 * node; {@code level} is the highest level in use (at least 1). Ranks are 1-based here, as in Redis.
 * Scores are never NaN.
 */
public final class Skiplist {
    public static final int MAXLEVEL = 32;
    public static final double P = 0.25;
    private static final int THRESHOLD = (int) (P * 0xFFFF);
    /**
     * What an empty list holds, for memory accounting: itself, the header node with its MAXLEVEL
     * levels, and the scratch search path.
     */
    public static final long FIXED_BYTES = ObjectSizes.align(ObjectSizes.OBJECT_HEADER + 4L * ObjectSizes.REFERENCE + 8 + 4 + 8)
            + ObjectSizes.align(ObjectSizes.OBJECT_HEADER + 8 + 4L * ObjectSizes.REFERENCE)
            + 2 * ObjectSizes.align(ObjectSizes.ARRAY_HEADER + (long) MAXLEVEL * 4) // header's forward and span
            + ObjectSizes.referenceArray(MAXLEVEL) + ObjectSizes.align(ObjectSizes.ARRAY_HEADER + (long) MAXLEVEL * 8);

    /** zskiplistNode. The member bytes are shared with the dict and never modified. */
    public static final class Node {
        public final byte[] ele;
        double score;
        Node backward;
        final Node[] forward;
        final int[] span;

        Node(int level, double score, byte[] ele) {
            this.ele = ele;
            this.score = score;
            this.forward = new Node[level];
            this.span = new int[level];
        }

        public double score() {
            return score;
        }

        /** The next node in order (level 0), or null after the tail. */
        public Node next() {
            return forward[0];
        }

        /** The previous node, or null before the first. */
        public Node prev() {
            return backward;
        }

        int level() {
            return forward.length;
        }
    }

    /** Tests whether a member (with its score) lies on the near side of a bound while searching. */
    private interface Before {
        boolean test(Node n);
    }

    private final Node header = new Node(MAXLEVEL, 0, null);
    /**
     * The search path of the operation under way (the last node before the target at every level),
     * and for inserts the rank of each: scratch owned by this list, so that a ZADD allocates only its
     * node. Each method fills what it reads before reading it; no path outlives the call using it.
     */
    private final Node[] path = new Node[MAXLEVEL];
    private final long[] pathRank = new long[MAXLEVEL];
    private Node tail;
    private long length;
    private int level = 1;
    /** Bytes held by nodes and their member arrays, kept as nodes come and go (memory accounting). */
    private long nodeBytes;

    public long length() {
        return length;
    }

    public int level() {
        return level;
    }

    /** The first node (lowest score), or null when empty. */
    public Node first() {
        return header.forward[0];
    }

    /** The last node (highest score), or null when empty. */
    public Node last() {
        return tail;
    }

    /** Heap bytes of the nodes and member arrays (not the list object itself). */
    public long nodeBytes() {
        return nodeBytes;
    }

    /** zslRandomLevel: 1, plus one more level with probability P each time, capped at MAXLEVEL. */
    static int randomLevel() {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        int lvl = 1;
        while ((rnd.nextInt() & 0xFFFF) < THRESHOLD) {
            lvl++;
        }
        return Math.min(lvl, MAXLEVEL);
    }

    /** Ordering of (score, ele) pairs: by score, then member bytes. */
    static int compare(double s1, byte[] e1, double s2, byte[] e2) {
        if (s1 < s2) {
            return -1;
        }
        if (s1 > s2) {
            return 1;
        }
        return Bytes.compare(e1, e2);
    }

    private static boolean precedes(Node x, double score, byte[] ele) {
        return x.score < score || (x.score == score && Bytes.compare(x.ele, ele) < 0);
    }

    private static long sizeOf(Node n) {
        // object header + 4 fields, the two level arrays and the member bytes (see ObjectSizes' layout)
        long arrays = align(16 + 4L * n.level()) * 2;
        return align(12 + 8 + 3 * 4) + arrays + align(16 + n.ele.length);
    }

    private static long align(long n) {
        return (n + 7) & ~7L;
    }

    // ---------------------------------------------------------------- insert, delete, update

    /**
     * zslInsert: adds a member that is not present yet (the caller checks, through the dict). Returns
     * its node.
     */
    public Node insert(double score, byte[] ele) {
        return insert(score, ele, randomLevel());
    }

    Node insert(double score, byte[] ele, int newLevel) {
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("NaN score");
        }
        Node[] update = path;
        long[] rank = pathRank;
        Node x = header;
        for (int i = level - 1; i >= 0; i--) {
            rank[i] = i == level - 1 ? 0 : rank[i + 1];
            while (x.forward[i] != null && precedes(x.forward[i], score, ele)) {
                rank[i] += x.span[i];
                x = x.forward[i];
            }
            update[i] = x;
        }
        if (newLevel > level) {
            for (int i = level; i < newLevel; i++) {
                rank[i] = 0;
                update[i] = header;
                header.span[i] = (int) length;
            }
            level = newLevel;
        }
        x = new Node(newLevel, score, ele);
        for (int i = 0; i < newLevel; i++) {
            x.forward[i] = update[i].forward[i];
            update[i].forward[i] = x;
            x.span[i] = (int) (update[i].span[i] - (rank[0] - rank[i]));
            update[i].span[i] = (int) (rank[0] - rank[i] + 1);
        }
        for (int i = newLevel; i < level; i++) {
            update[i].span[i]++;
        }
        x.backward = update[0] == header ? null : update[0];
        if (x.forward[0] != null) {
            x.forward[0].backward = x;
        } else {
            tail = x;
        }
        length++;
        nodeBytes += sizeOf(x);
        return x;
    }

    /** zslDeleteNode: unlinks x given the last node before it at every level. */
    private void deleteNode(Node x, Node[] update) {
        for (int i = 0; i < level; i++) {
            if (update[i].forward[i] == x) {
                update[i].span[i] += x.span[i] - 1;
                update[i].forward[i] = x.forward[i];
            } else {
                update[i].span[i]--;
            }
        }
        if (x.forward[0] != null) {
            x.forward[0].backward = x.backward;
        } else {
            tail = x.backward;
        }
        while (level > 1 && header.forward[level - 1] == null) {
            level--;
        }
        length--;
        nodeBytes -= sizeOf(x);
    }

    /** The last node before (score, ele) at every level. */
    private Node[] searchPath(double score, byte[] ele) {
        Node[] update = path;
        Node x = header;
        for (int i = level - 1; i >= 0; i--) {
            while (x.forward[i] != null && precedes(x.forward[i], score, ele)) {
                x = x.forward[i];
            }
            update[i] = x;
        }
        return update;
    }

    /** zslDelete: removes the member with this score; false when it is not there. */
    public boolean delete(double score, byte[] ele) {
        Node[] update = searchPath(score, ele);
        Node x = update[0].forward[0];
        if (x != null && x.score == score && Bytes.equals(x.ele, ele)) {
            deleteNode(x, update);
            return true;
        }
        return false;
    }

    /**
     * zslUpdateScore: moves a member from curScore to newScore. When the node stays between its
     * neighbours (strictly, so equal scores keep member order) only the score changes in place;
     * otherwise it is removed and inserted again. Returns the member's node (possibly a new one).
     */
    public Node updateScore(double curScore, byte[] ele, double newScore) {
        Node[] update = searchPath(curScore, ele);
        Node x = update[0].forward[0];
        if (x == null || x.score != curScore || !Bytes.equals(x.ele, ele)) {
            throw new IllegalStateException("updateScore of a member that is not in the skiplist");
        }
        if ((x.backward == null || x.backward.score < newScore)
                && (x.forward[0] == null || x.forward[0].score > newScore)) {
            x.score = newScore;
            return x;
        }
        deleteNode(x, update);
        return insert(newScore, x.ele);
    }

    // ---------------------------------------------------------------- ranks

    /** zslGetRank: the 1-based rank of the member with this score, 0 when it is not there. */
    public long rank(double score, byte[] ele) {
        Node x = header;
        long rank = 0;
        for (int i = level - 1; i >= 0; i--) {
            while (x.forward[i] != null && (x.forward[i].score < score
                    || (x.forward[i].score == score && Bytes.compare(x.forward[i].ele, ele) <= 0))) {
                rank += x.span[i];
                x = x.forward[i];
            }
            if (x.ele != null && x.score == score && Bytes.equals(x.ele, ele)) {
                return rank;
            }
        }
        return 0;
    }

    /** zslGetElementByRank: the node at a 1-based rank, or null when out of range. */
    public Node byRank(long rank) {
        Node x = header;
        long traversed = 0;
        for (int i = level - 1; i >= 0; i--) {
            while (x.forward[i] != null && traversed + x.span[i] <= rank) {
                traversed += x.span[i];
                x = x.forward[i];
            }
            if (traversed == rank) {
                return x == header ? null : x;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- score ranges

    /** zslIsInRange: whether some part of the range can hold elements of this list. */
    public boolean isInRange(ZRange.Score range) {
        if (range.isEmpty() || tail == null || !range.gteMin(tail.score)) {
            return false;
        }
        Node first = header.forward[0];
        return first != null && range.lteMax(first.score);
    }

    /** zslFirstInRange: the first node whose score is within the range, or null. */
    public Node firstInRange(ZRange.Score range) {
        if (!isInRange(range)) {
            return null;
        }
        Node x = lastBefore(n -> !range.gteMin(n.score));
        x = x.forward[0];
        return x != null && range.lteMax(x.score) ? x : null;
    }

    /** zslLastInRange: the last node whose score is within the range, or null. */
    public Node lastInRange(ZRange.Score range) {
        if (!isInRange(range)) {
            return null;
        }
        Node x = lastBefore(n -> range.lteMax(n.score));
        return x != header && range.gteMin(x.score) ? x : null;
    }

    /** zslIsInLexRange. */
    public boolean isInLexRange(ZRange.Lex range) {
        if (range.isEmpty() || tail == null || !range.gteMin(tail.ele)) {
            return false;
        }
        Node first = header.forward[0];
        return first != null && range.lteMax(first.ele);
    }

    /** zslFirstInLexRange. */
    public Node firstInLexRange(ZRange.Lex range) {
        if (!isInLexRange(range)) {
            return null;
        }
        Node x = lastBefore(n -> !range.gteMin(n.ele));
        x = x.forward[0];
        return x != null && range.lteMax(x.ele) ? x : null;
    }

    /** zslLastInLexRange. */
    public Node lastInLexRange(ZRange.Lex range) {
        if (!isInLexRange(range)) {
            return null;
        }
        Node x = lastBefore(n -> range.lteMax(n.ele));
        return x != header && range.gteMin(x.ele) ? x : null;
    }

    /** The last node (or the header) such that every node up to it satisfies {@code before}. */
    private Node lastBefore(Before before) {
        Node x = header;
        for (int i = level - 1; i >= 0; i--) {
            while (x.forward[i] != null && before.test(x.forward[i])) {
                x = x.forward[i];
            }
        }
        return x;
    }

    // ---------------------------------------------------------------- range deletes

    /** zslDeleteRangeByScore: removes every node in the range, from the dict too. */
    public long deleteRangeByScore(ZRange.Score range, Dict dict) {
        Node[] update = pathBefore(n -> !range.gteMin(n.score));
        Node x = update[0].forward[0];
        long removed = 0;
        while (x != null && range.lteMax(x.score)) {
            Node next = x.forward[0];
            deleteNode(x, update);
            dict.remove(x.ele);
            removed++;
            x = next;
        }
        return removed;
    }

    /** zslDeleteRangeByLex: removes every node in the lexicographic range, from the dict too. */
    public long deleteRangeByLex(ZRange.Lex range, Dict dict) {
        Node[] update = pathBefore(n -> !range.gteMin(n.ele));
        Node x = update[0].forward[0];
        long removed = 0;
        while (x != null && range.lteMax(x.ele)) {
            Node next = x.forward[0];
            deleteNode(x, update);
            dict.remove(x.ele);
            removed++;
            x = next;
        }
        return removed;
    }

    /** zslDeleteRangeByRank: removes the nodes of 1-based ranks start..end inclusive, from the dict too. */
    public long deleteRangeByRank(long start, long end, Dict dict) {
        Node[] update = path;
        Node x = header;
        long traversed = 0;
        for (int i = level - 1; i >= 0; i--) {
            while (x.forward[i] != null && traversed + x.span[i] < start) {
                traversed += x.span[i];
                x = x.forward[i];
            }
            update[i] = x;
        }
        traversed++;
        x = x.forward[0];
        long removed = 0;
        while (x != null && traversed <= end) {
            Node next = x.forward[0];
            deleteNode(x, update);
            dict.remove(x.ele);
            removed++;
            traversed++;
            x = next;
        }
        return removed;
    }

    private Node[] pathBefore(Before before) {
        Node[] update = path;
        Node x = header;
        for (int i = level - 1; i >= 0; i--) {
            while (x.forward[i] != null && before.test(x.forward[i])) {
                x = x.forward[i];
            }
            update[i] = x;
        }
        return update;
    }

    // ---------------------------------------------------------------- checking (tests)

    /**
     * Verifies every invariant (order, spans, backward links, tail, length, level); throws
     * IllegalStateException on the first violation. O(n * level), for tests.
     */
    public void verify() {
        long n = 0;
        Node prev = null;
        for (Node x = header.forward[0]; x != null; x = x.forward[0]) {
            n++;
            if (x.backward != prev) {
                throw new IllegalStateException("backward link broken at rank " + n);
            }
            if (prev != null && compare(prev.score, prev.ele, x.score, x.ele) >= 0) {
                throw new IllegalStateException("order broken at rank " + n);
            }
            prev = x;
        }
        if (n != length || tail != prev) {
            throw new IllegalStateException("length or tail wrong");
        }
        if (level < 1 || (level > 1 && header.forward[level - 1] == null)) {
            throw new IllegalStateException("level wrong");
        }
        for (int i = 0; i < level; i++) {
            long rank = 0;
            for (Node x = header; x != null; x = x.forward[i]) {
                long next = x.forward[i] == null ? length : rankOf(x.forward[i]);
                if (x.span[i] != next - rank) {
                    throw new IllegalStateException("span wrong at level " + i + " after rank " + rank);
                }
                rank = next;
            }
        }
        for (int i = level; i < MAXLEVEL; i++) {
            if (header.forward[i] != null) {
                throw new IllegalStateException("header used above the level at " + i);
            }
        }
    }

    private long rankOf(Node target) {
        long r = 0;
        for (Node x = header.forward[0]; x != null; x = x.forward[0]) {
            r++;
            if (x == target) {
                return r;
            }
        }
        throw new IllegalStateException("a forward pointer leads outside the list");
    }
}
