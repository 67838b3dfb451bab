package dev.respec.bench.micro;

import dev.respec.server.types.Listpack;
import dev.respec.server.types.Quicklist;
import dev.respec.server.types.Skiplist;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The compact encodings behind lists, hashes and sorted sets, driven through their type-level
 * structures as the commands drive them:
 * <ul>
 *   <li>listpack: append + field lookup (lpFind with skip 1, what HGET does on a small hash) and
 *       seek by index, at 128 field/value pairs (the default zset-max-listpack-entries);</li>
 *   <li>quicklist: LPUSH/RPOP-style push and pop at the ends with the default fill (8 KB nodes),
 *       and LINDEX in the middle of a 10,000-element list;</li>
 *   <li>skiplist: ZADD-style insert with a random score, ZRANK-style rank and ZRANGE-style byRank
 *       lookups in a 10,000-member sorted set.</li>
 * </ul>
 * Each state is rebuilt per iteration, so mutating benchmarks stay at their intended size.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EncodingsBenchmark {
    static final int PAIRS = 128;
    static final int LIST_SIZE = 10_000;
    static final int ZSET_SIZE = 10_000;

    private final byte[][] fields = new byte[PAIRS][];
    private final byte[][] members = new byte[ZSET_SIZE][];
    private final double[] scores = new double[ZSET_SIZE];
    private final byte[] element = "element-value".getBytes(StandardCharsets.ISO_8859_1);

    private Listpack hash;
    private Quicklist list;
    private Skiplist zset;
    private int cursor;

    @Setup(Level.Trial)
    public void data() {
        for (int i = 0; i < PAIRS; i++) {
            fields[i] = ("field:" + i).getBytes(StandardCharsets.ISO_8859_1);
        }
        for (int i = 0; i < ZSET_SIZE; i++) {
            members[i] = ("member:" + i).getBytes(StandardCharsets.ISO_8859_1);
            scores[i] = ThreadLocalRandom.current().nextDouble(1e6);
        }
    }

    @Setup(Level.Iteration)
    public void build() {
        hash = new Listpack();
        for (byte[] f : fields) {
            hash.append(f);
            hash.append(element);
        }
        list = new Quicklist(-2, 0);
        for (int i = 0; i < LIST_SIZE; i++) {
            list.pushTail(element);
        }
        zset = new Skiplist();
        for (int i = 0; i < ZSET_SIZE; i++) {
            zset.insert(scores[i], members[i]);
        }
    }

    private int next(int bound) {
        cursor = (cursor + 7919) % bound;
        return cursor;
    }

    @Benchmark
    public int listpackFindField() {
        return hash.find(hash.first(), fields[next(PAIRS)], 1);
    }

    @Benchmark
    public int listpackSeek() {
        return hash.seek(next(PAIRS * 2));
    }

    @Benchmark
    public void listpackReplaceValue(Blackhole bh) {
        int p = hash.find(hash.first(), fields[next(PAIRS)], 1);
        bh.consume(hash.replace(hash.next(p), element));
    }

    @Benchmark
    public byte[] quicklistPushHeadPopTail() {
        list.pushHead(element);
        return list.pop(Quicklist.TAIL);
    }

    @Benchmark
    public byte[] quicklistIndexMiddle() {
        return list.index(LIST_SIZE / 2 + next(100));
    }

    @Benchmark
    public long skiplistRank() {
        int i = next(ZSET_SIZE);
        return zset.rank(scores[i], members[i]);
    }

    @Benchmark
    public Skiplist.Node skiplistByRank() {
        return zset.byRank(1 + next(ZSET_SIZE));
    }

    @Benchmark
    public Skiplist.Node skiplistUpdateScore() {
        int i = next(ZSET_SIZE);
        double old = scores[i];
        scores[i] = old + 1;
        return zset.updateScore(old, members[i], scores[i]);
    }
}
