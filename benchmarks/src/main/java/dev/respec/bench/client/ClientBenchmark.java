package dev.respec.bench.client;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.protocol.ProtocolVersion;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;

/**
 * Client-side parity benchmarks: the same workloads, through Jedis and Lettuce, against several
 * targets, alternating target by target within each round (A, B, A, B, ...) so that the noise of a
 * shared machine hits every target alike. Latency goes into an HdrHistogram per scenario and target
 * (per request for round trips, per batch for pipelines); the report gives ops/s, p50, p99, p99.9
 * and max.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.respec.bench.client.ClientBenchmark
 * --target ref=127.0.0.1:7601 --target redis=127.0.0.1:7600 [--seconds 3] [--rounds 3]
 * [--connections 16] [--batch 16] [--only jedis-roundtrip,...] [--csv out.csv]}
 */
public final class ClientBenchmark {
    private static final int KEYS = 10_000;
    private static final long HIGHEST_NANOS = TimeUnit.SECONDS.toNanos(10);

    private ClientBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Target> targets = new ArrayList<>();
        int seconds = 3;
        int rounds = 3;
        int connections = 16;
        int batch = 16;
        String only = null;
        Path csv = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--target" -> targets.add(Target.parse(args[++i]));
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--connections" -> connections = Integer.parseInt(args[++i]);
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                case "--only" -> only = args[++i];
                case "--csv" -> csv = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("give at least one --target label=host:port");
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (Scenario s : scenarios(batch, connections)) {
            if (only == null || List.of(only.split(",")).contains(s.name())) {
                scenarios.add(s);
            }
        }
        List<String> rows = new ArrayList<>();
        rows.add("scenario,target,ops_per_sec,p50_us,p99_us,p999_us,max_us");
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "%-20s %-8s %12s %9s %9s %9s %9s%n",
                "scenario", "target", "ops/s", "p50 us", "p99 us", "p99.9 us", "max us");
        for (Scenario s : scenarios) {
            Histogram[] hist = new Histogram[targets.size()];
            long[] ops = new long[targets.size()];
            long[] nanos = new long[targets.size()];
            for (int t = 0; t < targets.size(); t++) {
                hist[t] = new Histogram(HIGHEST_NANOS, 3);
                s.run(targets.get(t), System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500),
                        new Histogram(HIGHEST_NANOS, 3)); // warm-up, discarded
            }
            for (int r = 0; r < rounds; r++) {
                for (int t = 0; t < targets.size(); t++) {
                    long start = System.nanoTime();
                    ops[t] += s.run(targets.get(t), start + TimeUnit.SECONDS.toNanos(seconds), hist[t]);
                    nanos[t] += System.nanoTime() - start;
                }
            }
            for (int t = 0; t < targets.size(); t++) {
                Histogram h = hist[t];
                double opsPerSec = ops[t] * 1e9 / nanos[t];
                String row = String.format(Locale.ROOT, "%s,%s,%.0f,%.1f,%.1f,%.1f,%.1f", s.name(),
                        targets.get(t).label(), opsPerSec, us(h.getValueAtPercentile(50)),
                        us(h.getValueAtPercentile(99)), us(h.getValueAtPercentile(99.9)), us(h.getMaxValue()));
                rows.add(row);
                out.printf(Locale.ROOT, "%-20s %-8s %12.0f %9.1f %9.1f %9.1f %9.1f%n", s.name(),
                        targets.get(t).label(), opsPerSec, us(h.getValueAtPercentile(50)),
                        us(h.getValueAtPercentile(99)), us(h.getValueAtPercentile(99.9)), us(h.getMaxValue()));
            }
        }
        if (csv != null) {
            write(csv, rows);
        }
    }

    private static void write(Path csv, List<String> rows) throws IOException {
        if (csv.getParent() != null) {
            Files.createDirectories(csv.getParent());
        }
        Files.write(csv, rows);
    }

    private static double us(long nanos) {
        return nanos / 1000.0;
    }

    static String key(long i) {
        return "key:" + (i % KEYS);
    }

    /** One step of a timed loop: sends the requests numbered from n, waits for their replies, returns the next n. */
    interface Step {
        long run(long n) throws Exception;
    }

    /** Runs step until the deadline, recording each step's latency; returns how many requests were sent. */
    static long timed(long deadline, Histogram latency, Step step) throws Exception {
        long n = 0;
        long now = System.nanoTime();
        while (now < deadline) {
            n = step.run(n);
            long end = System.nanoTime();
            latency.recordValue(Math.min(end - now, HIGHEST_NANOS));
            now = end;
        }
        return n;
    }

    static List<Scenario> scenarios(int batch, int connections) {
        return List.of(
                new JedisRoundTrip(),
                new JedisPipeline(batch),
                new JedisConnections(connections),
                new LettuceRoundTrip(),
                new LettucePipeline(batch));
    }

    /** One connection, one request at a time: SET then GET, alternately. */
    static final class JedisRoundTrip implements Scenario {
        @Override
        public String name() {
            return "jedis-roundtrip";
        }

        @Override
        public long run(Target t, long deadline, Histogram latency) throws Exception {
            try (Jedis j = new Jedis(t.host(), t.port())) {
                return timed(deadline, latency, n -> {
                    if ((n & 1) == 0) {
                        j.set(key(n), "xxx");
                    } else {
                        j.get(key(n));
                    }
                    return n + 1;
                });
            }
        }
    }

    /** One connection, batches of pipelined SET/GET; latency is per batch. */
    static final class JedisPipeline implements Scenario {
        private final int batch;

        JedisPipeline(int batch) {
            this.batch = batch;
        }

        @Override
        public String name() {
            return "jedis-pipeline";
        }

        @Override
        public long run(Target t, long deadline, Histogram latency) throws Exception {
            try (Jedis j = new Jedis(t.host(), t.port())) {
                return timed(deadline, latency, first -> {
                    Pipeline p = j.pipelined();
                    long n = first;
                    for (int i = 0; i < batch; i++, n++) {
                        if ((n & 1) == 0) {
                            p.set(key(n), "xxx");
                        } else {
                            p.get(key(n));
                        }
                    }
                    p.sync();
                    return n;
                });
            }
        }
    }

    /** Many connections at once, one thread each, round trips of GET. */
    static final class JedisConnections implements Scenario {
        private final int connections;

        JedisConnections(int connections) {
            this.connections = connections;
        }

        @Override
        public String name() {
            return "jedis-connections";
        }

        @Override
        public long run(Target t, long deadline, Histogram latency) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(connections);
            try {
                List<Future<Long>> done = new ArrayList<>();
                for (int c = 0; c < connections; c++) {
                    final int offset = c * 1000;
                    done.add(pool.submit(() -> {
                        Histogram local = new Histogram(HIGHEST_NANOS, 3);
                        long n;
                        try (Jedis j = new Jedis(t.host(), t.port())) {
                            n = timed(deadline, local, i -> {
                                j.get(key(offset + i));
                                return i + 1;
                            });
                        }
                        synchronized (latency) {
                            latency.add(local);
                        }
                        return n;
                    }));
                }
                long total = 0;
                for (Future<Long> f : done) {
                    total += f.get();
                }
                return total;
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static RedisClient lettuce(Target t) {
        RedisClient client = RedisClient.create(RedisURI.builder().withHost(t.host()).withPort(t.port())
                .withTimeout(Duration.ofSeconds(10)).build());
        // RESP2 on both sides, so the targets answer the same protocol
        client.setOptions(ClientOptions.builder().protocolVersion(ProtocolVersion.RESP2).build());
        return client;
    }

    /** Lettuce's synchronous API over one connection: SET then GET, alternately. */
    static final class LettuceRoundTrip implements Scenario {
        @Override
        public String name() {
            return "lettuce-roundtrip";
        }

        @Override
        public long run(Target t, long deadline, Histogram latency) throws Exception {
            RedisClient client = lettuce(t);
            try (StatefulRedisConnection<String, String> conn = client.connect()) {
                RedisCommands<String, String> sync = conn.sync();
                return timed(deadline, latency, n -> {
                    if ((n & 1) == 0) {
                        sync.set(key(n), "xxx");
                    } else {
                        sync.get(key(n));
                    }
                    return n + 1;
                });
            } finally {
                client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            }
        }
    }

    /** Lettuce's async API with manual flushing: batches written at once; latency per batch. */
    static final class LettucePipeline implements Scenario {
        private final int batch;

        LettucePipeline(int batch) {
            this.batch = batch;
        }

        @Override
        public String name() {
            return "lettuce-pipeline";
        }

        @Override
        public long run(Target t, long deadline, Histogram latency) throws Exception {
            RedisClient client = lettuce(t);
            try (StatefulRedisConnection<String, String> conn = client.connect()) {
                conn.setAutoFlushCommands(false);
                RedisAsyncCommands<String, String> async = conn.async();
                List<RedisFuture<String>> futures = new ArrayList<>(batch);
                return timed(deadline, latency, first -> {
                    futures.clear();
                    long n = first;
                    for (int i = 0; i < batch; i++, n++) {
                        futures.add((n & 1) == 0 ? async.set(key(n), "xxx") : async.get(key(n)));
                    }
                    conn.flushCommands();
                    for (RedisFuture<String> f : futures) {
                        f.get(10, TimeUnit.SECONDS);
                    }
                    return n;
                });
            } finally {
                client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            }
        }
    }
}
