package dev.respec.bench.persistence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * BGSAVE of a large dataset while a client writes: what a client sees (the slowest round trip and
 * the 99.9th percentile during the save, next to the same before it) and what the save costs in
 * memory (the peak of the server's proportional set size, children included, above the level before
 * the save). Run once per server kind, on the same machine, in the same way:
 *
 * <pre>
 *   java -cp benchmarks/target/classes dev.respec.bench.persistence.BgsaveUnderWrites \
 *       --server reference --keys 5000000 [--port 8090] [--jar reference-server/target/reference-server.jar]
 *       [--jvm-opts "-Xmx4g"]
 *   ... --server redis [--redis-server redis-server]
 * </pre>
 *
 * The server starts in a temp dir with {@code --save ""}; the keys {@code key:0..N-1} get 16-byte
 * values through pipelined MSETs; one client then writes random existing keys, one command per round
 * trip, for a second, during a BGSAVE and for a second after. Memory is read from
 * /proc/PID/smaps_rollup (Pss) every 10 ms: for Redis the forked child's pages count once, shared or
 * copied; for the reference server (one process) it is its resident heap. Linux only. Each server's
 * own figure for what the save copied is printed too (INFO rdb_last_cow_size: the pages the fork
 * copied for Redis, the serialized values copied before their write for the reference server).
 */
public final class BgsaveUnderWrites {
    private static final int VALUE_SIZE = 16;

