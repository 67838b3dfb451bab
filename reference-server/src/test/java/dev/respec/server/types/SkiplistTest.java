package dev.respec.server.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.respec.server.keyspace.Dict;
import dev.respec.server.util.Bytes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The skiplist against a plain reference (a TreeMap ordered by score then member bytes): random
 * inserts, deletes, score updates and range deletes, checking after each step the order, every
 * rank, rank lookups and the spans (Skiplist.verify).
 */
class SkiplistTest {
    /** A member with its score, ordered like the skiplist. */
    private record Pair(double score, String member) {
    }

    private static final Comparator<Pair> ORDER = (a, b) -> Skiplist.compare(a.score, Bytes.of(a.member), b.score,
            Bytes.of(b.member));

    private static List<Pair> contents(Skiplist zsl) {
        List<Pair> out = new ArrayList<>();
        for (Skiplist.Node n = zsl.first(); n != null; n = n.next()) {
            out.add(new Pair(n.score(), Bytes.str(n.ele)));
        }
        return out;
    }

    private static void assertSame(Skiplist zsl, TreeMap<Pair, Boolean> ref) {
        zsl.verify();
        List<Pair> expected = new ArrayList<>(ref.keySet());
        assertThat(contents(zsl)).isEqualTo(expected);
        assertThat(zsl.length()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Pair p = expected.get(i);
            assertThat(zsl.rank(p.score, Bytes.of(p.member))).as("rank of %s", p).isEqualTo(i + 1);
            Skiplist.Node n = zsl.byRank(i + 1);
            assertThat(Bytes.str(n.ele)).isEqualTo(p.member);
        }
        assertThat(zsl.byRank(expected.size() + 1)).isNull();
        assertThat(zsl.byRank(0)).isNull();
        List<Pair> backwards = new ArrayList<>();
        for (Skiplist.Node n = zsl.last(); n != null; n = n.prev()) {
            backwards.add(0, new Pair(n.score(), Bytes.str(n.ele)));
        }
        assertThat(backwards).isEqualTo(expected);
    }

    @Test
    void randomOperationsMatchAnOrderedMap() {
        Random rnd = new Random(42);
        Skiplist zsl = new Skiplist();
        Dict dict = new Dict();
        TreeMap<Pair, Boolean> ref = new TreeMap<>(ORDER);
        java.util.Map<String, Double> scores = new java.util.HashMap<>();
        for (int step = 0; step < 3000; step++) {
            String member = "m" + rnd.nextInt(300);
            double score = rnd.nextInt(50) / 2.0;
            int op = rnd.nextInt(10);
            Double cur = scores.get(member);
            if (op < 5) {
                if (cur == null) {
                    dict.add(Bytes.of(member), zsl.insert(score, Bytes.of(member)));
                    ref.put(new Pair(score, member), true);
                    scores.put(member, score);
                } else {
                    Skiplist.Node n = zsl.updateScore(cur, Bytes.of(member), score);
                    dict.put(Bytes.of(member), n);
                    ref.remove(new Pair(cur, member));
                    ref.put(new Pair(score, member), true);
                    scores.put(member, score);
                }
            } else if (op < 8) {
                boolean deleted = zsl.delete(cur == null ? score : cur, Bytes.of(member));
                assertThat(deleted).isEqualTo(cur != null);
                if (cur != null) {
                    dict.remove(Bytes.of(member));
                    ref.remove(new Pair(cur, member));
                    scores.remove(member);
                }
            } else if (op == 8) {
                double lo = rnd.nextInt(50) / 2.0;
                ZRange.Score range = new ZRange.Score(lo, lo + rnd.nextInt(4), rnd.nextBoolean(), rnd.nextBoolean());
                long removed = zsl.deleteRangeByScore(range, dict);
                long expected = ref.keySet().stream().filter(p -> range.gteMin(p.score) && range.lteMax(p.score)).count();
                assertThat(removed).isEqualTo(expected);
                ref.keySet().removeIf(p -> range.gteMin(p.score) && range.lteMax(p.score));
                scores.keySet().removeIf(m -> !dict.contains(Bytes.of(m)));
            } else if (!ref.isEmpty()) {
                long start = 1 + rnd.nextInt(ref.size());
                long end = Math.min(ref.size(), start + rnd.nextInt(5));
                List<Pair> all = new ArrayList<>(ref.keySet());
                assertThat(zsl.deleteRangeByRank(start, end, dict)).isEqualTo(end - start + 1);
                for (long r = start; r <= end; r++) {
                    Pair p = all.get((int) r - 1);
                    ref.remove(p);
                    scores.remove(p.member);
                }
            }
            if (step % 50 == 0) {
                assertSame(zsl, ref);
                assertThat(dict.size()).isEqualTo(ref.size());
            }
        }
        assertSame(zsl, ref);
    }

