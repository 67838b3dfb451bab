package dev.respec.server.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberFormatFixedTest {
    @Test
    void roundsTheExactBinaryValueHalfEvenLikeGlibc() {
        // printf("%.2f", 3.125) prints 3.12; 3.135 is stored below .135 and prints 3.13 in both.
        assertThat(NumberFormat.fixed(3.125, 2)).isEqualTo("3.12");
        assertThat(NumberFormat.fixed(3.375, 2)).isEqualTo("3.38");
        assertThat(NumberFormat.fixed(0.005, 2)).isEqualTo("0.01");
        assertThat(NumberFormat.fixed(48.4375f, 2)).isEqualTo("48.44");
        assertThat(NumberFormat.fixed(100, 2)).isEqualTo("100.00");
        assertThat(NumberFormat.fixed(-0.0, 2)).isEqualTo("-0.00");
        assertThat(NumberFormat.fixed(-1.5, 0)).isEqualTo("-2");
    }
}
