package dev.respec.server.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LzfTest {
    /**
     * Real Redis 7.0.15: SET lz ("a" x 300 + "b" x 300); DUMP lz =>
     * 00 c3 14 4258 (compressed 20 bytes, 600 raw) then these 20 bytes, then 0a00 and the CRC.
     */
    private static final String REDIS_BLOB = "016161e0ff00e019000062e0ff00e01800016262";

    @Test
    void decodesABlobWrittenByRedis() {
        byte[] blob = HexFormat.of().parseHex(REDIS_BLOB);
        byte[] raw = Lzf.decompress(blob, 600);
        assertThat(raw).isNotNull();
        assertThat(new String(raw, 0, 300)).isEqualTo("a".repeat(300));
        assertThat(new String(raw, 300, 300)).isEqualTo("b".repeat(300));
    }

    @Test
    void roundTripsCompressibleData() {
        Random r = new Random(42);
        for (int round = 0; round < 300; round++) {
            int len = 1 + r.nextInt(20000);
            byte[] in = new byte[len];
            int alphabet = 1 + r.nextInt(6);
            for (int i = 0; i < len; i++) {
                in[i] = (byte) ('a' + r.nextInt(alphabet));
            }
            byte[] out = Lzf.compress(in, len);
            if (len > 64) {
                assertThat(out).as("length %d alphabet %d", len, alphabet).isNotNull();
            }
            if (out != null) {
                assertThat(out.length).isLessThan(len);
                assertThat(Lzf.decompress(out, len)).isEqualTo(in);
            }
        }
    }

    @Test
    void roundTripsLongRunsAndFarReferences() {
        byte[] in = new byte[100_000];
        Random r = new Random(7);
        byte[] block = new byte[9000];
        r.nextBytes(block);
        for (int i = 0; i < in.length; i++) {
            in[i] = i < 50_000 ? block[i % block.length] : (byte) 'z';
        }
        byte[] out = Lzf.compress(in, in.length);
        assertThat(out).isNotNull();
        assertThat(Lzf.decompress(out, in.length)).isEqualTo(in);
    }

    @Test
    void randomDataDoesNotCompressIntoLessThanItsSize() {
        byte[] in = new byte[4096];
        new Random(1).nextBytes(in);
        assertThat(Lzf.compress(in, in.length)).isNull();
        byte[] big = new byte[in.length + in.length / 16 + 64];
        int n = Lzf.compress(in, 0, in.length, big, 0, big.length);
        assertThat(n).isGreaterThan(in.length);
        assertThat(Lzf.decompress(Arrays.copyOf(big, n), in.length)).isEqualTo(in);
    }

    @Test
    void emptyInputIsNotCompressed() {
        assertThat(Lzf.compress(new byte[0], 0, 0, new byte[8], 0, 8)).isZero();
    }

    @Test
    void corruptInputIsRefused() {
        // a back reference before the start of the output
        assertThat(Lzf.decompress(new byte[] {(byte) 0x20, 0x05}, 10)).isNull();
        // a literal run longer than the input
        assertThat(Lzf.decompress(new byte[] {0x05, 'a'}, 6)).isNull();
        // output longer than announced
        byte[] ok = Lzf.compress("a".repeat(200).getBytes(), 200);
        assertThat(Lzf.decompress(ok, 199)).isNull();
        assertThat(Lzf.decompress(ok, 0, ok.length, new byte[300], 0, 300)).isEqualTo(200);
    }
}
