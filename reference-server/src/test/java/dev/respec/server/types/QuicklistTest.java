package dev.respec.server.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.respec.server.util.Bytes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QuicklistTest {
    @AfterEach
    void restoreThreshold() {
        Quicklist.setPackedThreshold(0);
    }

    private static byte[] b(String s) {
        return Bytes.of(s);
    }

    private static String x(char ch, int n, int i) {
        return String.valueOf(ch).repeat(n) + String.format("%05d", i);
    }

    private static List<String> contents(Quicklist q) {
        List<String> out = new ArrayList<>();
        Quicklist.Iter it = q.iterator(Quicklist.HEAD);
        while (it.next()) {
            out.add(Bytes.str(it.value()));
        }
        it.release();
        return out;
    }

    private static List<Integer> counts(Quicklist q) {
        List<Integer> out = new ArrayList<>();
        for (Quicklist.NodeImage n : q.nodeImages()) {
            out.add(n.count());
        }
        return out;
    }

    /** "RAW" or "LZF" per node, then its uncompressed size, as DEBUG QUICKLIST prints them. */
    private static List<String> layout(Quicklist q) {
        List<String> out = new ArrayList<>();
        for (Quicklist.NodeImage n : q.nodeImages()) {
            out.add((n.compressed() ? "LZF " : "RAW ") + n.rawSize() + "/" + n.count());
        }
        return out;
    }

    private static boolean insertAt(Quicklist q, String pivot, String value, boolean after) {
        Quicklist.Iter it = q.iterator(Quicklist.HEAD);
        while (it.next()) {
            if (it.valueEquals(b(pivot))) {
                it.insert(b(value), after);
                it.release();
                return true;
            }
        }
        it.release();
        return false;
    }

    // ------------------------------------------------------------ layouts seen in Redis 7.0.15 (DEBUG QUICKLIST)

    @Test
    void nodesFillUpToTheSizeClassAndSplitOnInsertLikeRedis() {
        Quicklist q = new Quicklist(-2, 0);
        for (int i = 0; i < 200; i++) {
            q.pushTail(b(x('x', 95, i)));
        }
        assertThat(counts(q)).containsExactly(79, 79, 42);
        for (int i = 0; i < 5; i++) {
            assertThat(insertAt(q, x('x', 95, 100), x('y', 95, i), false)).isTrue();
        }
        assertThat(counts(q)).containsExactly(79, 22, 62, 42);
        for (int i = 0; i < 30; i++) {
            assertThat(insertAt(q, x('x', 95, 10), x('z', 95, i), true)).isTrue();
        }
        assertThat(counts(q)).containsExactly(40, 69, 22, 62, 42);
    }

    @Test
    void aPositiveFillCountsElementsAndMergesNeighboursLikeRedis() {
        Quicklist q = new Quicklist(3, 0);
        for (int i = 0; i < 10; i++) {
            q.pushTail(b("a" + i));
        }
        assertThat(counts(q)).containsExactly(3, 3, 3, 1);
        insertAt(q, "a4", "new", false);
        assertThat(counts(q)).containsExactly(3, 2, 2, 3, 1);
        insertAt(q, "a5", "new2", true);
        assertThat(counts(q)).containsExactly(3, 2, 3, 3, 1);
        for (String v : new String[] {"a5", "a6", "a7"}) {
            Quicklist.Iter it = q.iterator(Quicklist.HEAD);
            while (it.next()) {
                if (it.valueEquals(b(v))) {
                    it.delete();
                }
            }
            it.release();
        }
        assertThat(counts(q)).containsExactly(3, 2, 2, 1, 1);
        assertThat(contents(q)).containsExactly("a0", "a1", "a2", "a3", "new", "a4", "new2", "a8", "a9");
    }

    @Test
    void innerNodesAreCompressedBeyondTheDepthLikeRedis() {
        Quicklist q = new Quicklist(-2, 1);
        for (int i = 0; i < 300; i++) {
            q.pushTail(b(x('x', 95, i)));
        }
        assertThat(layout(q)).containsExactly("RAW 8144/79", "LZF 8144/79", "LZF 8144/79", "RAW 6496/63");
        assertThat(Bytes.str(q.index(150))).isEqualTo(x('x', 95, 150));
        assertThat(layout(q)).containsExactly("RAW 8144/79", "LZF 8144/79", "LZF 8144/79", "RAW 6496/63");
        assertThat(q.replaceAtIndex(150, b("short"))).isTrue();
        assertThat(layout(q)).containsExactly("RAW 8144/79", "LZF 8048/79", "LZF 8144/79", "RAW 6496/63");
        assertThat(Bytes.str(q.index(150))).isEqualTo("short");
    }

    /** Captured with DEBUG QUICKLIST key 0 (level 1 would leave every node decompressed). */
    @Test
    void trimmingKeepsRedisCompressionPattern() {
        Quicklist q = new Quicklist(-2, 2);
        for (int i = 0; i < 1000; i++) {
            q.pushTail(b(x('x', 95, i)));
        }
        List<String> before = layout(q);
        assertThat(before).hasSize(13);
        assertThat(before.subList(0, 2)).allMatch(s -> s.startsWith("RAW"));
        assertThat(before.subList(2, 11)).allMatch(s -> s.startsWith("LZF"));
        assertThat(before.subList(11, 13)).containsExactly("RAW 8144/79", "RAW 5363/52");
        q.delRange(0, 100);
        q.delRange(-99, 99);
        assertThat(layout(q)).containsExactly("RAW 5981/58", "RAW 8144/79", "LZF 8144/79", "LZF 8144/79",
                "LZF 8144/79", "LZF 8144/79", "LZF 8144/79", "LZF 8144/79", "LZF 8144/79", "RAW 8144/79",
                "RAW 3303/32");
        assertThat(q.count()).isEqualTo(801);
        assertThat(insertAt(q, x('x', 95, 500), "new", false)).isTrue();
        assertThat(layout(q).get(5)).isEqualTo("LZF 8149/80");
        assertThat(contents(q).get(0)).isEqualTo(x('x', 95, 100));
    }

    @Test
    void largeElementsLiveInPlainNodes() {
        Quicklist.setPackedThreshold(100);
        Quicklist q = new Quicklist(-2, 0);
        q.pushTail(b("x".repeat(200)));
        q.pushTail(b("a"));
        q.pushTail(b("b"));
        List<Quicklist.NodeImage> nodes = q.nodeImages();
        assertThat(nodes).hasSize(2);
        assertThat(nodes.get(0).plain()).isTrue();
        assertThat(nodes.get(0).rawSize()).isEqualTo(200);
        assertThat(nodes.get(1).plain()).isFalse();
        assertThat(nodes.get(1).rawSize()).isEqualTo(13);
        assertThat(q.replaceAtIndex(0, b("small"))).isTrue();
        assertThat(q.nodeImages()).noneMatch(Quicklist.NodeImage::plain);
        assertThat(contents(q)).containsExactly("small", "a", "b");
        assertThat(q.replaceAtIndex(1, b("y".repeat(150)))).isTrue();
        assertThat(contents(q)).containsExactly("small", "y".repeat(150), "b");
        assertThat(counts(q)).containsExactly(1, 1, 1);
    }

    @Test
    void thresholdBoundsAreRedis() {
        assertThat(Quicklist.setPackedThreshold((1L << 32) - (1 << 20))).isTrue();
        assertThat(Quicklist.setPackedThreshold((1L << 32) - (1 << 20) + 1)).isFalse();
        assertThat(Quicklist.setPackedThreshold(0)).isTrue();
        assertThat(Quicklist.packedThreshold()).isEqualTo(1L << 30);
    }

    @Test
    void fillAndDepthAreClampedAsRedisDoes() {
        assertThat(new Quicklist(-10, 0).fill()).isEqualTo(-5);
        assertThat(new Quicklist(100000, 0).fill()).isEqualTo(32767);
        assertThat(new Quicklist(-2, 100000).compressDepth()).isEqualTo(65535);
    }

    @Test
    void compressedNodesSurviveDupAndIteration() {
        Quicklist q = new Quicklist(-1, 1);
        for (int i = 0; i < 500; i++) {
            q.pushHead(b(x('q', 50, i)));
        }
        assertThat(q.compressedNodes()).isGreaterThan(0);
        Quicklist copy = q.dup();
        assertThat(contents(copy)).isEqualTo(contents(q));
        assertThat(layout(copy)).isEqualTo(layout(q));
        List<String> reversed = new ArrayList<>();
        Quicklist.Iter it = copy.iterator(Quicklist.TAIL);
        while (it.next()) {
            reversed.add(Bytes.str(it.value()));
        }
        it.release();
        Collections.reverse(reversed);
        assertThat(reversed).isEqualTo(contents(q));
    }

    @Test
    void nodesSavedAsImagesLoadBackIdentically() {
        Quicklist.setPackedThreshold(60);
        Quicklist q = new Quicklist(3, 1);
        for (int i = 0; i < 40; i++) {
            q.pushTail(b(i % 7 == 0 ? "big".repeat(30) + i : "e" + i));
        }
        Quicklist loaded = new Quicklist(3, 1);
        for (Quicklist.NodeImage n : q.nodeImages()) {
            byte[] raw = n.compressed() ? dev.respec.server.util.Lzf.decompress(n.data(), n.rawSize()) : n.data();
            if (n.plain()) {
                loaded.appendPlainNode(raw);
            } else {
                loaded.appendListpack(Listpack.fromBytes(raw));
            }
        }
        assertThat(contents(loaded)).isEqualTo(contents(q));
        assertThat(counts(loaded)).isEqualTo(counts(q));
        assertThat(loaded.count()).isEqualTo(q.count());
        assertThat(loaded.allocatedBytes()).isEqualTo(loaded.recountAllocatedBytes());
    }

    // ------------------------------------------------------------ random operations against a java.util.List

    @Test
    void randomOperationsMatchAnArrayList() {
        int[] fills = {-5, -2, -1, 1, 2, 3, 7, 32};
        int[] depths = {0, 1, 2, 3};
        long[] thresholds = {0, 60};
        long seed = 20260101;
        for (long threshold : thresholds) {
            Quicklist.setPackedThreshold(threshold);
            for (int fill : fills) {
                for (int depth : depths) {
                    runRandom(new Random(seed++), fill, depth, threshold == 0 ? Long.MAX_VALUE : threshold);
                }
            }
        }
    }

    private static String randomValue(Random r) {
        switch (r.nextInt(6)) {
            case 0:
                return Long.toString(r.nextInt(2000) - 1000);
            case 1:
                return Long.toString(r.nextLong());
            case 2:
                return "v" + r.nextInt(50);
            case 3:
                return "w".repeat(40 + r.nextInt(100)) + r.nextInt(10);
            case 4:
                return "";
            default:
                return "e" + "x".repeat(r.nextInt(20));
        }
    }

    private static void runRandom(Random r, int fill, int depth, long threshold) {
        Quicklist q = new Quicklist(fill, depth);
        List<String> model = new ArrayList<>();
        String where = "fill " + fill + " depth " + depth + " threshold " + threshold;
        for (int op = 0; op < 1500; op++) {
            int size = model.size();
            int choice = r.nextInt(size < 30 ? 6 : 12);
            String v = randomValue(r);
            switch (choice) {
                case 0, 1, 6 -> {
                    q.pushTail(b(v));
                    model.add(v);
                }
                case 2, 3, 7 -> {
                    q.pushHead(b(v));
                    model.add(0, v);
                }
                case 4 -> {
                    if (size > 0) {
                        int at = r.nextInt(size);
                        boolean after = r.nextBoolean();
                        String pivot = model.get(at);
                        int first = model.indexOf(pivot);
                        assertThat(insertAt(q, pivot, v, after)).isTrue();
                        model.add(after ? first + 1 : first, v);
                    }
                }
                case 5 -> {
                    if (size > 0) {
                        long idx = r.nextBoolean() ? r.nextInt(size) : -1 - r.nextInt(size);
                        assertThat(q.replaceAtIndex(idx, b(v))).isTrue();
                        model.set((int) (idx < 0 ? size + idx : idx), v);
                    }
                }
                case 8 -> {
                    boolean head = r.nextBoolean();
                    byte[] got = q.pop(head ? Quicklist.HEAD : Quicklist.TAIL);
                    String want = head ? model.remove(0) : model.remove(size - 1);
                    assertThat(Bytes.str(got)).as(where).isEqualTo(want);
                }
                case 9 -> {
                    long start = r.nextBoolean() ? r.nextInt(size) : -1 - r.nextInt(size);
                    long n = 1 + r.nextInt(Math.max(1, size / 3));
                    q.delRange(start, n);
                    int from = (int) (start < 0 ? size + start : start);
                    int to = (int) Math.min(size, from + n);
                    model.subList(from, to).clear();
                }
                case 10 -> {
                    String target = model.get(r.nextInt(size));
                    long limit = r.nextInt(3);
                    boolean fromTail = r.nextBoolean();
                    removeMatching(q, target, limit, fromTail);
                    removeFromModel(model, target, limit, fromTail);
                }
                default -> {
                    long idx = r.nextInt(size + 5) - (size + 5) / 2;
                    byte[] got = q.index(idx);
                    long norm = idx < 0 ? size + idx : idx;
                    if (norm < 0 || norm >= size) {
                        assertThat(got).isNull();
                    } else {
                        assertThat(Bytes.str(got)).as(where).isEqualTo(model.get((int) norm));
                    }
                }
            }
            if (op % 50 == 0 || op == 1499) {
                assertThat(contents(q)).as(where + " op " + op).isEqualTo(model);
                checkInvariants(q, fill, depth, threshold, where);
            }
        }
    }

    private static void removeMatching(Quicklist q, String value, long limit, boolean fromTail) {
        Quicklist.Iter it = fromTail ? q.iteratorAtIndex(Quicklist.TAIL, -1) : q.iteratorAtIndex(Quicklist.HEAD, 0);
        long removed = 0;
        while (it.next()) {
            if (it.valueEquals(b(value))) {
                it.delete();
                if (++removed == limit) {
                    break;
                }
            }
        }
        it.release();
    }

    private static void removeFromModel(List<String> model, String value, long limit, boolean fromTail) {
        long removed = 0;
        if (fromTail) {
            for (int i = model.size() - 1; i >= 0 && (limit == 0 || removed < limit); i--) {
                if (model.get(i).equals(value)) {
                    model.remove(i);
                    removed++;
                }
            }
        } else {
            for (int i = 0; i < model.size() && (limit == 0 || removed < limit); ) {
                if (model.get(i).equals(value)) {
                    model.remove(i);
                    removed++;
                } else {
                    i++;
                }
            }
        }
    }

    private static void checkInvariants(Quicklist q, int fill, int depth, long threshold, String where) {
        List<Quicklist.NodeImage> nodes = q.nodeImages();
        assertThat(nodes.size()).as(where).isEqualTo(q.nodeCount());
        long total = 0;
        for (int i = 0; i < nodes.size(); i++) {
            Quicklist.NodeImage n = nodes.get(i);
            assertThat(n.count()).as(where + " node " + i).isPositive();
            total += n.count();
            if (n.plain()) {
                assertThat(n.count()).isEqualTo(1);
                assertThat((long) n.rawSize()).as(where).isGreaterThanOrEqualTo(threshold);
            } else if (fill > 0) {
                assertThat(n.count()).as(where + " node " + i).isLessThanOrEqualTo(fill);
            }
            boolean withinDepth = i < depth || i >= nodes.size() - depth;
            if (depth == 0 || withinDepth) {
                assertThat(n.compressed()).as(where + " node " + i + " of " + nodes.size()).isFalse();
            }
        }
        assertThat(total).as(where).isEqualTo(q.count());
        assertThat(q.allocatedBytes()).as(where + " memory").isEqualTo(q.recountAllocatedBytes());
    }
}
