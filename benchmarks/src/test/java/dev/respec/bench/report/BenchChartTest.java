package dev.respec.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BenchChartTest {
    @Test
    void logAxisBoundsSnapToOneTwoFive() {
        assertThat(BenchChart.niceBelow(0.56)).isCloseTo(0.5, within(1e-12));
        assertThat(BenchChart.niceBelow(0.19)).isCloseTo(0.1, within(1e-12));
        assertThat(BenchChart.niceBelow(3)).isCloseTo(2, within(1e-12));
        assertThat(BenchChart.niceAbove(8.6)).isCloseTo(10, within(1e-12));
        assertThat(BenchChart.niceAbove(4.2)).isCloseTo(5, within(1e-12));
        assertThat(BenchChart.niceAbove(1.0)).isCloseTo(1, within(1e-12));
        assertThat(BenchChart.niceAbove(0.15)).isCloseTo(0.2, within(1e-12));
    }
}
