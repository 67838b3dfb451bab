package dev.respec.server.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The HLL representation against bytes taken from real Redis 7.0.15 (GET of the key, PFDEBUG DECODE). */
class HyperLogLogTest {
    private static final HexFormat HEX = HexFormat.of();

    private static byte[] s(String v) {
        return v.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static HyperLogLog.Editor empty() {
        return new HyperLogLog.Editor(HyperLogLog.create(), HyperLogLog.HDR_SIZE + 2, 3000);
    }

    @Test
    void anEmptyHllIsOneXzeroOpcode() {
        // PFADD h on Redis, before the creation marks the cache stale.
        assertThat(HEX.formatHex(HyperLogLog.create())).isEqualTo("48594c4c0100000000000000000000007fff");
    }

    @Test
    void theHashPicksRedissRegisterAndRun() {
        // PFADD h a; PFDEBUG DECODE h -> "Z:12711 v:2,1 Z:3672"
        assertThat(HyperLogLog.patLen(s("a"))).isEqualTo(12711 << 8 | 2);
    }

    @Test
    void sparseBytesMatchRedisAfterThreeElements() {
        HyperLogLog.Editor e = empty();
        for (String x : new String[] {"a", "b", "c"}) {
            assertThat(e.add(s(x))).isEqualTo(1);
        }
        e.invalidateCache();
        assertThat(HEX.formatHex(e.toBytes()))
                .isEqualTo("48594c4c010000000000000000000080" + "60f38050b1844bfb80425a");
        assertThat(HyperLogLog.count(e.toBytes(), e.toBytes().length)).isEqualTo(3);
    }

    @Test
    void denseAndSparseFormsCountAlike() {
        HyperLogLog.Editor sparse = empty();
        HyperLogLog.Editor dense = empty();
        assertThat(dense.toDense()).isTrue();
        for (int i = 1; i <= 1000; i++) {
            sparse.add(s("e" + i));
            dense.add(s("e" + i));
        }
        byte[] sp = sparse.toBytes();
        byte[] de = dense.toBytes();
        assertThat(sparse.isSparse()).isTrue();
        assertThat(sp.length).isEqualTo(1906);
        assertThat(de.length).isEqualTo(HyperLogLog.DENSE_SIZE);
        // PFCOUNT after PFADD e1..e1000 on Redis 7.0.15.
        assertThat(HyperLogLog.count(sp, sp.length)).isEqualTo(1008);
        assertThat(HyperLogLog.count(de, de.length)).isEqualTo(1008);
        assertThat(sparse.toDense()).isTrue();
        assertThat(sparse.toBytes()).isEqualTo(de);
    }

    @Test
    void aTruncatedSparseFormIsCorrupted() {
        byte[] bad = HEX.parseHex("48594c4c0100000000000000000000807ffe");
        assertThat(HyperLogLog.count(bad, bad.length)).isEqualTo(-1);
        assertThat(new HyperLogLog.Editor(bad, bad.length, 3000).toDense()).isFalse();
    }

    @Test
    void theSparseLimitPromotesToDense() {
        HyperLogLog.Editor e = new HyperLogLog.Editor(HyperLogLog.create(), HyperLogLog.HDR_SIZE + 2, 30);
        for (int i = 1; i <= 5; i++) {
            e.add(s("e" + i));
        }
        assertThat(e.isSparse()).isFalse();
    }
}