    public static void main(String[] args) throws Exception {
        String kind = option(args, "--server", "reference");
        long keys = Long.parseLong(option(args, "--keys", "5000000"));
        int port = Integer.parseInt(option(args, "--port", "8090"));
        Path dir = Files.createTempDirectory("bgsave-bench-");
        List<String> argv = new ArrayList<>();
        if (kind.equals("redis")) {
            argv.add(option(args, "--redis-server", "redis-server"));
        } else {
            argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            String opts = option(args, "--jvm-opts", "");
            if (!opts.isBlank()) {
                argv.addAll(Arrays.asList(opts.trim().split("\\s+")));
            }
            argv.addAll(List.of("-jar", option(args, "--jar", "reference-server/target/reference-server.jar")));
        }
        argv.addAll(List.of("--port", Integer.toString(port), "--bind", "127.0.0.1", "--dir", dir.toString(),
                "--save", "", "--appendonly", "no"));
        Process server = new ProcessBuilder(argv).redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile()).start();
        try {
            run(kind, keys, port, server);
        } finally {
            server.destroy();
            server.waitFor();
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(String kind, long keys, int port, Process server) throws Exception {
        Conn c = Conn.await(port);
        long t0 = System.nanoTime();
        populate(c, keys);
        System.out.printf(Locale.ROOT, "%s: %d keys loaded in %.1f s%n", kind, keys, (System.nanoTime() - t0) / 1e9);
        System.gc();
        Thread.sleep(2000);
        long pid = server.pid();
        long baseline = pss(pid);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean saving = new AtomicBoolean();
        AtomicLong peak = new AtomicLong(baseline);
        Thread sampler = new Thread(() -> {
            while (!stop.get()) {
                long m = pss(pid);
                if (saving.get()) {
                    peak.accumulateAndGet(m, Math::max);
                }
                sleep(10);
            }
        });
        Latencies before = new Latencies();
        Latencies during = new Latencies();
        Latencies after = new Latencies();
        Latencies[] current = {before};
        Thread writer = new Thread(() -> {
            try (Conn w = Conn.await(port)) {
                byte[] value = new byte[VALUE_SIZE];
                Arrays.fill(value, (byte) 'w');
                while (!stop.get()) {
                    long k = ThreadLocalRandom.current().nextLong(keys);
                    long s = System.nanoTime();
                    w.call("SET", "key:" + k, new String(value, StandardCharsets.US_ASCII));
                    current[0].add(System.nanoTime() - s);
                }
            } catch (IOException e) {
                throw new RuntimeException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        sampler.start();
        writer.start();
        Thread.sleep(1000);
        current[0] = during;
        saving.set(true);
        long s0 = System.nanoTime();
        String lastSave = c.call("LASTSAVE");
        String reply = c.call("BGSAVE");
        while (saving(c, lastSave)) {
            Thread.sleep(5);
        }
        double saveSec = (System.nanoTime() - s0) / 1e9;
        saving.set(false);
        current[0] = after;
        Thread.sleep(1000);
        stop.set(true);
        writer.join();
        sampler.join();
        System.out.printf(Locale.ROOT, "%s: BGSAVE replied %s, took %.2f s, status %s, rdb_last_cow_size %s KB%n", kind,
                reply, saveSec, infoOrNull(c, "rdb_last_bgsave_status"),
                Long.parseLong(infoOrNull(c, "rdb_last_cow_size")) >> 10);
        System.out.printf(Locale.ROOT, "%s: memory (PSS, children included) before %d MB, peak during the save %d MB,"
                + " extra %d MB (%.1f%%)%n", kind, baseline >> 20, peak.get() >> 20, (peak.get() - baseline) >> 20,
                100.0 * (peak.get() - baseline) / baseline);
        System.out.printf(Locale.ROOT, "%s: writes before the save: %s%n", kind, before);
        System.out.printf(Locale.ROOT, "%s: writes during the save: %s%n", kind, during);
        System.out.printf(Locale.ROOT, "%s: writes after the save:  %s%n", kind, after);
        c.close();
    }

    private static void populate(Conn c, long keys) throws IOException {
        int batch = 1000;
        int pipeline = 20;
        String value = "v".repeat(VALUE_SIZE);
        long sent = 0;
        while (sent < keys) {
            int inFlight = 0;
            for (int p = 0; p < pipeline && sent < keys; p++) {
                List<String> mset = new ArrayList<>();
                mset.add("MSET");
                for (int i = 0; i < batch && sent < keys; i++, sent++) {
                    mset.add("key:" + sent);
                    mset.add(value);
                }
                c.send(mset.toArray(new String[0]));
                inFlight++;
            }
            c.flush();
            for (int i = 0; i < inFlight; i++) {
                c.read();
            }
        }
    }

    /** rdb_bgsave_in_progress, or for a server without INFO persistence, until LASTSAVE moves. */
    private static boolean saving(Conn c, String lastSaveBefore) throws IOException {
        String v = infoOrNull(c, "rdb_bgsave_in_progress");
        return v != null ? v.equals("1") : c.call("LASTSAVE").equals(lastSaveBefore);
    }

    private static String infoOrNull(Conn c, String field) throws IOException {
        String info = c.call("INFO", "persistence");
        for (String line : info == null || info.startsWith("-") ? new String[0] : info.split("\r\n")) {
            if (line.startsWith(field + ":")) {
                return line.substring(field.length() + 1);
            }
        }
        return null;
    }

    private static String info(Conn c, String field) throws IOException {
        for (String line : c.call("INFO", "persistence").split("\r\n")) {
            if (line.startsWith(field + ":")) {
                return line.substring(field.length() + 1);
            }
        }
        throw new IllegalStateException("INFO has no " + field);
    }

    /** Pss of a process and its children, in bytes (0 once it is gone). */
    private static long pss(long pid) {
        long total = pssOf(pid);
        for (ProcessHandle child : ProcessHandle.of(pid).map(p -> p.children().toList()).orElse(List.of())) {
            total += pssOf(child.pid());
        }
        return total;
    }

    private static long pssOf(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    private static String option(String[] args, String name, String dflt) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return dflt;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Round-trip times: count, max and percentiles from a log-linear histogram (1 µs to 100 s). */
    static final class Latencies {
        private final long[] counts = new long[64 * 16];
        private long n;
        private long max;

        synchronized void add(long nanos) {
            n++;
            max = Math.max(max, nanos);
            counts[bucket(nanos / 1000)]++;
        }

        private static int bucket(long micros) {
            if (micros < 16) {
                return (int) Math.max(0, micros);
            }
            int exp = 63 - Long.numberOfLeadingZeros(micros);
            int sub = (int) ((micros >>> (exp - 4)) & 15);
            return Math.min(counts(exp) + sub, 64 * 16 - 1);
        }

        private static int counts(int exp) {
            return (exp - 3) * 16;
        }

        private static long lower(int b) {
            if (b < 16) {
                return b;
            }
            int exp = b / 16 + 3;
            int sub = b % 16;
            return (16L + sub) << (exp - 4);
        }

        synchronized long percentile(double p) {
            long target = (long) Math.ceil(n * p);
            long seen = 0;
            for (int b = 0; b < counts.length; b++) {
                seen += counts[b];
                if (seen >= target) {
                    return lower(b);
                }
            }
            return max / 1000;
        }

        @Override
        public synchronized String toString() {
            return String.format(Locale.ROOT, "%d writes, p50 %d us, p99 %d us, p99.9 %d us, max %.2f ms", n,
                    percentile(0.5), percentile(0.99), percentile(0.999), max / 1e6);
        }
    }

    /** A minimal RESP2 connection. */
    static final class Conn implements AutoCloseable {
        private final Socket s;
        private final OutputStream out;
        private final InputStream in;
        private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

        private Conn(Socket s) throws IOException {
            this.s = s;
            s.setTcpNoDelay(true);
            out = s.getOutputStream();
            in = new BufferedInputStream(s.getInputStream(), 1 << 16);
        }

        static Conn await(int port) throws InterruptedException {
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (true) {
                try {
                    Conn c = new Conn(new Socket("127.0.0.1", port));
                    if (c.call("PING").equals("PONG")) {
                        return c;
                    }
                    c.close();
                } catch (IOException e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("server not answering on " + port, e);
                    }
                }
                Thread.sleep(100);
            }
        }

        void send(String... args) {
            StringBuilder b = new StringBuilder();
            b.append('*').append(args.length).append("\r\n");
            for (String a : args) {
                b.append('$').append(a.length()).append("\r\n").append(a).append("\r\n");
            }
            pending.writeBytes(b.toString().getBytes(StandardCharsets.US_ASCII));
        }

        void flush() throws IOException {
            pending.writeTo(out);
            pending.reset();
            out.flush();
        }

        String call(String... args) throws IOException {
            send(args);
            flush();
            return read();
        }

        /** One reply as text (arrays: elements joined by newlines; errors as "-message"). */
        String read() throws IOException {
            int t = in.read();
            String line = line();
            switch (t) {
                case '+':
                case ':':
                    return line;
                case '-':
                    return "-" + line;
                case '$': {
                    int len = Integer.parseInt(line);
                    if (len < 0) {
                        return null;
                    }
                    byte[] b = in.readNBytes(len + 2);
                    return new String(b, 0, len, StandardCharsets.UTF_8);
                }
                case '*': {
                    int n = Integer.parseInt(line);
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < n; i++) {
                        b.append(read()).append('\n');
                    }
                    return b.toString();
                }
                default:
                    throw new IOException("unexpected reply type " + t);
            }
        }

        private String line() throws IOException {
            StringBuilder b = new StringBuilder();
            int c;
            while ((c = in.read()) != '\r') {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                b.append((char) c);
            }
            in.read();
            return b.toString();
        }

        @Override
        public void close() throws IOException {
            s.close();
        }
    }
}
