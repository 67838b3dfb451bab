package dev.respec.server.types;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BitopsTest {
    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    @Test
    void bitZeroIsTheMostSignificantBitOfTheFirstByte() {
        byte[] b = bytes(0x80, 0x01);
        assertThat(Bitops.getBit(b, 2, 0)).isEqualTo(1);
        assertThat(Bitops.getBit(b, 2, 7)).isEqualTo(0);
        assertThat(Bitops.getBit(b, 2, 15)).isEqualTo(1);
        assertThat(Bitops.getBit(b, 2, 16)).as("past the end reads zero").isEqualTo(0);
        assertThat(Bitops.getBit(b, 1, 15)).as("past the given length reads zero").isEqualTo(0);
        Bitops.setBit(b, 9, 1);
        Bitops.setBit(b, 0, 0);
        assertThat(b).containsExactly(0x00, 0x41);
    }

    @Test
    void popcountCountsWholeWordsAndTheRest() {
        byte[] b = new byte[19];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) i;
        }
        long expected = 0;
        for (int i = 0; i < b.length; i++) {
            expected += Integer.bitCount(i);
        }
        assertThat(Bitops.popcount(b, 0, b.length)).isEqualTo(expected);
        assertThat(Bitops.popcount(b, 3, 1)).isEqualTo(2);
        assertThat(Bitops.popcount(new byte[] {-1, -1, -1, -1, -1, -1, -1, -1, -1}, 0, 9)).isEqualTo(72);
    }

    @Test
    void countMasksThePartialFirstAndLastBytes() {
        byte[] b = bytes(0xff, 0xff, 0xff);
        assertThat(Bitops.count(b, 0, 23)).isEqualTo(24);
        assertThat(Bitops.count(b, 3, 3)).isEqualTo(1);
        assertThat(Bitops.count(b, 5, 18)).isEqualTo(14);
        assertThat(Bitops.count(bytes(0x0f, 0xf0), 4, 11)).isEqualTo(8);
        assertThat(Bitops.count(bytes(0x0f, 0xf0), 0, 3)).isEqualTo(0);
    }

    @Test
    void positionFindsTheFirstMatchingBitInTheRange() {
        byte[] b = bytes(0xff, 0xf0, 0x00);
        assertThat(Bitops.position(b, 0, 23, 0)).isEqualTo(12);
        assertThat(Bitops.position(b, 0, 11, 0)).isEqualTo(-1);
        assertThat(Bitops.position(b, 13, 23, 1)).isEqualTo(-1);
        assertThat(Bitops.position(b, 3, 23, 1)).isEqualTo(3);
        assertThat(Bitops.position(bytes(0, 0, 0, 1), 0, 31, 1)).isEqualTo(31);
    }

    @Test
    void unsignedAndSignedFieldsCrossByteBoundaries() {
        byte[] b = new byte[3];
        Bitops.setField(b, 5, 7, 0x5b);
        assertThat(Bitops.getUnsigned(b, 3, 5, 7)).isEqualTo(0x5b);
        assertThat(b).containsExactly(0x05, 0xb0, 0x00);
        Bitops.setField(b, 6, 12, -3);
        assertThat(Bitops.getSigned(b, 3, 6, 12)).isEqualTo(-3);
        assertThat(Bitops.getUnsigned(b, 3, 6, 12)).isEqualTo(4093);
        assertThat(Bitops.getUnsigned(b, 1, 6, 12)).as("bytes past the length read as zeros").isEqualTo(0xc00);
    }

    @Test
    void sixtyFourBitFieldsKeepEveryBit() {
        byte[] b = new byte[9];
        Bitops.setField(b, 4, 64, Long.MIN_VALUE + 5);
        assertThat(Bitops.getSigned(b, 9, 4, 64)).isEqualTo(Long.MIN_VALUE + 5);
        Bitops.setField(b, 1, 63, Long.MAX_VALUE);
        assertThat(Bitops.getUnsigned(b, 9, 1, 63)).isEqualTo(Long.MAX_VALUE);
        assertThat(Bitops.getBit(b, 9, 0)).isEqualTo(0);
    }

    @Test
    void unsignedOverflowWrapsSaturatesOrFails() {
        long[] out = new long[1];
        assertThat(Bitops.checkUnsigned(250, 10, 8, Bitops.OVERFLOW_WRAP, out)).isEqualTo(1);
        assertThat(out[0]).isEqualTo(4);
        assertThat(Bitops.checkUnsigned(5, -10, 8, Bitops.OVERFLOW_WRAP, out)).isEqualTo(-1);
        assertThat(out[0]).isEqualTo(251);
        assertThat(Bitops.checkUnsigned(250, 10, 8, Bitops.OVERFLOW_SAT, out)).isEqualTo(1);
        assertThat(out[0]).isEqualTo(255);
        assertThat(Bitops.checkUnsigned(5, -10, 8, Bitops.OVERFLOW_SAT, out)).isEqualTo(-1);
        assertThat(out[0]).isEqualTo(0);
        assertThat(Bitops.checkUnsigned(-1, 0, 8, Bitops.OVERFLOW_SAT, out)).as("a negative SET value").isEqualTo(1);
        assertThat(out[0]).isEqualTo(255);
        assertThat(Bitops.checkUnsigned(200, 55, 8, Bitops.OVERFLOW_FAIL, out)).isEqualTo(0);
        assertThat(Bitops.checkUnsigned(Long.MAX_VALUE, 1, 63, Bitops.OVERFLOW_WRAP, out)).isEqualTo(1);
        assertThat(out[0]).isEqualTo(0);
    }

    @Test
    void signedOverflowWrapsWithTheSignSaturatesOrFails() {
        long[] out = new long[1];
        assertThat(Bitops.checkSigned(120, 10, 8, Bitops.OVERFLOW_WRAP, out)).isEqualTo(1);
        assertThat(out[0]).isEqualTo(-126);
        assertThat(Bitops.checkSigned(-120, -10, 8, Bitops.OVERFLOW_WRAP, out)).isEqualTo(-1);
        assertThat(out[0]).isEqualTo(126);
        assertThat(Bitops.checkSigned(-200, 0, 8, Bitops.OVERFLOW_SAT, out)).isEqualTo(-1);
        assertThat(out[0]).isEqualTo(-128);
        assertThat(Bitops.checkSigned(Long.MAX_VALUE, 1, 64, Bitops.OVERFLOW_SAT, out)).isEqualTo(1);
        assertThat(out[0]).isEqualTo(Long.MAX_VALUE);
        assertThat(Bitops.checkSigned(Long.MAX_VALUE, 1, 64, Bitops.OVERFLOW_WRAP, out)).isEqualTo(1);
        assertThat(out[0]).isEqualTo(Long.MIN_VALUE);
        assertThat(Bitops.checkSigned(-1, Long.MIN_VALUE, 64, Bitops.OVERFLOW_SAT, out)).isEqualTo(-1);
        assertThat(out[0]).isEqualTo(Long.MIN_VALUE);
        assertThat(Bitops.checkSigned(Long.MAX_VALUE, Long.MIN_VALUE, 64, Bitops.OVERFLOW_FAIL, out)).isEqualTo(0);
        assertThat(Bitops.checkSigned(-1, 1, 1, Bitops.OVERFLOW_WRAP, out)).isEqualTo(0);
    }
}
