package dev.respec.bench.keyspace;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.HdrHistogram.Histogram;
import redis.clients.jedis.Jedis;

/**
 * The keyspace benchmarks of the issue, run against several live servers in the same invocation so
 * that their figures come from the same machine in the same minutes (numbers for the notes, not
 * tests):
 * <ul>
 *   <li>{@code latency}: while one connection inserts N keys (pipelined SETs of 16-byte values, in
 *       batches), another one sends PING in a loop and records every round trip in an HdrHistogram;
 *       reports the largest and the p99.9 round trip, the probe count and the insert rate. This is
 *       what a client sees while the keyspace grows through every resize up to N keys.</li>
 *   <li>{@code memory}: after FLUSHALL, inserts N keys with 16-byte values and reports bytes per key
 *       from INFO used_memory and from the server process's RSS (read in /proc, so the server must
 *       run on this machine; its pid is given with the target).</li>
 * </ul>
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.respec.bench.keyspace.KeyspaceBench latency|memory
 * [--keys N] [--batch B] name=host:port[:pid] ...}. Every target is flushed first: never point it at
 * a server holding data you need.
 */
public final class KeyspaceBench {
    private static final byte[] VALUE_16 = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /** FLUSHALL of millions of keys takes seconds on Redis (Jedis's default timeout is 2 s). */
    private static final int TIMEOUT_MS = 120_000;

    private KeyspaceBench() {
    }

    /** A server to measure: a label, its address, and its pid (for RSS) when known. */
    record Target(String name, String host, int port, long pid) {
        static Target parse(String spec) {
            int eq = spec.indexOf('=');
            String name = spec.substring(0, eq);
            String[] parts = spec.substring(eq + 1).split(":");
            return new Target(name, parts[0], Integer.parseInt(parts[1]), parts.length > 2 ? Long.parseLong(parts[2]) : -1);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: KeyspaceBench latency|memory [--keys N] [--batch B] name=host:port[:pid] ...");
            System.exit(2);
        }
        String mode = args[0];
        long keys = mode.equals("memory") ? 1_000_000 : 5_000_000;
        int batch = 1000;
        List<Target> targets = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--keys" -> keys = Long.parseLong(args[++i]);
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                default -> targets.add(Target.parse(args[i]));
            }
        }
        for (Target t : targets) {
            if (mode.equals("latency")) {
                latency(t, keys, batch);
            } else {
                memory(t, keys, batch);
            }
        }
    }

    // ---- latency while the keyspace grows ------------------------------------------------------------------

    static void latency(Target t, long keys, int batch) throws Exception {
        flush(t);
        Histogram rtt = new Histogram(60_000_000_000L, 3);
        AtomicBoolean done = new AtomicBoolean();
        Thread probe = new Thread(() -> {
            try (Jedis j = new Jedis(t.host(), t.port(), TIMEOUT_MS)) {
                while (!done.get()) {
                    long t0 = System.nanoTime();
                    j.ping();
                    rtt.recordValue(System.nanoTime() - t0);
                }
            }
        }, "probe");
        probe.setDaemon(true);
        probe.start();
        long start = System.nanoTime();
        insert(t, keys, batch);
        long elapsed = System.nanoTime() - start;
        done.set(true);
        probe.join();
        System.out.printf(Locale.ROOT, "%-10s latency keys=%d insert=%.1fs (%.0f keys/s) probes=%d max=%.2fms p99.9=%.3fms p99=%.3fms p50=%.3fms%n",
                t.name(), keys, elapsed / 1e9, keys / (elapsed / 1e9), rtt.getTotalCount(),
                rtt.getMaxValue() / 1e6, rtt.getValueAtPercentile(99.9) / 1e6, rtt.getValueAtPercentile(99) / 1e6,
                rtt.getValueAtPercentile(50) / 1e6);
    }

    // ---- bytes per key -----------------------------------------------------------------------------------

    static void memory(Target t, long keys, int batch) throws Exception {
        flush(t);
        Thread.sleep(500);
        long usedBefore = usedMemory(t);
        long rssBefore = rss(t);
        insert(t, keys, batch);
        Thread.sleep(1000); // let cron settle (rehash done, client buffers measured)
        long usedAfter = usedMemory(t);
        long rssAfter = rss(t);
        System.out.printf(Locale.ROOT, "%-10s memory keys=%d used_memory=%d->%d (%.1f B/key) rss=%s%n",
                t.name(), keys, usedBefore, usedAfter, (usedAfter - usedBefore) / (double) keys,
                rssBefore < 0 ? "n/a" : String.format(Locale.ROOT, "%d->%d (%.1f B/key)", rssBefore, rssAfter,
                        (rssAfter - rssBefore) / (double) keys));
    }

    private static long usedMemory(Target t) {
        try (Jedis j = new Jedis(t.host(), t.port(), TIMEOUT_MS)) {
            Map<String, String> info = new LinkedHashMap<>();
            for (String line : j.info("memory").split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    info.put(line.substring(0, colon), line.substring(colon + 1));
                }
            }
            return Long.parseLong(info.get("used_memory"));
        }
    }

    private static long rss(Target t) throws IOException {
        if (t.pid() < 0) {
            return -1;
        }
        for (String line : Files.readAllLines(Path.of("/proc/" + t.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.trim().split("\\s+")[1]) * 1024;
            }
        }
        return -1;
    }

    // ---- plumbing ----------------------------------------------------------------------------------------

    private static void flush(Target t) {
        try (Jedis j = new Jedis(t.host(), t.port(), TIMEOUT_MS)) {
            j.flushAll();
        }
    }

    /** SET key:1..N to 16-byte values, pipelined in batches on a raw socket (the replies are counted). */
    private static void insert(Target t, long keys, int batch) throws IOException {
        try (Socket s = new Socket(t.host(), t.port())) {
            s.setTcpNoDelay(true);
            OutputStream out = s.getOutputStream();
            InputStream in = new BufferedInputStream(s.getInputStream(), 1 << 16);
            java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream(batch * 64);
            for (long first = 1; first <= keys; first += batch) {
                long last = Math.min(keys, first + batch - 1);
                buf.reset();
                for (long n = first; n <= last; n++) {
                    byte[] key = ("key:" + n).getBytes(StandardCharsets.US_ASCII);
                    buf.writeBytes(("*3\r\n$3\r\nSET\r\n$" + key.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    buf.writeBytes(key);
                    buf.writeBytes(("\r\n$" + VALUE_16.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    buf.writeBytes(VALUE_16);
                    buf.writeBytes(new byte[] {'\r', '\n'});
                }
                out.write(buf.toByteArray());
                out.flush();
                for (long n = first; n <= last; n++) {
                    readLine(in);
                }
            }
        }
    }

    /** Reads one "+OK\r\n"-style line reply; fails on an error reply. */
    private static void readLine(InputStream in) throws IOException {
        int first = in.read();
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new IOException("connection closed");
            }
            sb.append((char) c);
        }
        if (first != '+') {
            throw new IOException("unexpected reply: " + (char) first + sb);
        }
    }
}
