package dev.respec.server.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.respec.server.config.ServerConfig;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.util.Bytes;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The sorted-set type API: the listpack byte layout real Redis 7.0.15 writes (checked against DUMP
 * payloads), the conversions at zset-max-listpack-entries / -value, and ZADD's flag rules.
 */
class ZSetTypeTest {
    private final ServerConfig cfg = new ServerConfig();
    private final double[] out = new double[1];

    private RedisObject zadd(RedisObject o, Object... scoreMembers) {
        for (int i = 0; i < scoreMembers.length; i += 2) {
            double score = ((Number) scoreMembers[i]).doubleValue();
            ZSetType.add(cfg, o, score, Bytes.of((String) scoreMembers[i + 1]), 0, out);
        }
        return o;
    }

    private static String image(RedisObject o) {
        return HexFormat.of().formatHex(((Listpack) o.ptr).toBytes());
    }

    @Test
    void listpackLayoutMatchesRedisDump() {
        // real Redis 7.0.15 (rdbcompression no): ZADD z 1.5 a 2 b inf c; DUMP z
        RedisObject z = zadd(ZSetType.createListpack(), 1.5, "a", 2, "b", Double.POSITIVE_INFINITY, "c");
        assertThat(image(z)).isEqualTo("1c000000060081610283312e3504816202020181630283696e6604ff");
    }

    @Test
    void integralScoresUpToTwoToTheSixtyTwoAreStoredAsIntegers() {
        // ZADD z 0.1 a -0 b 1e20 c 4503599627370496 d 4503599627370497 e -4503599627370495 f 1e17 g; DUMP z
        RedisObject z = zadd(ZSetType.createListpack(), 0.1, "a", -0.0, "b", 1e20, "c", 4503599627370496.0, "d",
                4503599627370497.0, "e", -4503599627370495.0, "f", 1e17, "g");
        assertThat(image(z)).isEqualTo("620000000e00816602f4010000000000f0ff09816202000181610293302e313030303030303030303030303030303114"
                + "816402f4000000000000100009816502f4010000000000100009816702f400008a5d78456301098163028531652b3230"
                + "06ff");
        assertThat(ZSetType.describe(z)).isEqualTo("f=-4503599627370495 b=0 a=0.10000000000000001 d=4503599627370496"
                + " e=4503599627370497 g=1e+17 c=1e+20");
    }

    @Test
    void double2llCoversPlusMinusTwoToTheSixtyTwo() {
        long[] v = new long[1];
        assertThat(ZSetType.double2ll(0x1p62, v)).isTrue();
        assertThat(v[0]).isEqualTo(1L << 62);
        assertThat(ZSetType.double2ll(0x1p63, v)).isFalse();
        assertThat(ZSetType.double2ll(-0x1p62, v)).isTrue();
        assertThat(ZSetType.double2ll(1.5, v)).isFalse();
        assertThat(ZSetType.double2ll(Double.NaN, v)).isFalse();
        assertThat(ZSetType.double2ll(Double.NEGATIVE_INFINITY, v)).isFalse();
        assertThat(Bytes.str(ZSetType.scoreEntry(-0.0))).isEqualTo("0");
        assertThat(Bytes.str(ZSetType.scoreEntry(5e18))).isEqualTo("5e+18");
    }

    @Test
    void listpackConvertsWhenTheEntriesLimitIsPassed() {
        RedisObject z = ZSetType.createListpack();
        for (int i = 0; i < 128; i++) {
            zadd(z, i, "m" + i);
        }
        assertThat(z.encodingName()).isEqualTo("listpack");
        zadd(z, 200, "m0");
        assertThat(z.encodingName()).as("an update does not convert").isEqualTo("listpack");
        zadd(z, 128, "m128");
        assertThat(z.encodingName()).isEqualTo("skiplist");
        assertThat(ZSetType.length(z)).isEqualTo(129);
        for (int i = 1; i < 129; i++) {
            ZSetType.delete(z, Bytes.of("m" + i));
        }
        assertThat(z.encodingName()).as("a skiplist never converts back by itself").isEqualTo("skiplist");
    }

    @Test
    void listpackConvertsWhenAMemberIsLongerThanTheValueLimit() {
        RedisObject z = zadd(ZSetType.createListpack(), 1, "a".repeat(64));
        assertThat(z.encodingName()).isEqualTo("listpack");
        zadd(z, 1, "b".repeat(65));
        assertThat(z.encodingName()).isEqualTo("skiplist");
        assertThat(ZSetType.describe(z)).isEqualTo("a".repeat(64) + "=1 " + "b".repeat(65) + "=1");
    }

