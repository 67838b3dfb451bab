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
    public static final long FIXED_BYTES;
    /** The Node object alone: score, level count, four inline spans, eight references. */
    private static final long NODE_OBJECT_BYTES =
            ObjectSizes.align(ObjectSizes.OBJECT_HEADER + 8 + 4 + 4L * 4 + 8L * ObjectSizes.REFERENCE);

    static {
        long list = ObjectSizes.align(ObjectSizes.OBJECT_HEADER + 4L * ObjectSizes.REFERENCE + 8 + 4 + 8);
        long headerNode = NODE_OBJECT_BYTES + overflowBytes(MAXLEVEL);
        long scratch = ObjectSizes.referenceArray(MAXLEVEL) + ObjectSizes.align(ObjectSizes.ARRAY_HEADER + (long) MAXLEVEL * 8);
        FIXED_BYTES = list + headerNode + scratch;
    }

    /**
     * zskiplistNode. Its first {@link #INLINE_LEVELS} levels (those of 99.6% of nodes) are fields of
     * the node itself, like the level array at the end of Redis's node, so a step of a search touches
     * one object; the header's higher levels, and a rare tall node's, go to two overflow arrays. The
     * member bytes are shared with the dict and never modified.
     */
    public static final class Node {
        static final int INLINE_LEVELS = 4;

        public final byte[] ele;
        double score;
        Node backward;
        private final int levels;
        private Node f0;
        private Node f1;
        private Node f2;
        private Node f3;
        private int s0;
        private int s1;
        private int s2;
        private int s3;
        /** Levels from INLINE_LEVELS up (null when the node has no more). */
        private final Node[] fMore;
        private final int[] sMore;

        Node(int level, double score, byte[] ele) {
            this.ele = ele;
            this.score = score;
            this.levels = level;
            this.fMore = level > INLINE_LEVELS ? new Node[level - INLINE_LEVELS] : null;
            this.sMore = level > INLINE_LEVELS ? new int[level - INLINE_LEVELS] : null;
        }

        public double score() {
            return score;
        }

        /** The next node in order (level 0), or null after the tail. */
        public Node next() {
            return f0;
        }

        /** The previous node, or null before the first. */
        public Node prev() {
            return backward;
        }

        int level() {
            return levels;
        }

        /** level[i].forward. */
        Node fwd(int i) {
            switch (i) {
                case 0:
                    return f0;
                case 1:
                    return f1;
                case 2:
                    return f2;
                case 3:
                    return f3;
                default:
                    return fMore[i - INLINE_LEVELS];
            }
        }

        void setFwd(int i, Node n) {
            switch (i) {
                case 0 -> f0 = n;
                case 1 -> f1 = n;
                case 2 -> f2 = n;
                case 3 -> f3 = n;
                default -> fMore[i - INLINE_LEVELS] = n;
            }
        }

        /** level[i].span. */
        int span(int i) {
            switch (i) {
                case 0:
                    return s0;
                case 1:
                    return s1;
                case 2:
                    return s2;
                case 3:
                    return s3;
                default:
                    return sMore[i - INLINE_LEVELS];
            }
        }

        void setSpan(int i, int span) {
            switch (i) {
                case 0 -> s0 = span;
                case 1 -> s1 = span;
                case 2 -> s2 = span;
                case 3 -> s3 = span;
                default -> sMore[i - INLINE_LEVELS] = span;
            }
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
        return header.fwd(0);
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

    /** A node: the object with its inline levels, any overflow levels, and the member bytes. */
    private static long sizeOf(Node n) {
        return NODE_OBJECT_BYTES + overflowBytes(n.level()) + ObjectSizes.byteArray(n.ele.length);
    }

    private static long overflowBytes(int level) {
        int more = level - Node.INLINE_LEVELS;
        return more <= 0 ? 0 : ObjectSizes.referenceArray(more) + ObjectSizes.align(ObjectSizes.ARRAY_HEADER + 4L * more);
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
            while (x.fwd(i) != null && precedes(x.fwd(i), score, ele)) {
                rank[i] += x.span(i);
                x = x.fwd(i);
            }
            update[i] = x;
        }
        if (newLevel > level) {
            for (int i = level; i < newLevel; i++) {
                rank[i] = 0;
                update[i] = header;
                header.setSpan(i, (int) length);
            }
            level = newLevel;
        }
        x = new Node(newLevel, score, ele);
        for (int i = 0; i < newLevel; i++) {
            x.setFwd(i, update[i].fwd(i));
            update[i].setFwd(i, x);
            x.setSpan(i, (int) (update[i].span(i) - (rank[0] - rank[i])));
            update[i].setSpan(i, (int) (rank[0] - rank[i] + 1));
        }
        for (int i = newLevel; i < level; i++) {
            update[i].setSpan(i, update[i].span(i) + 1);
        }
        x.backward = update[0] == header ? null : update[0];
        if (x.fwd(0) != null) {
            x.fwd(0).backward = x;
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
            if (update[i].fwd(i) == x) {
                update[i].setSpan(i, update[i].span(i) + x.span(i) - 1);
                update[i].setFwd(i, x.fwd(i));
            } else {
                update[i].setSpan(i, update[i].span(i) - 1);
            }
        }
        if (x.fwd(0) != null) {
            x.fwd(0).backward = x.backward;
        } else {
            tail = x.backward;
        }
        while (level > 1 && header.fwd(level - 1) == null) {
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
            while (x.fwd(i) != null && precedes(x.fwd(i), score, ele)) {
                x = x.fwd(i);
            }
            update[i] = x;
        }
        return update;
    }

    /** zslDelete: removes the member with this score; false when it is not there. */
    public boolean delete(double score, byte[] ele) {
        Node[] update = searchPath(score, ele);
        Node x = update[0].fwd(0);
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
        Node x = update[0].fwd(0);
        if (x == null || x.score != curScore || !Bytes.equals(x.ele, ele)) {
            throw new IllegalStateException("updateScore of a member that is not in the skiplist");
        }
        if ((x.backward == null || x.backward.score < newScore)
                && (x.fwd(0) == null || x.fwd(0).score > newScore)) {
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
            while (x.fwd(i) != null && (x.fwd(i).score < score
                    || (x.fwd(i).score == score && Bytes.compare(x.fwd(i).ele, ele) <= 0))) {
                rank += x.span(i);
                x = x.fwd(i);
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
            while (x.fwd(i) != null && traversed + x.span(i) <= rank) {
                traversed += x.span(i);
                x = x.fwd(i);
            }
            if (traversed == rank) {
                return x == header ? null : x;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- score and lex ranges

    /**
     * A score or lexicographic range seen from the nodes: the one shape the zsl*InRange and
     * zsl*InLexRange pairs of Redis share.
     */
    private interface Bounds {
        boolean isEmpty();

        boolean gteMin(Node n);

        boolean lteMax(Node n);
    }

    private static Bounds bounds(ZRange.Score r) {
        return new Bounds() {
            @Override
            public boolean isEmpty() {
                return r.isEmpty();
            }

            @Override
            public boolean gteMin(Node n) {
                return r.gteMin(n.score);
            }

            @Override
            public boolean lteMax(Node n) {
                return r.lteMax(n.score);
            }
        };
    }

    private static Bounds bounds(ZRange.Lex r) {
        return new Bounds() {
            @Override
            public boolean isEmpty() {
                return r.isEmpty();
            }

            @Override
            public boolean gteMin(Node n) {
                return r.gteMin(n.ele);
            }

            @Override
            public boolean lteMax(Node n) {
                return r.lteMax(n.ele);
            }
        };
    }

    /** zslIsInRange: whether some part of the range can hold elements of this list. */
    public boolean isInRange(ZRange.Score range) {
        return isInRange(bounds(range));
    }

    /** zslFirstInRange: the first node whose score is within the range, or null. */
    public Node firstInRange(ZRange.Score range) {
        return firstIn(bounds(range));
    }

    /** zslLastInRange: the last node whose score is within the range, or null. */
    public Node lastInRange(ZRange.Score range) {
        return lastIn(bounds(range));
    }

    /** zslIsInLexRange. */
    public boolean isInLexRange(ZRange.Lex range) {
        return isInRange(bounds(range));
    }

    /** zslFirstInLexRange. */
    public Node firstInLexRange(ZRange.Lex range) {
        return firstIn(bounds(range));
    }

    /** zslLastInLexRange. */
    public Node lastInLexRange(ZRange.Lex range) {
        return lastIn(bounds(range));
    }

    private boolean isInRange(Bounds b) {
        if (b.isEmpty() || tail == null || !b.gteMin(tail)) {
            return false;
        }
        Node first = header.fwd(0);
        return first != null && b.lteMax(first);
    }

    private Node firstIn(Bounds b) {
        if (!isInRange(b)) {
            return null;
        }
        Node x = lastBefore(n -> !b.gteMin(n)).fwd(0);
        return x != null && b.lteMax(x) ? x : null;
    }

    private Node lastIn(Bounds b) {
        if (!isInRange(b)) {
            return null;
        }
        Node x = lastBefore(b::lteMax);
        return x != header && b.gteMin(x) ? x : null;
    }

    /** The last node (or the header) such that every node up to it satisfies {@code before}. */
    private Node lastBefore(Before before) {
        Node x = header;
        for (int i = level - 1; i >= 0; i--) {
            while (x.fwd(i) != null && before.test(x.fwd(i))) {
                x = x.fwd(i);
            }
        }
        return x;
    }

    // ---------------------------------------------------------------- range deletes

    /** zslDeleteRangeByScore: removes every node in the range, from the dict too. */
    public long deleteRangeByScore(ZRange.Score range, Dict dict) {
        return deleteIn(bounds(range), dict);
    }

    /** zslDeleteRangeByLex: removes every node in the lexicographic range, from the dict too. */
    public long deleteRangeByLex(ZRange.Lex range, Dict dict) {
        return deleteIn(bounds(range), dict);
    }

    private long deleteIn(Bounds b, Dict dict) {
        Node[] update = pathBefore(n -> !b.gteMin(n));
        Node x = update[0].fwd(0);
        long removed = 0;
        while (x != null && b.lteMax(x)) {
            Node next = x.fwd(0);
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
            while (x.fwd(i) != null && traversed + x.span(i) < start) {
                traversed += x.span(i);
                x = x.fwd(i);
            }
            update[i] = x;
        }
        traversed++;
        x = x.fwd(0);
        long removed = 0;
        while (x != null && traversed <= end) {
            Node next = x.fwd(0);
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
            while (x.fwd(i) != null && before.test(x.fwd(i))) {
                x = x.fwd(i);
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
        for (Node x = header.fwd(0); x != null; x = x.fwd(0)) {
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
        if (level < 1 || (level > 1 && header.fwd(level - 1) == null)) {
            throw new IllegalStateException("level wrong");
        }
        for (int i = 0; i < level; i++) {
            long rank = 0;
            for (Node x = header; x != null; x = x.fwd(i)) {
                long next = x.fwd(i) == null ? length : rankOf(x.fwd(i));
                if (x.span(i) != next - rank) {
                    throw new IllegalStateException("span wrong at level " + i + " after rank " + rank);
                }
                rank = next;
            }
        }
        for (int i = level; i < MAXLEVEL; i++) {
            if (header.fwd(i) != null) {
                throw new IllegalStateException("header used above the level at " + i);
            }
        }
    }

    private long rankOf(Node target) {
        long r = 0;
        for (Node x = header.fwd(0); x != null; x = x.fwd(0)) {
            r++;
            if (x == target) {
                return r;
            }
        }
        throw new IllegalStateException("a forward pointer leads outside the list");
    }
}
