package dev.respec.bench.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One test at one pipeline depth, the reference against Redis: the samples of every round and the
 * figures the report shows. A figure is the median over rounds (robust to the one round a
 * neighbour's job spoiled); ratios are reference over Redis, so throughput wants a ratio >= 1 and
 * latency a ratio <= 1.
 */
public final class Comparison {
    /** Whether the reference could run the test at all. */
    public enum Status { OK, UNSUPPORTED, FAILED }

    /** The aims of issue 6: throughput ratio per pipeline depth, and the p99 latency ratio. */
    public static final double AIM_RATIO_PIPELINE_1 = 0.9;
    public static final double AIM_RATIO_PIPELINED = 1.0;
    public static final double AIM_P99_RATIO = 1.2;

    public final String test;
    public final int pipeline;
    public Status status = Status.OK;
    public final List<RedisBenchmarkCsv.Row> reference = new ArrayList<>();
    public final List<RedisBenchmarkCsv.Row> redis = new ArrayList<>();
    /** Each server's own CPU time per request in microseconds, one sample per round (may be empty). */
    public final List<Double> referenceCpuMicros = new ArrayList<>();
    public final List<Double> redisCpuMicros = new ArrayList<>();

    public Comparison(String test, int pipeline) {
        this.test = test;
        this.pipeline = pipeline;
    }

    /** Median of the values; the mean of the two middle ones for an even count; NaN when empty. */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }

    /** a / b, or NaN when either is missing or b is zero. */
    public static double ratio(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b) || b == 0) {
            return Double.NaN;
        }
        return a / b;
    }

    private static double median(List<RedisBenchmarkCsv.Row> rows, java.util.function.ToDoubleFunction<RedisBenchmarkCsv.Row> f) {
        return median(rows.stream().mapToDouble(f).toArray());
    }

    public double referenceRps() {
        return median(reference, RedisBenchmarkCsv.Row::rps);
    }

    public double redisRps() {
        return median(redis, RedisBenchmarkCsv.Row::rps);
    }

    public double referenceP50() {
        return median(reference, RedisBenchmarkCsv.Row::p50Ms);
    }

    public double redisP50() {
        return median(redis, RedisBenchmarkCsv.Row::p50Ms);
    }

    public double referenceP99() {
        return median(reference, RedisBenchmarkCsv.Row::p99Ms);
    }

    public double redisP99() {
        return median(redis, RedisBenchmarkCsv.Row::p99Ms);
    }

    public double referenceCpu() {
        return median(referenceCpuMicros.stream().mapToDouble(Double::doubleValue).toArray());
    }

    public double redisCpu() {
        return median(redisCpuMicros.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** CPU per request of the reference relative to Redis (lower is better). */
    public double cpuRatio() {
        return status == Status.OK ? ratio(referenceCpu(), redisCpu()) : Double.NaN;
    }

    /**
     * Microseconds of CPU per request from a ".cpu" sample written by ci/bench.sh: "ticks requests
     * clk_tck". NaN when the line is malformed or counts nothing.
     */
    public static double cpuMicrosPerRequest(String line) {
        String[] f = line.trim().split("\\s+");
        if (f.length != 3) {
            return Double.NaN;
        }
        try {
            double ticks = Double.parseDouble(f[0]);
            double requests = Double.parseDouble(f[1]);
            double hz = Double.parseDouble(f[2]);
            return requests <= 0 || hz <= 0 || ticks < 0 ? Double.NaN : ticks / hz * 1e6 / requests;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Throughput of the reference relative to Redis. */
    public double throughputRatio() {
        return status == Status.OK ? ratio(referenceRps(), redisRps()) : Double.NaN;
    }

    /** p99 latency of the reference relative to Redis. */
    public double p99Ratio() {
        return status == Status.OK ? ratio(referenceP99(), redisP99()) : Double.NaN;
    }

    /** The throughput ratio this pipeline depth aims at. */
    public double throughputAim() {
        return pipeline == 1 ? AIM_RATIO_PIPELINE_1 : AIM_RATIO_PIPELINED;
    }

    /** True when both throughput and p99 meet the aims; false when unsupported or failed. */
    public boolean meetsAims() {
        double t = throughputRatio();
        double l = p99Ratio();
        return !Double.isNaN(t) && !Double.isNaN(l) && t >= throughputAim() && l <= AIM_P99_RATIO;
    }
}
