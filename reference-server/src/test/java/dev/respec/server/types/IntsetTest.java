package dev.respec.server.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class IntsetTest {
    private static String hex(Intset is) {
        return HexFormat.of().formatHex(is.toBytes());
    }

    private static Intset of(long... values) {
        Intset is = new Intset();
        for (long v : values) {
            is.add(v);
        }
        return is;
    }

    private static List<Long> contents(Intset is) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < is.size(); i++) {
            out.add(is.get(i));
        }
        return out;
    }

    /**
     * The DUMP payloads below come from real Redis 7.0.15 (CONFIG SET rdbcompression no; SADD; DUMP):
     * 0b = RDB_TYPE_SET_INTSET, one length byte, then the intset blob, then RDB version and CRC64.
     */
    @Test
    void int16LayoutMatchesRedisDump() {
        // SADD a 3 1 2 => 0b 0e <blob> 0a00 a5025ce26d6e4d1b
        assertThat(hex(of(3, 1, 2))).isEqualTo("0200000003000000010002000300");
    }

    @Test
    void int32LayoutMatchesRedisDump() {
        // SADD b 1 70000 -5 => 0b 14 <blob> 0a00 86a0bbcf3a22ed25
        assertThat(hex(of(1, 70000, -5))).isEqualTo("0400000003000000fbffffff0100000070110100");
    }

    @Test
    void int64LayoutMatchesRedisDump() {
        // SADD c -1 5000000000 7 -9223372036854775808 9223372036854775807 => 0b 30 <blob> 0a00 ...
        assertThat(hex(of(-1, 5000000000L, 7, Long.MIN_VALUE, Long.MAX_VALUE))).isEqualTo(
                "08000000050000000000000000000080ffffffffffffffff070000000000000000f2052a01000000ffffffffffffff7f");
    }

    @Test
    void int16BoundsStayInt16() {
        // SADD d 32767 -32768 => 0b 0c <blob> 0a00 ...
        Intset is = of(32767, -32768);
        assertThat(is.encoding()).isEqualTo(Intset.ENC_INT16);
        assertThat(hex(is)).isEqualTo("02000000020000000080ff7f");
    }

    @Test
    void upgradeWithPositiveValueAppends() {
        Intset is = of(5, -3, 1);
        assertThat(is.add(32768)).isTrue();
        assertThat(is.encoding()).isEqualTo(Intset.ENC_INT32);
        assertThat(contents(is)).containsExactly(-3L, 1L, 5L, 32768L);
        assertThat(is.blobLength()).isEqualTo(Intset.HEADER_SIZE + 4 * 4);
    }

    @Test
    void upgradeWithNegativeValuePrepends() {
        Intset is = of(5, -3, 1);
        assertThat(is.add(-32769)).isTrue();
        assertThat(is.encoding()).isEqualTo(Intset.ENC_INT32);
        assertThat(contents(is)).containsExactly(-32769L, -3L, 1L, 5L);
    }

    @Test
    void upgradeFromInt16StraightToInt64() {
        Intset is = of(1, 2);
        is.add(Long.MIN_VALUE);
        assertThat(is.encoding()).isEqualTo(Intset.ENC_INT64);
        assertThat(contents(is)).containsExactly(Long.MIN_VALUE, 1L, 2L);
        assertThat(is.blobLength()).isEqualTo(Intset.HEADER_SIZE + 3 * 8);
    }

    @Test
    void upgradeFromInt32ToInt64KeepsOrder() {
        Intset is = of(100000, -100000, 0);
        is.add(1L << 40);
        assertThat(is.encoding()).isEqualTo(Intset.ENC_INT64);
        assertThat(contents(is)).containsExactly(-100000L, 0L, 100000L, 1L << 40);
    }

    @Test
    void removingNeverDowngrades() {
        Intset is = of(1, 1L << 40);
        assertThat(is.remove(1L << 40)).isTrue();
        assertThat(is.encoding()).isEqualTo(Intset.ENC_INT64);
        assertThat(contents(is)).containsExactly(1L);
        assertThat(is.blobLength()).isEqualTo(Intset.HEADER_SIZE + 8);
    }

    @Test
    void duplicatesAndAbsentValuesAreRefused() {
        Intset is = of(1, 2, 3);
        assertThat(is.add(2)).isFalse();
        assertThat(is.remove(4)).isFalse();
        assertThat(is.remove(1L << 40)).isFalse();
        assertThat(is.contains(1L << 40)).isFalse();
        assertThat(is.contains(3)).isTrue();
        assertThat(is.contains(0)).isFalse();
        assertThat(is.size()).isEqualTo(3);
    }

    @Test
    void staysSortedAndFindsEverythingUnderRandomOperations() {
        Random rnd = new Random(42);
        Intset is = new Intset();
        TreeSet<Long> model = new TreeSet<>();
        for (int i = 0; i < 5000; i++) {
            long v = switch (rnd.nextInt(3)) {
                case 0 -> rnd.nextInt(200) - 100;
                case 1 -> rnd.nextInt();
                default -> rnd.nextLong();
            };
            if (rnd.nextInt(4) == 0) {
                assertThat(is.remove(v)).isEqualTo(model.remove(v));
            } else {
                assertThat(is.add(v)).isEqualTo(model.add(v));
            }
        }
        assertThat(contents(is)).containsExactlyElementsOf(model);
        for (long v : model) {
            assertThat(is.contains(v)).isTrue();
        }
        assertThat(Intset.validate(is.toBytes())).isTrue();
    }

    @Test
    void randomDrawsOnlyMembersAndReachesAll() {
        Intset is = of(-7, 0, 7, 70000);
        TreeSet<Long> seen = new TreeSet<>();
        for (int i = 0; i < 400; i++) {
            long v = is.random();
            assertThat(is.contains(v)).isTrue();
            seen.add(v);
        }
        assertThat(seen).containsExactly(-7L, 0L, 7L, 70000L);
    }

    @Test
    void validationRejectsCorruptBlobs() {
        HexFormat h = HexFormat.of();
        assertThat(Intset.validate(h.parseHex("0200000003000000010002000300"))).isTrue();
        assertThat(Intset.validate(h.parseHex("0300000003000000010002000300"))).as("bad encoding").isFalse();
        assertThat(Intset.validate(h.parseHex("0200000004000000010002000300"))).as("short").isFalse();
        assertThat(Intset.validate(h.parseHex("0200000000000000"))).as("empty").isFalse();
        assertThat(Intset.validate(h.parseHex("020000000200000002000100"))).as("unsorted").isFalse();
        assertThat(Intset.validate(h.parseHex("020000000200000001000100"))).as("duplicate").isFalse();
        assertThat(Intset.validate(h.parseHex("02000000"))).as("no header").isFalse();
    }

    @Test
    void fromBytesRoundTrips() {
        byte[] blob = of(1, 70000, -5).toBytes();
        Intset copy = Intset.fromBytes(blob);
        assertThat(contents(copy)).containsExactly(-5L, 1L, 70000L);
        assertThat(copy.toBytes()).isEqualTo(blob);
    }
}
