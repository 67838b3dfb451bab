package dev.respec.server.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.respec.server.keyspace.Dict;
import dev.respec.server.util.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SCAN's cursor parsing (valid and invalid spellings as real Redis 7.0.15 answered them) and the
 * dictScan loop (stopping rules of scanGenericCommand, full-iteration guarantee).
 */
class ScanTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Cursors Redis accepted, with the unsigned value strtoul reads (as a signed long). */
    @ParameterizedTest(name = "cursor \"{0}\" reads as {1}")
    @CsvSource(value = {
        "0|0",
        "''|0",
        "-0|0",
        "+1|1",
        "00000000000000000000000000001|1",
        "-1|-1",
        "18446744073709551615|-1",
        "-18446744073709551615|1",
        "9223372036854775808|-9223372036854775808",
    }, delimiter = '|')
    void acceptsWhatStrtoulAccepts(String text, long expected) {
        long[] out = {42};
        assertThat(Scan.parseCursor(bytes(text), out)).isTrue();
        assertThat(out[0]).isEqualTo(expected);
    }

    @Test
    void stopsAtANulByteLikeACString() {
        long[] out = new long[1];
        assertThat(Scan.parseCursor(bytes("5\0abc"), out)).isTrue();
        assertThat(out[0]).isEqualTo(5);
        assertThat(Scan.parseCursor(bytes("\0"), out)).isTrue();
        assertThat(out[0]).isZero();
    }

    /** Cursors Redis refused with "invalid cursor". */
    @ParameterizedTest(name = "cursor \"{0}\" is invalid")
    @ValueSource(strings = {"x", "+", "-", "1 ", " 0", "\t1", "0x1", "1e2", "18446744073709551616",
        "-18446744073709551616", "99999999999999999999999"})
    void refusesWhatRedisRefuses(String text) {
        assertThat(Scan.parseCursor(bytes(text), new long[1])).isFalse();
    }

    /** Scan.walk over a dict, one dictScan call per step, as SCAN uses it. */
    private static long walk(Dict d, long cursor, long count, List<byte[]> out) {
        return Scan.walk(cursor, count, (cur, batch) -> d.scan(cur, e -> batch.add(e.key)), out);
    }

    private static Dict dictWith(int n) {
        Dict d = new Dict();
        for (int i = 0; i < n; i++) {
            d.add(bytes("key:" + i), i);
        }
        while (d.rehash(100)) {
            // finish any resize so that the table layout is fixed for the test
        }
        return d;
    }

    @Test
    void countOneStillIteratesEveryKeyExactlyOnceWhenNothingChanges() {
        Dict d = dictWith(500);
        List<byte[]> seen = new ArrayList<>();
        long cursor = 0;
        int calls = 0;
        do {
            List<byte[]> batch = new ArrayList<>();
            cursor = walk(d, cursor, 1, batch);
            seen.addAll(batch);
            calls++;
        } while (cursor != 0);
        Set<String> distinct = new HashSet<>();
        seen.forEach(k -> distinct.add(Bytes.str(k)));
        assertThat(seen).hasSize(500);
        assertThat(distinct).hasSize(500);
        assertThat(calls).isLessThanOrEqualTo(500);
    }

    @Test
    void aLargeCountReturnsEverythingInOneCall() {
        Dict d = dictWith(100);
        List<byte[]> batch = new ArrayList<>();
        assertThat(walk(d, 0, 1000, batch)).isZero();
        assertThat(batch).hasSize(100);
    }

    @Test
    void theLargestCountWalksToTheEndAsTheWrappedBudgetNeverRunsOut() {
        Dict d = dictWith(100);
        List<byte[]> batch = new ArrayList<>();
        assertThat(walk(d, 0, Long.MAX_VALUE, batch)).isZero();
        assertThat(batch).hasSize(100);
    }

    @Test
    void anEmptyDictEndsAtOnce() {
        List<byte[]> batch = new ArrayList<>();
        assertThat(walk(new Dict(), 12345, 10, batch)).isZero();
        assertThat(batch).isEmpty();
    }

    /**
     * A sparse table: the loop gives up after count*10 further buckets, with fewer than count keys
     * and a non-zero cursor. Checked against a bucket-by-bucket model of Redis's loop.
     */
    @Test
    void sparseTableStopsAfterTenTimesCountBuckets() {
        Dict d = dictWith(4096);
        for (int i = 3; i < 4096; i++) {
            d.remove(bytes("key:" + i));
        }
        long mask = d.buckets(0) - 1;
        assertThat(d.isRehashing()).isFalse();
        int[] perBucket = new int[(int) mask + 1];
        for (int i = 0; i < 3; i++) {
            perBucket[(int) (Dict.hash(bytes("key:" + i)) & mask)]++;
        }
        for (long count : new long[] {1, 2, 5}) {
            long cursor = 0;
            do {
                long modelCursor = cursor;
                long collected = 0;
                long budget = count * 10;
                do {
                    collected += perBucket[(int) (modelCursor & mask)];
                    modelCursor = nextCursor(modelCursor, mask);
                } while (modelCursor != 0 && budget-- != 0 && collected < count);

                List<byte[]> batch = new ArrayList<>();
                cursor = walk(d, cursor, count, batch);
                assertThat(cursor).isEqualTo(modelCursor);
                assertThat((long) batch.size()).isEqualTo(collected);
            } while (cursor != 0);
        }
    }

    /** The reverse-binary increment of dictScan on a single table. */
    private static long nextCursor(long v, long mask) {
        v |= ~mask;
        return Long.reverse(Long.reverse(v) + 1);
    }
}
