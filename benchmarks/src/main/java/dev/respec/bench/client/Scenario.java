package dev.respec.bench.client;

import org.HdrHistogram.Histogram;

/**
 * One client-side workload against one target. {@link #run} issues requests until the deadline,
 * recording each request's (or each pipelined batch's) latency in nanoseconds, and returns the
 * number of commands completed.
 */
interface Scenario {
    String name();

    long run(Target target, long deadlineNanos, Histogram latency) throws Exception;
}
