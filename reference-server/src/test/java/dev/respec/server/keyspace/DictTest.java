package dev.respec.server.keyspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.respec.server.util.Bytes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DictTest {
    @AfterEach
    void resizeBackOn() {
        Dict.setResizeEnabled(true);
    }

    private static byte[] key(int i) {
        return Bytes.of("key:" + i);
    }

    private static Dict filled(int n) {
        Dict d = new Dict();
        for (int i = 0; i < n; i++) {
            d.add(key(i), i);
        }
        return d;
    }

    private static void finishRehash(Dict d) {
        while (d.rehash(100)) {
            // keep going
        }
    }

    @Test
    void addFindPutRemove() {
        Dict d = new Dict();
        assertThat(d.add(key(1), "a")).isNotNull();
        assertThat(d.add(key(1), "b")).isNull();
        assertThat(d.get(key(1))).isEqualTo("a");
        assertThat(d.put(key(1), "c")).isFalse();
        assertThat(d.put(key(2), "d")).isTrue();
        assertThat(d.get(key(1))).isEqualTo("c");
        assertThat(d.size()).isEqualTo(2);
        assertThat(d.addOrFind(key(2)).val).isEqualTo("d");
        Dict.Entry fresh = d.addOrFind(key(3));
        assertThat(fresh.val).isNull();
        assertThat(d.size()).isEqualTo(3);
        assertThat(d.remove(key(1)).val).isEqualTo("c");
        assertThat(d.remove(key(1))).isNull();
        assertThat(d.contains(key(1))).isFalse();
        assertThat(d.size()).isEqualTo(2);
    }

    @Test
    void keyBytesFollowTheKeys() {
        Dict d = filled(1000);
        long[] sum = {0};
        d.forEach(e -> sum[0] += ObjectSizes.byteArray(e.key.length));
        assertThat(d.keyBytes()).isEqualTo(sum[0]);
        for (int i = 0; i < 600; i++) {
            d.remove(key(i));
        }
        d.put(key(5), 1);
        sum[0] = 0;
        d.forEach(e -> sum[0] += ObjectSizes.byteArray(e.key.length));
        assertThat(d.keyBytes()).isEqualTo(sum[0]);
        d.clear();
        assertThat(d.keyBytes()).isZero();
    }

    @Test
    void firstAddCreatesTheInitialTableWithoutRehashing() {
        Dict d = new Dict();
        d.add(key(0), 0);
        assertThat(d.buckets(0)).isEqualTo(Dict.INITIAL_SIZE);
        assertThat(d.isRehashing()).isFalse();
    }

    @Test
    void growsWhenTheLoadReachesOne() {
        Dict d = filled(4);
        assertThat(d.buckets(0)).isEqualTo(4);
        assertThat(d.isRehashing()).isFalse();
        d.add(key(4), 4); // used (4) >= size (4): expand to the next power above 5
        assertThat(d.isRehashing()).isTrue();
        assertThat(d.buckets(1)).isEqualTo(8);
        finishRehash(d);
        assertThat(d.buckets(0)).isEqualTo(8);
        assertThat(d.buckets(1)).isZero();
        assertThat(d.size()).isEqualTo(5);
    }

    @Test
    void growthWaitsForTheForceRatioWhileResizingIsDisabled() {
        Dict.setResizeEnabled(false);
        Dict d = filled(4 * (Dict.FORCE_RESIZE_RATIO + 1));
        assertThat(d.buckets(0)).isEqualTo(4);
        assertThat(d.isRehashing()).isFalse();
        d.add(key(1000), 0); // used/size = 24/4 = 6 > 5: forced
        assertThat(d.isRehashing()).isTrue();
        assertThat(d.buckets(1)).isEqualTo(32);
    }

    @Test
    void theExpandPolicyCanRefuseAGrowth() {
        Dict d = new Dict();
        List<double[]> asked = new ArrayList<>();
        d.setExpandPolicy((moreMem, ratio) -> {
            asked.add(new double[] {moreMem, ratio});
            return false;
        });
        for (int i = 0; i < 10; i++) {
            d.add(key(i), i);
        }
        assertThat(d.buckets(0)).isEqualTo(4);
        assertThat(d.isRehashing()).isFalse();
        assertThat(asked).isNotEmpty();
        assertThat(asked.get(0)[0]).isEqualTo((double) ObjectSizes.referenceArray(8));
        assertThat(asked.get(0)[1]).isEqualTo(1.0);
        assertThat(d.size()).isEqualTo(10);
    }

    @Test
    void aBigTableAllocatesItsSegmentsOnlyAsKeysLandInThem() {
        Dict d = filled(100);
        finishRehash(d);
        long small = d.tableBytes();
        assertThat(d.expand(64L * Dict.SEGMENT_SIZE)).isTrue();
        // The directory of 64 segments, and no segment yet.
        assertThat(d.tableBytes() - small).isEqualTo(ObjectSizes.referenceArray(64));
        finishRehash(d);
        assertThat(d.buckets(0)).isEqualTo(64L * Dict.SEGMENT_SIZE);
        // 100 keys land in at most 100 segments of the 64.
        assertThat(d.tableBytes()).isLessThanOrEqualTo(ObjectSizes.referenceArray(64)
                + 64 * ObjectSizes.referenceArray(Dict.SEGMENT_SIZE));
        for (int i = 0; i < 100; i++) {
            assertThat(d.get(key(i))).isEqualTo(i);
        }
        Set<String> seen = new HashSet<>();
        long cursor = 0;
        do {
            cursor = d.scan(cursor, e -> seen.add(Bytes.str(e.key)));
        } while (cursor != 0);
        assertThat(seen).hasSize(100);
        assertThat(d.stats()).contains(" table size: " + 64 * Dict.SEGMENT_SIZE + "\n number of elements: 100\n");
    }

    @Test
    void expandRefusesSizesBelowTheElementsAndTheCurrentSize() {
        Dict d = filled(10);
        finishRehash(d);
        assertThat(d.buckets(0)).isEqualTo(16);
        assertThat(d.expand(5)).isFalse();
        assertThat(d.expand(16)).isFalse();
        assertThat(d.expand(100)).isTrue();
        assertThat(d.buckets(1)).isEqualTo(128);
        assertThat(d.expand(1000)).isFalse(); // already rehashing
    }

    @Test
    void shrinksToTheSmallestPowerHoldingEveryElement() {
        Dict d = filled(1000);
        finishRehash(d);
        assertThat(d.buckets(0)).isEqualTo(1024);
        for (int i = 0; i < 950; i++) {
            d.remove(key(i));
        }
        assertThat(d.needsShrink()).isTrue();
        assertThat(d.shrinkIfNeeded()).isTrue();
        assertThat(d.buckets(1)).isEqualTo(64);
        finishRehash(d);
        assertThat(d.buckets(0)).isEqualTo(64);
        assertThat(d.needsShrink()).isFalse();
        for (int i = 950; i < 1000; i++) {
            assertThat(d.get(key(i))).isEqualTo(i);
        }
    }

    @Test
    void aTableAtTheInitialSizeNeverNeedsShrinking() {
        Dict d = filled(1);
        assertThat(d.buckets(0)).isEqualTo(4);
        d.remove(key(0));
        assertThat(d.needsShrink()).isFalse();
    }

    @Test
    void aRehashStepMovesOneBucketAndVisitsAtMostTenEmptyOnes() {
        Dict d = filled(4096);
        finishRehash(d);
        // Leave a sparse table: one key in every 64 buckets or so.
        for (int i = 0; i < 4096; i++) {
            if (i % 64 != 0) {
                d.remove(key(i));
            }
        }
        assertThat(d.resize()).isTrue();
        long moved = d.used(1);
        while (d.isRehashing()) {
            long before = d.rehashIndex();
            long usedBefore = d.used(1);
            d.rehash(1);
            if (!d.isRehashing()) {
                break;
            }
            long visited = d.rehashIndex() - before;
            assertThat(visited).isBetween(1L, 10L);
            long movedNow = d.used(1) - usedBefore;
            // Either a whole bucket moved (one non-empty bucket was visited last) or the
            // empty-bucket budget ran out first and nothing moved.
            assertThat(movedNow == 0 ? visited == 10 : true).isTrue();
            moved = d.used(1);
        }
        assertThat(moved).isLessThanOrEqualTo(64);
        assertThat(d.size()).isEqualTo(64);
    }

    @Test
    void operationsDuringRehashingFindKeysInBothTables() {
        Dict d = filled(4096);
        finishRehash(d);
        assertThat(d.expand(65536)).isTrue();
        for (int i = 0; i < 4096; i += 256) {
            assertThat(d.get(key(i))).isEqualTo(i);
        }
        assertThat(d.isRehashing()).isTrue();
        // New keys go to the new table while rehashing.
        long t1 = d.used(1);
        d.add(key(5000), 1);
        assertThat(d.used(1)).isGreaterThan(t1);
        assertThat(d.remove(key(5000))).isNotNull();
        finishRehash(d);
        assertThat(d.size()).isEqualTo(4096);
    }

    @Test
    void rehashMillisecondsFinishesASmallTableAndDoesNothingWhilePaused() {
        Dict d = filled(10_000);
        finishRehash(d);
        assertThat(d.expand(100_000)).isTrue();
        d.pauseRehashing();
        assertThat(d.rehashMilliseconds(1)).isZero();
        assertThat(d.isRehashing()).isTrue();
        d.resumeRehashing();
        while (d.isRehashing()) {
            assertThat(d.rehashMilliseconds(1)).isPositive();
        }
        assertThat(d.buckets(0)).isEqualTo(131072);
        assertThat(d.size()).isEqualTo(10_000);
    }

    @Test
    void scanPausesRehashingWhileTheVisitorRuns() {
        Dict d = filled(512);
        finishRehash(d);
        d.expand(8192);
        d.rehash(3);
        long index = d.rehashIndex();
        d.scan(0, e -> {
            d.find(e.key);
            assertThat(d.rehashIndex()).isEqualTo(index);
        });
        assertThat(d.isRehashingPaused()).isFalse();
    }

    // ---------------------------------------------------------------- the SCAN guarantee

    static List<Long> seeds() {
        List<Long> s = new ArrayList<>();
        for (long i = 1; i <= 60; i++) {
            s.add(i * 7919);
        }
        return s;
    }

    /** Runs a scan while the test mutates the dict between calls; returns how often each key came. */
    private static Map<String, Integer> scanWhile(Dict d, Runnable betweenCalls) {
        Map<String, Integer> seen = new HashMap<>();
        long cursor = 0;
        int calls = 0;
        do {
            cursor = d.scan(cursor, e -> seen.merge(Bytes.str(e.key), 1, Integer::sum));
            betweenCalls.run();
            calls++;
            assertThat(calls).isLessThan(10_000_000);
        } while (cursor != 0);
        return seen;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void scanReturnsEveryStableKeyExactlyOnceWhileTheTableGrows(long seed) {
        Random rnd = new Random(seed);
        int initial = 50 + rnd.nextInt(500);
        Dict d = filled(initial);
        if (rnd.nextBoolean()) {
            finishRehash(d);
        }
        int[] next = {1_000_000};
        Set<String> added = new HashSet<>();
        int target = initial * (2 + rnd.nextInt(200));
        Map<String, Integer> seen = scanWhile(d, () -> {
            int batch = Math.min(rnd.nextInt(200), target - (int) d.size());
            for (int i = 0; i < batch; i++) {
                byte[] k = key(next[0]++);
                d.add(k, 0);
                added.add(Bytes.str(k));
            }
            if (rnd.nextInt(4) == 0) {
                d.rehash(rnd.nextInt(50));
            }
        });
        for (int i = 0; i < initial; i++) {
            assertThat(seen).containsKey("key:" + i);
        }
        for (Map.Entry<String, Integer> e : seen.entrySet()) {
            // Growth alone never makes a key come back twice.
            assertThat(e.getValue()).as(e.getKey()).isEqualTo(1);
            assertThat(e.getKey().startsWith("key:") && (Integer.parseInt(e.getKey().substring(4)) < initial
                    || added.contains(e.getKey()))).isTrue();
        }
        assertThat(d.size()).isEqualTo(initial + added.size());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void scanReturnsEveryStableKeyWhileTheTableShrinksAndGrows(long seed) {
        Random rnd = new Random(seed);
        int stable = 20 + rnd.nextInt(200);
        int transient_ = 2000 + rnd.nextInt(20_000);
        Dict d = new Dict();
        for (int i = 0; i < stable; i++) {
            d.add(key(i), i);
        }
        List<byte[]> others = new ArrayList<>();
        for (int i = 0; i < transient_; i++) {
            byte[] k = key(1_000_000 + i);
            d.add(k, 0);
            others.add(k);
        }
        if (rnd.nextBoolean()) {
            finishRehash(d);
        }
        Set<String> everPresent = new HashSet<>();
        d.forEach(e -> everPresent.add(Bytes.str(e.key)));
        int[] next = {5_000_000};
        Map<String, Integer> seen = scanWhile(d, () -> {
            int action = rnd.nextInt(10);
            if (action < 5 && !others.isEmpty()) {
                int batch = 1 + rnd.nextInt(Math.max(1, others.size() / 3));
                for (int i = 0; i < batch && !others.isEmpty(); i++) {
                    d.remove(others.remove(others.size() - 1));
                }
            } else if (action < 7 && d.size() < 50_000) {
                int batch = rnd.nextInt(300);
                for (int i = 0; i < batch; i++) {
                    byte[] k = key(next[0]++);
                    d.add(k, 0);
                    others.add(k);
                    everPresent.add(Bytes.str(k));
                }
            }
            d.shrinkIfNeeded();
            if (rnd.nextInt(3) == 0) {
                d.rehash(rnd.nextInt(100));
            }
        });
        for (int i = 0; i < stable; i++) {
            assertThat(seen).containsKey("key:" + i);
        }
        // Nothing that was never there; duplicates are allowed here (the table shrank).
        assertThat(everPresent).containsAll(seen.keySet());
    }

    @Test
    void scanOfAShrinkingTableMayRepeatKeysButOnlyThoseOfRevisitedBuckets() {
        Dict d = filled(1024);
        finishRehash(d);
        Map<String, Integer> seen = new HashMap<>();
        long cursor = 0;
        for (int i = 0; i < 700; i++) {
            cursor = d.scan(cursor, e -> seen.merge(Bytes.str(e.key), 1, Integer::sum));
        }
        for (int i = 16; i < 1024; i++) {
            d.remove(key(i));
        }
        assertThat(d.shrinkIfNeeded()).isTrue();
        finishRehash(d);
        assertThat(d.buckets(0)).isEqualTo(16);
        do {
            cursor = d.scan(cursor, e -> seen.merge(Bytes.str(e.key), 1, Integer::sum));
        } while (cursor != 0);
        for (int i = 0; i < 16; i++) {
            assertThat(seen.get("key:" + i)).isBetween(1, 2);
        }
    }

    @Test
    void aCompleteScanOfAStableTableReturnsEachKeyOnce() {
        Dict d = filled(3000);
        Map<String, Integer> seen = scanWhile(d, () -> { });
        assertThat(seen).hasSize(3000);
        assertThat(seen.values()).containsOnly(1);
    }

    @Test
    void scanOfAnEmptyDictEndsAtOnce() {
        assertThat(new Dict().scan(0, e -> { })).isZero();
    }

    // ---------------------------------------------------------------- sampling

    @Test
    void sampleReturnsPresentEntriesAndCoversTheTable() {
        Dict d = filled(200);
        finishRehash(d);
        Set<String> covered = new HashSet<>();
        // A sample takes whole chains from their head, so an entry deeper in a chain than the sample
        // size is never returned (as in Redis); 16 is deeper than any chain here.
        Dict.Entry[] out = new Dict.Entry[16];
        for (int round = 0; round < 5000; round++) {
            int n = d.sample(out, 16);
            assertThat(n).isBetween(1, 16);
            for (int i = 0; i < n; i++) {
                assertThat(d.get(out[i].key)).isSameAs(out[i].val);
                covered.add(Bytes.str(out[i].key));
            }
        }
        assertThat(covered).hasSize(200);
    }

    @Test
    void aDenseTableYieldsAFullSample() {
        Dict d = filled(1024);
        finishRehash(d);
        Dict.Entry[] out = new Dict.Entry[16];
        for (int round = 0; round < 100; round++) {
            assertThat(d.sample(out, 16)).isEqualTo(16);
        }
    }

    @Test
    void sampleNeverAsksForMoreThanTheDictHolds() {
        Dict d = filled(3);
        Dict.Entry[] out = new Dict.Entry[10];
        assertThat(d.sample(out, 10)).isLessThanOrEqualTo(3);
        assertThat(new Dict().sample(out, 10)).isZero();
    }

    @Test
    void sampleWhileRehashingSeesBothTablesAndStepsTheRehash() {
        Dict d = filled(2048);
        finishRehash(d);
        d.expand(65536);
        Set<String> covered = new HashSet<>();
        Dict.Entry[] out = new Dict.Entry[5];
        long before = d.rehashIndex();
        d.sample(out, 5);
        assertThat(d.rehashIndex()).isGreaterThan(before);
        while (d.isRehashing() && covered.size() < 2048) {
            int n = d.sample(out, 5);
            for (int i = 0; i < n; i++) {
                assertThat(d.get(out[i].key)).isNotNull();
                covered.add(Bytes.str(out[i].key));
            }
        }
        assertThat(covered).isNotEmpty();
    }

    @Test
    void randomEntriesArePresentAndCoverTheTable() {
        Dict d = filled(100);
        d.expand(4096); // and while rehashing
        Set<String> plain = new HashSet<>();
        Set<String> fair = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            Dict.Entry e = d.randomEntry();
            assertThat(d.get(e.key)).isSameAs(e.val);
            plain.add(Bytes.str(e.key));
            fair.add(Bytes.str(d.fairRandomEntry().key));
        }
        assertThat(plain).hasSize(100);
        assertThat(fair).hasSize(100);
        assertThat(new Dict().randomEntry()).isNull();
        assertThat(new Dict().fairRandomEntry()).isNull();
    }

    // ---------------------------------------------------------------- iteration and stats

    @Test
    void forEachVisitsEveryEntryOnceAndAllowsDeletingIt() {
        Dict d = filled(500);
        d.expand(4096);
        d.rehash(5);
        Set<String> seen = new HashSet<>();
        d.forEach(e -> {
            assertThat(seen.add(Bytes.str(e.key))).isTrue();
            d.remove(e.key);
        });
        assertThat(seen).hasSize(500);
        assertThat(d.size()).isZero();
    }

    @Test
    void statsOfAnEmptyDict() {
        assertThat(new Dict().stats()).isEqualTo(
                "Hash table 0 stats (main hash table):\nNo stats available for empty dictionaries\n");
    }

    @Test
    void statsAddUpToTheTable() {
        Dict d = filled(100);
        finishRehash(d);
        String s = d.stats();
        assertThat(s).startsWith("Hash table 0 stats (main hash table):\n table size: 128\n number of elements: 100\n");
        long buckets = 0;
        long elements = 0;
        for (String line : s.split("\n")) {
            if (line.startsWith("   ")) {
                String[] p = line.trim().split("[: ]+");
                buckets += Long.parseLong(p[1]);
                elements += Long.parseLong(p[0]) * Long.parseLong(p[1]);
            }
        }
        assertThat(buckets).isEqualTo(128);
        assertThat(elements).isEqualTo(100);
    }

    @Test
    void statsWhileRehashingShowTheTargetTable() {
        Dict d = filled(100);
        finishRehash(d);
        d.expand(1000);
        d.rehash(10);
        assertThat(d.stats()).contains("Hash table 1 stats (rehashing target):\n table size: 1024\n");
    }

    @Test
    void repeatedLookupsOfOneArrayFollowRemovalAndReuse() {
        Dict d = filled(100);
        byte[] scratch = key(7);
        assertThat(d.find(scratch).val).isEqualTo(7);
        assertThat(d.peek(scratch).val).isEqualTo(7);
        // the same array, now holding another key: the entry found before must not be returned
        System.arraycopy(Bytes.of("key:8"), 0, scratch, 0, scratch.length);
        assertThat(d.find(scratch).val).isEqualTo(8);
        assertThat(d.remove(key(8))).isNotNull();
        assertThat(d.find(scratch)).isNull();
        assertThat(d.peek(scratch)).isNull();
        byte[] added = Bytes.of("fresh");
        d.add(added, 1);
        assertThat(d.peek(added).val).isEqualTo(1);
        d.clear();
        assertThat(d.peek(added)).isNull();
    }

    @Test
    void valueBytesFollowByteArrayValues() {
        Dict d = new Dict();
        d.add(Bytes.of("a"), new byte[10]);
        d.add(Bytes.of("b"), 5L);
        long one = d.valueBytes();
        assertThat(one).isPositive();
        d.setValue(d.find(Bytes.of("a")), new byte[100]);
        assertThat(d.valueBytes()).isGreaterThan(one);
        d.put(Bytes.of("b"), new byte[10]);
        d.remove(Bytes.of("a"));
        assertThat(d.valueBytes()).isEqualTo(one);
        d.clear();
        assertThat(d.valueBytes()).isZero();
    }
}
