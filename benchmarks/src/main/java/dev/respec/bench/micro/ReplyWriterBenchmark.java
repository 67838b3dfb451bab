package dev.respec.bench.micro;

import dev.respec.server.protocol.ReplyWriter;
import dev.respec.server.protocol.SharedReplies;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reply encoding through the one reply layer, into an output buffer that each call empties first
 * (as a flushed client's buffer is): the shared "+OK", integers, a short bulk string, and the
 * 100-element array of LRANGE_100.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReplyWriterBenchmark {
    /** A reply layer with no socket behind it; reset() plays the part of a completed write. */
    static final class Sink extends ReplyWriter {
        int reset() {
            int n = olen;
            olen = 0;
            osent = 0;
            return n;
        }
    }

    private final Sink out = new Sink();
    private final byte[] value = "xxx".getBytes();
    private long counter = 123_456;

    @Benchmark
    public int sharedOk() {
        out.addReplyProto(SharedReplies.OK);
        return out.reset();
    }

    @Benchmark
    public int integer() {
        out.addReplyLongLong(++counter);
        return out.reset();
    }

    @Benchmark
    public int bulk() {
        out.addReplyBulk(value);
        return out.reset();
    }

    @Benchmark
    public int array100() {
        out.addReplyArrayLen(100);
        for (int i = 0; i < 100; i++) {
            out.addReplyBulk(value);
        }
        return out.reset();
    }
}
