package dev.respec.bench.micro;

import dev.respec.server.keyspace.Dict;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The keyspace dict while it rehashes, the state every growing Redis passes through: each call
 * starts from a dict of {@link #SIZE} keys whose table just became too small, then either looks
 * every key up while the incremental rehash moves a bucket per lookup, or inserts as many new keys,
 * which triggers the grow and rehashes a step per insert. Per-call setup is heavy on purpose and
 * not measured; each call does {@link #SIZE} operations.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DictBenchmark {
    static final int SIZE = 4096;

    private final byte[][] keys = new byte[SIZE][];
    private final byte[][] fresh = new byte[SIZE][];
    private Dict dict;

    @Setup(Level.Trial)
    public void keys() {
        for (int i = 0; i < SIZE; i++) {
            keys[i] = ("key:" + i).getBytes(StandardCharsets.ISO_8859_1);
            fresh[i] = ("new:" + i).getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    /** A dict holding SIZE keys with SIZE buckets: the next insert makes it grow. */
    @Setup(Level.Invocation)
    public void fill() {
        dict = new Dict();
        for (byte[] k : keys) {
            dict.add(k, k);
        }
        while (dict.isRehashing()) {
            dict.rehash(100);
        }
    }

    @Benchmark
    @OperationsPerInvocation(SIZE)
    public void lookupDuringRehash(Blackhole bh) {
        dict.expand(dict.size() * 2);
        for (byte[] k : keys) {
            bh.consume(dict.find(k));
        }
    }

    @Benchmark
    @OperationsPerInvocation(SIZE)
    public void insertDuringRehash(Blackhole bh) {
        for (byte[] k : fresh) {
            bh.consume(dict.add(k, k));
        }
    }
}
