package dev.respec.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static RedisBenchmarkCsv.Row row(double rps, double p50, double p99) {
        return new RedisBenchmarkCsv.Row("SET", rps, p50, p50, p99, p99 * 2);
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Comparison.median(new double[] {3, 1, 2})).isEqualTo(2);
        assertThat(Comparison.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(Comparison.median(new double[] {7})).isEqualTo(7);
        assertThat(Comparison.median(new double[0])).isNaN();
    }

    @Test
    void medianDoesNotReorderItsInput() {
        double[] v = {3, 1, 2};
        Comparison.median(v);
        assertThat(v).containsExactly(3, 1, 2);
    }

    @Test
    void ratioIsNaNWhenUndefined() {
        assertThat(Comparison.ratio(90, 100)).isEqualTo(0.9);
        assertThat(Comparison.ratio(1, 0)).isNaN();
        assertThat(Comparison.ratio(Double.NaN, 1)).isNaN();
    }

    @Test
    void ratiosAreReferenceOverRedisOfTheMedians() {
        Comparison c = new Comparison("set", 1);
        c.reference.add(row(80_000, 0.30, 0.60));
        c.reference.add(row(10_000, 0.90, 9.00)); // a spoiled round: the median ignores it
        c.reference.add(row(90_000, 0.28, 0.50));
        c.redis.add(row(100_000, 0.25, 0.50));
        assertThat(c.referenceRps()).isEqualTo(80_000);
        assertThat(c.throughputRatio()).isCloseTo(0.8, within(1e-12));
        assertThat(c.p99Ratio()).isCloseTo(1.2, within(1e-12));
    }

    @Test
    void aimsDependOnThePipelineDepth() {
        Comparison p1 = new Comparison("get", 1);
        p1.reference.add(row(92, 0.3, 0.6));
        p1.redis.add(row(100, 0.3, 0.6));
        assertThat(p1.meetsAims()).isTrue();

        Comparison p16 = new Comparison("get", 16);
        p16.reference.add(row(92, 0.3, 0.6));
        p16.redis.add(row(100, 0.3, 0.6));
        assertThat(p16.meetsAims()).isFalse();
    }

    @Test
    void slowTailMissesTheAimEvenWithThroughput() {
        Comparison c = new Comparison("incr", 16);
        c.reference.add(row(120, 0.3, 1.3));
        c.redis.add(row(100, 0.3, 1.0));
        assertThat(c.throughputRatio()).isGreaterThan(1);
        assertThat(c.meetsAims()).isFalse();
    }

    @Test
    void unsupportedTestsHaveNoRatio() {
        Comparison c = new Comparison("lpush", 1);
        c.status = Comparison.Status.UNSUPPORTED;
        c.redis.add(row(100, 0.3, 0.6));
        assertThat(c.throughputRatio()).isNaN();
        assertThat(c.meetsAims()).isFalse();
    }

    @Test
    void cpuSamplesAreTicksOverRequests() {
        assertThat(Comparison.cpuMicrosPerRequest("160 200000 100\n")).isCloseTo(8.0, within(1e-9));
        assertThat(Comparison.cpuMicrosPerRequest("0 1000 100")).isEqualTo(0.0);
        assertThat(Comparison.cpuMicrosPerRequest("12 0 100")).isNaN();
        assertThat(Comparison.cpuMicrosPerRequest("garbage")).isNaN();
        assertThat(Comparison.cpuMicrosPerRequest("1 x 100")).isNaN();
    }

    @Test
    void cpuRatioIsReferenceOverRedis() {
        Comparison c = new Comparison("get", 16);
        c.reference.add(row(100, 0.3, 0.6));
        c.redis.add(row(100, 0.3, 0.6));
        c.referenceCpuMicros.add(1.5);
        c.redisCpuMicros.add(1.2);
        assertThat(c.cpuRatio()).isCloseTo(1.25, within(1e-12));
    }
}
