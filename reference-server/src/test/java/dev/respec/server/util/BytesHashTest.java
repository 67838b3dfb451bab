package dev.respec.server.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The dict's hash is MurmurHash3 x86_32: the published test vectors, plus bytes with the high bit
 * set and a tail of every length, so that reading four bytes at a time stays the reference algorithm.
 */
class BytesHashTest {
    private static int hash(String s, int seed) {
        return Bytes.hash(s.getBytes(StandardCharsets.ISO_8859_1), seed);
    }

    @Test
    void publishedVectors() {
        assertThat(hash("", 0)).isEqualTo(0);
        assertThat(hash("", 1)).isEqualTo(0x514E28B7);
        assertThat(hash("", 0xffffffff)).isEqualTo(0x81F16F39);
        assertThat(hash("hello", 0)).isEqualTo(0x248bfa47);
        assertThat(hash("The quick brown fox jumps over the lazy dog", 0)).isEqualTo(0x2e4ff723);
        assertThat(hash("\u0021\u0043\u0065\u0087", 0)).isEqualTo(0xF55B516B);
        assertThat(hash("\u0021\u0043\u0065", 0)).isEqualTo(0x7E4A8634);
        assertThat(hash("\u0021\u0043", 0)).isEqualTo(0xA0F7B07A);
        assertThat(hash("\u0021", 0)).isEqualTo(0x72661CF4);
        assertThat(hash("\u00ff\u00ff\u00ff\u00ff", 0)).isEqualTo(0x76293B50);
    }

    @Test
    void highBitBytesAndSeed() {
        assertThat(hash("\u00ff\u0080\u0001\u0002\u0003\u00fe\u0007", 0)).isEqualTo(0xf99da01d);
        assertThat(hash("\u00ff\u0080\u0001\u0002\u0003\u00fe\u0007", 0x9747b28c)).isEqualTo(0x6ad0ce5e);
    }
}