    @Test
    void zaddCreatesByItsFirstMember() {
        assertThat(ZSetType.createForAdd(cfg, Bytes.of("x".repeat(64))).encodingName()).isEqualTo("listpack");
        assertThat(ZSetType.createForAdd(cfg, Bytes.of("x".repeat(65))).encodingName()).isEqualTo("skiplist");
        ServerConfig off = new ServerConfig();
        off.zsetMaxListpackEntries = 0;
        assertThat(ZSetType.createForAdd(off, Bytes.of("x")).encodingName()).isEqualTo("skiplist");
    }

    @Test
    void storeResultsComeBackAsListpacksWhenSmall() {
        RedisObject z = zadd(ZSetType.createSkiplist(), 1, "a", 2, "b");
        ZSetType.convertToListpackIfNeeded(cfg, z, 1, 2);
        assertThat(z.encodingName()).isEqualTo("listpack");
        assertThat(ZSetType.describe(z)).isEqualTo("a=1 b=2");
        RedisObject big = zadd(ZSetType.createSkiplist(), 1, "a");
        ZSetType.convertToListpackIfNeeded(cfg, big, 65, 65);
        assertThat(big.encodingName()).isEqualTo("skiplist");
        assertThat(ZSetType.createForStore(cfg, 128).encodingName()).isEqualTo("listpack");
        assertThat(ZSetType.createForStore(cfg, 129).encodingName()).isEqualTo("skiplist");
        assertThat(ZSetType.createForStore(cfg, -1).encodingName()).isEqualTo("listpack");
    }

    @Test
    void bothEncodingsAgreeOnEveryRead() {
        RedisObject lp = ZSetType.createListpack();
        RedisObject sl = ZSetType.createSkiplist();
        for (RedisObject z : new RedisObject[] {lp, sl}) {
            zadd(z, 3, "c", 1, "a", 2, "b", 2, "bb", -1, "neg");
        }
        for (RedisObject z : new RedisObject[] {lp, sl}) {
            assertThat(ZSetType.describe(z)).isEqualTo("neg=-1 a=1 b=2 bb=2 c=3");
            assertThat(ZSetType.rank(z, Bytes.of("bb"), false)).isEqualTo(3);
            assertThat(ZSetType.rank(z, Bytes.of("bb"), true)).isEqualTo(1);
            assertThat(ZSetType.rank(z, Bytes.of("zz"), false)).isEqualTo(-1);
            assertThat(ZSetType.count(z, new ZRange.Score(1, 2, true, false))).isEqualTo(2);
            StringBuilder sb = new StringBuilder();
            ZSetType.rangeByScore(z, new ZRange.Score(Double.NEGATIVE_INFINITY, 2, false, false), 1, 2, true,
                    (m, s) -> sb.append(Bytes.str(m)).append(' '));
            assertThat(sb.toString()).isEqualTo("b a ");
            assertThat(ZSetType.deleteRangeByScore(ZSetType.dup(z), new ZRange.Score(2, 2, false, false))).isEqualTo(2);
        }
    }

    @Test
    void zaddFlagsDecideWhatChanges() {
        RedisObject z = zadd(ZSetType.createListpack(), 5, "a");
        assertThat(ZSetType.add(cfg, z, 1, Bytes.of("a"), ZSetType.IN_GT, out)).isEqualTo(ZSetType.OUT_NOP);
        assertThat(ZSetType.add(cfg, z, 9, Bytes.of("a"), ZSetType.IN_GT, out)).isEqualTo(ZSetType.OUT_UPDATED);
        assertThat(ZSetType.add(cfg, z, 1, Bytes.of("b"), ZSetType.IN_XX, out)).isEqualTo(ZSetType.OUT_NOP);
        assertThat(ZSetType.add(cfg, z, 1, Bytes.of("a"), ZSetType.IN_NX, out)).isEqualTo(ZSetType.OUT_NOP);
        assertThat(ZSetType.add(cfg, z, 9, Bytes.of("a"), 0, out)).as("same score: processed, not updated").isZero();
        assertThat(ZSetType.add(cfg, z, Double.NEGATIVE_INFINITY, Bytes.of("i"), 0, out)).isEqualTo(ZSetType.OUT_ADDED);
        assertThat(ZSetType.add(cfg, z, Double.POSITIVE_INFINITY, Bytes.of("i"), ZSetType.IN_INCR, out))
                .isEqualTo(ZSetType.OUT_NAN);
        assertThat(ZSetType.add(cfg, z, 1, Bytes.of("a"), ZSetType.IN_INCR, out)).isEqualTo(ZSetType.OUT_UPDATED);
        assertThat(out[0]).isEqualTo(10);
    }
}