    @Test
    void equalScoresOrderByMemberBytesUnsigned() {
        Skiplist zsl = new Skiplist();
        byte[][] members = {Bytes.of("b"), Bytes.of("a"), Bytes.of("ab"), {(byte) 0xff}, Bytes.of("B")};
        for (byte[] m : members) {
            zsl.insert(1, m);
        }
        List<byte[]> order = new ArrayList<>();
        for (Skiplist.Node n = zsl.first(); n != null; n = n.next()) {
            order.add(n.ele);
        }
        assertThat(order).containsExactly(members[4], members[1], members[2], members[0], members[3]);
    }

    @Test
    void spansStayRightAtEveryLevel() {
        Skiplist zsl = new Skiplist();
        for (int i = 0; i < 200; i++) {
            zsl.insert(i % 7, Bytes.of("m" + i), 1 + (i % Skiplist.MAXLEVEL));
        }
        zsl.verify();
        assertThat(zsl.level()).isEqualTo(Skiplist.MAXLEVEL);
        Dict dict = new Dict();
        for (Skiplist.Node n = zsl.first(); n != null; n = n.next()) {
            dict.add(n.ele, n);
        }
        assertThat(zsl.deleteRangeByRank(1, 199, dict)).isEqualTo(199);
        zsl.verify();
        assertThat(zsl.length()).isEqualTo(1);
        assertThat(zsl.level()).isLessThan(Skiplist.MAXLEVEL);
    }

    @Test
    void randomLevelsFollowTheQuarterProbability() {
        int[] counts = new int[Skiplist.MAXLEVEL + 1];
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            counts[Skiplist.randomLevel()]++;
        }
        assertThat(counts[1] / (double) n).isBetween(0.73, 0.77);
        assertThat(counts[2] / (double) n).isBetween(0.17, 0.2);
        assertThat(counts[0]).isZero();
    }

    @Test
    void rangesFindTheirEdges() {
        Skiplist zsl = new Skiplist();
        for (int i = 1; i <= 10; i++) {
            zsl.insert(i, Bytes.of("m" + i));
        }
        assertThat(zsl.firstInRange(new ZRange.Score(3, 5, true, false)).score()).isEqualTo(4);
        assertThat(zsl.lastInRange(new ZRange.Score(3, 5, false, true)).score()).isEqualTo(4);
        assertThat(zsl.firstInRange(new ZRange.Score(5, 5, true, false))).isNull();
        assertThat(zsl.firstInRange(new ZRange.Score(11, 20, false, false))).isNull();
        assertThat(zsl.lastInRange(new ZRange.Score(-5, 0.5, false, false))).isNull();
        ZRange.Lex all = new ZRange.Lex(ZRange.MIN_STRING, ZRange.MAX_STRING, true, true);
        assertThat(Bytes.str(zsl.firstInLexRange(all).ele)).isEqualTo("m1");
        assertThat(Bytes.str(zsl.lastInLexRange(all).ele)).isEqualTo("m10");
    }
}
