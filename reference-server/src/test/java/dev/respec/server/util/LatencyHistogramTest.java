package dev.respec.server.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Percentiles as Redis 7.0.15's INFO latencystats prints them for the same recorded durations. */
class LatencyHistogramTest {
    @Test
    void aSingleValueReadsBackAsTheTopOfItsBucket() {
        LatencyHistogram h = new LatencyHistogram();
        h.record(7_000);
        assertThat(h.valueAtPercentile(50)).isEqualTo(7_007); // "p50=7.007" for a 7 us call
        h = new LatencyHistogram();
        h.record(17_000);
        assertThat(h.valueAtPercentile(99.9)).isEqualTo(17_023);
    }

    @Test
    void smallValuesHaveSingleUnitBuckets() {
        LatencyHistogram h = new LatencyHistogram();
        h.record(100);
        assertThat(h.valueAtPercentile(50)).isEqualTo(100);
    }

    @Test
    void percentilesWalkTheCumulativeCounts() {
        LatencyHistogram h = new LatencyHistogram();
        for (int i = 0; i < 99; i++) {
            h.record(2_000);
        }
        h.record(2_000_000);
        assertThat(h.valueAtPercentile(50)).isEqualTo(2_007);
        assertThat(h.valueAtPercentile(99)).isEqualTo(2_007);
        assertThat(h.valueAtPercentile(99.9)).isEqualTo(2_000_000 + (1 << 13) - 1 - (2_000_000 & ((1 << 13) - 1)));
        assertThat(h.totalCount()).isEqualTo(100);
    }

    @Test
    void valuesAreClampedToOneSecond() {
        LatencyHistogram h = new LatencyHistogram();
        h.record(5_000_000_000L);
        assertThat(h.valueAtPercentile(100)).isGreaterThanOrEqualTo(LatencyHistogram.MAX_VALUE);
    }
}
