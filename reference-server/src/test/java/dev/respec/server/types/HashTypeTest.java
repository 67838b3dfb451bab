package dev.respec.server.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.respec.server.config.ServerConfig;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.util.Bytes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HashTypeTest {
    private final ServerConfig cfg = new ServerConfig();

    private static byte[] b(String s) {
        return Bytes.of(s);
    }

    private RedisObject hashOf(int fields) {
        RedisObject o = HashType.create();
        for (int i = 0; i < fields; i++) {
            HashType.set(cfg, o, b("f" + i), b("v" + i));
        }
        return o;
    }

    private static Map<String, String> contents(RedisObject o) {
        Map<String, String> out = new LinkedHashMap<>();
        HashType.forEach(o, true, (f, v) -> out.put(Bytes.str(f), Bytes.str(v)));
        return out;
    }

    @Test
    void defaultsAreRedis70s() {
        assertThat(cfg.hashMaxListpackEntries).isEqualTo(512);
        assertThat(cfg.hashMaxListpackValue).isEqualTo(64);
        assertThat(cfg.registry.lookup("hash-max-ziplist-entries").name).isEqualTo("hash-max-listpack-entries");
        assertThat(cfg.registry.lookup("hash-max-ziplist-value").name).isEqualTo("hash-max-listpack-value");
    }

    @Test
    void smallHashIsTheListpackRedisDumps() {
        // real Redis 7.0.15: HSET h a 1 b hello c -5000; DUMP h => 10 1d <this listpack> 0a00 <crc>
        RedisObject o = HashType.create();
        HashType.set(cfg, o, b("a"), b("1"));
        HashType.set(cfg, o, b("b"), b("hello"));
        HashType.set(cfg, o, b("c"), b("-5000"));
        assertThat(o.encoding).isEqualTo(RedisObject.ENC_LISTPACK);
        assertThat(HexFormat.of().formatHex(((Listpack) o.ptr).toBytes()))
                .isEqualTo("1d000000060081610201018162028568656c6c6f06816302f178ec03ff");
    }

    @Test
    void convertsOnTheFieldPastTheEntriesLimit() {
        RedisObject o = hashOf(512);
        assertThat(o.encoding).isEqualTo(RedisObject.ENC_LISTPACK);
        HashType.set(cfg, o, b("f0"), b("changed"));
        assertThat(o.encoding).as("overwriting does not add an entry").isEqualTo(RedisObject.ENC_LISTPACK);
        HashType.set(cfg, o, b("f512"), b("v"));
        assertThat(o.encoding).isEqualTo(RedisObject.ENC_HT);
        assertThat(HashType.length(o)).isEqualTo(513);
        assertThat(Bytes.str(HashType.get(o, b("f0")))).isEqualTo("changed");
    }

    @Test
    void valueLengthLimitIsInclusive() {
        RedisObject o = HashType.create();
        byte[][] argv = {b("hset"), b("h"), b("f"), b("x".repeat(64))};
        HashType.tryConversion(cfg, o, argv, 2, 3);
        HashType.set(cfg, o, argv[2], argv[3]);
        assertThat(o.encoding).isEqualTo(RedisObject.ENC_LISTPACK);
        byte[][] longer = {b("hset"), b("h"), b("g"), b("x".repeat(65))};
        HashType.tryConversion(cfg, o, longer, 2, 3);
        assertThat(o.encoding).as("converted before the write").isEqualTo(RedisObject.ENC_HT);
    }

    @Test
    void longFieldConvertsEvenWithoutTryConversion() {
        // HINCRBY / HINCRBYFLOAT write through set() alone: a long field or result converts there
        RedisObject o = hashOf(1);
        HashType.set(cfg, o, b("f".repeat(65)), b("1"));
        assertThat(o.encoding).isEqualTo(RedisObject.ENC_HT);
        RedisObject p = hashOf(1);
        HashType.set(cfg, p, b("f0"), b("9".repeat(65)));
        assertThat(p.encoding).isEqualTo(RedisObject.ENC_HT);
    }

    @Test
    void thresholdsFollowConfig() {
        cfg.hashMaxListpackEntries = 0;
        RedisObject o = hashOf(1);
        assertThat(o.encoding).isEqualTo(RedisObject.ENC_HT);
        cfg.hashMaxListpackEntries = 512;
        cfg.hashMaxListpackValue = 0;
        RedisObject p = HashType.create();
        HashType.set(cfg, p, Bytes.EMPTY, Bytes.EMPTY);
        assertThat(p.encoding).as("empty strings fit a zero limit").isEqualTo(RedisObject.ENC_LISTPACK);
        HashType.set(cfg, p, b("a"), Bytes.EMPTY);
        assertThat(p.encoding).isEqualTo(RedisObject.ENC_HT);
    }

    @Test
    void hashtableNeverConvertsBack() {
        RedisObject o = hashOf(513);
        for (int i = 0; i < 512; i++) {
            assertThat(HashType.delete(o, b("f" + i))).isTrue();
        }
        assertThat(HashType.length(o)).isEqualTo(1);
        assertThat(o.encoding).isEqualTo(RedisObject.ENC_HT);
    }

    @Test
    void conversionKeepsEveryPair() {
        RedisObject o = hashOf(10);
        HashType.set(cfg, o, b("n"), b("-12345"));
        Map<String, String> before = contents(o);
        HashType.convertToHashtable(o);
        assertThat(o.encoding).isEqualTo(RedisObject.ENC_HT);
        assertThat(contents(o)).containsExactlyInAnyOrderEntriesOf(before);
    }

    @Test
    void listpackOperationsBehaveLikeAMap() {
        RedisObject o = hashOf(3);
        assertThat(HashType.exists(o, b("f1"))).isTrue();
        assertThat(HashType.exists(o, b("v1"))).as("values are not fields").isFalse();
        assertThat(HashType.valueLength(o, b("f2"))).isEqualTo(2);
        assertThat(HashType.valueLength(o, b("nope"))).isZero();
        assertThat(HashType.delete(o, b("f1"))).isTrue();
        assertThat(HashType.delete(o, b("f1"))).isFalse();
        assertThat(contents(o)).containsExactly(Map.entry("f0", "v0"), Map.entry("f2", "v2"));
        assertThat(HashType.set(cfg, o, b("f0"), b("12"))).isFalse();
        assertThat(HashType.valueLength(o, b("f0"))).as("integer entries count their digits").isEqualTo(2);
    }

    @Test
    void dupKeepsTheEncodingAndIsIndependent() {
        for (RedisObject o : List.of(hashOf(3), hashOf(600))) {
            RedisObject copy = HashType.dup(o);
            assertThat(copy.encoding).isEqualTo(o.encoding);
            assertThat(contents(copy)).containsExactlyInAnyOrderEntriesOf(contents(o));
            HashType.set(cfg, copy, b("extra"), b("1"));
            assertThat(HashType.exists(o, b("extra"))).isFalse();
        }
    }

    @Test
    void scanOfAListpackReturnsEverythingWithCursorZero() {
        RedisObject o = hashOf(3);
        List<byte[]> out = new ArrayList<>();
        assertThat(HashType.scan(o, 0, out)).isZero();
        assertThat(out).extracting(Bytes::str).containsExactly("f0", "v0", "f1", "v1", "f2", "v2");
    }

    @Test
    void scanOfAHashtableVisitsEveryPair() {
        RedisObject o = hashOf(1000);
        List<byte[]> out = new ArrayList<>();
        long cursor = 0;
        do {
            cursor = HashType.scan(o, cursor, out);
        } while (cursor != 0);
        Set<String> fields = new HashSet<>();
        for (int i = 0; i < out.size(); i += 2) {
            fields.add(Bytes.str(out.get(i)));
            assertThat(Bytes.str(out.get(i + 1))).isEqualTo("v" + Bytes.str(out.get(i)).substring(1));
        }
        assertThat(fields).hasSize(1000);
    }

    // ------------------------------------------------------------------ HRANDFIELD count semantics

    private static List<String[]> draw(RedisObject o, long count, boolean unique) {
        List<String[]> picks = new ArrayList<>();
        HashType.randomFields(o, count, unique, true,
                (f, v) -> picks.add(new String[] {Bytes.str(f), Bytes.str(v)}));
        return picks;
    }

    private static void assertPairsBelong(List<String[]> picks) {
        for (String[] p : picks) {
            assertThat(p[1]).isEqualTo("v" + p[0].substring(1));
        }
    }

    @Test
    void negativeCountRepeatsAndReturnsExactlyCount() {
        for (RedisObject o : List.of(hashOf(3), hashOf(600))) {
            List<String[]> picks = draw(o, 2500, false);
            assertThat(picks).hasSize(2500);
            assertPairsBelong(picks);
            Set<String> distinct = new HashSet<>();
            picks.forEach(p -> distinct.add(p[0]));
            assertThat(distinct.size()).isLessThan(picks.size());
        }
    }

    @Test
    void countAtLeastTheSizeReturnsTheWholeHash() {
        for (RedisObject o : List.of(hashOf(5), hashOf(600))) {
            List<String[]> picks = draw(o, 10_000, true);
            assertThat(picks).hasSize((int) HashType.length(o));
            assertPairsBelong(picks);
        }
    }

    @Test
    void positiveCountBelowTheSizeReturnsDistinctFieldsInEveryStrategy() {
        // count*3 > size: copy-and-remove; count*3 <= size: sample until distinct
        long[][] cases = {{10, 9}, {10, 4}, {10, 3}, {10, 1}, {600, 300}, {600, 199}, {600, 10}};
        for (long[] c : cases) {
            for (RedisObject o : List.of(hashOf((int) c[0]), convertedHashOf((int) c[0]))) {
                List<String[]> picks = draw(o, c[1], true);
                assertThat(picks).hasSize((int) c[1]);
                assertPairsBelong(picks);
                Set<String> distinct = new HashSet<>();
                picks.forEach(p -> distinct.add(p[0]));
                assertThat(distinct).hasSize((int) c[1]);
            }
        }
    }

    private RedisObject convertedHashOf(int fields) {
        RedisObject o = hashOf(fields);
        HashType.convertToHashtable(o);
        return o;
    }

    @Test
    void randomFieldIsAlwaysAField() {
        for (RedisObject o : List.of(hashOf(4), hashOf(600))) {
            for (int i = 0; i < 100; i++) {
                assertThat(HashType.exists(o, HashType.randomField(o))).isTrue();
            }
        }
    }
}
