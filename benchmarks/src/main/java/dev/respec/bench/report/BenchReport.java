package dev.respec.bench.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report half of ci/bench.sh: reads the raw redis-benchmark outputs the script collected in
 * {@code <dir>/raw/} (one file per round, server, test and pipeline depth, named
 * {@code r<round>-<server>-<test>-p<pipeline>.csv} with server "reference" or "redis"), the tests
 * the reference answered "unknown command" to ({@code <dir>/unsupported}, one test per line) and
 * the run's description ({@code <dir>/meta.properties}: tests, pipelines, command, machine, ...);
 * prints the side-by-side table and writes results.csv, results.json and chart.png into {@code <dir>}.
 *
 * <p>It never fails a build on numbers: a missing or broken result shows as "failed" in the table.
 */
public final class BenchReport {
    private static final Pattern RAW = Pattern.compile("r(\\d+)-(reference|redis)-([a-z0-9_]+)-p(\\d+)\\.csv");

    private BenchReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: BenchReport <bench dir>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Properties meta = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve("meta.properties"), StandardCharsets.UTF_8)) {
            meta.load(r);
        }
        List<Comparison> results = load(dir, meta);
        String table = table(results);
        System.out.print(table);
        Files.writeString(dir.resolve("results.csv"), csv(results));
        Files.writeString(dir.resolve("results.json"), json(results, meta));
        Files.writeString(dir.resolve("table.txt"), table);
        BenchChart.draw(results, meta, dir.resolve("chart.png"));
        System.out.println("results: " + dir.resolve("results.csv") + ", " + dir.resolve("results.json")
                + ", " + dir.resolve("chart.png"));
    }

    /** Reads every raw result into one comparison per test and pipeline depth, in the run's order. */
    static List<Comparison> load(Path dir, Properties meta) throws IOException {
        List<String> tests = List.of(meta.getProperty("tests").trim().split("[ ,]+"));
        List<String> pipelines = List.of(meta.getProperty("pipelines").trim().split("[ ,]+"));
        Set<String> unsupported = new HashSet<>();
        Path u = dir.resolve("unsupported");
        if (Files.exists(u)) {
            for (String line : Files.readAllLines(u)) {
                if (!line.isBlank()) {
                    unsupported.add(line.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        List<Comparison> out = new ArrayList<>();
        for (String p : pipelines) {
            for (String t : tests) {
                Comparison c = new Comparison(t.toLowerCase(Locale.ROOT), Integer.parseInt(p));
                if (unsupported.contains(c.test)) {
                    c.status = Comparison.Status.UNSUPPORTED;
                }
                out.add(c);
            }
        }
        Path raw = dir.resolve("raw");
        if (!Files.isDirectory(raw)) {
            return out;
        }
        List<Path> files;
        try (var s = Files.list(raw)) {
            files = s.sorted().toList();
        }
        for (Path f : files) {
            Matcher m = RAW.matcher(f.getFileName().toString());
            if (!m.matches()) {
                continue;
            }
            Comparison c = find(out, m.group(3), Integer.parseInt(m.group(4)));
            if (c == null) {
                continue;
            }
            RedisBenchmarkCsv.Row row;
            try {
                row = RedisBenchmarkCsv.find(RedisBenchmarkCsv.parse(Files.readString(f)), c.test);
            } catch (IllegalArgumentException e) {
                row = null;
            }
            if (row != null) {
                boolean ref = m.group(2).equals("reference");
                (ref ? c.reference : c.redis).add(row);
                Path cpu = f.resolveSibling(f.getFileName().toString().replace(".csv", ".cpu"));
                if (Files.exists(cpu)) {
                    double us = Comparison.cpuMicrosPerRequest(Files.readString(cpu));
                    if (!Double.isNaN(us)) {
                        (ref ? c.referenceCpuMicros : c.redisCpuMicros).add(us);
                    }
                }
            }
        }
        for (Comparison c : out) {
            if (c.status == Comparison.Status.OK && (c.reference.isEmpty() || c.redis.isEmpty())) {
                c.status = Comparison.Status.FAILED;
            }
        }
        return out;
    }

    private static Comparison find(List<Comparison> all, String test, int pipeline) {
        for (Comparison c : all) {
            if (c.test.equals(test) && c.pipeline == pipeline) {
                return c;
            }
        }
        return null;
    }

    /** The test's name as redis-benchmark and the table print it. */
    static String label(Comparison c) {
        return c.test.toUpperCase(Locale.ROOT);
    }

    static String table(List<Comparison> results) {
        StringBuilder sb = new StringBuilder();
        String fmt = "%-11s %3s %11s %11s %7s %9s %9s %9s %9s %7s %7s  %s%n";
        sb.append(String.format(Locale.ROOT, fmt, "test", "P", "ref ops/s", "redis ops/s", "ratio",
                "ref p50", "redis p50", "ref p99", "redis p99", "p99 x", "cpu x", "aim"));
        sb.append(String.format(Locale.ROOT, fmt, "", "", "", "", "ref/redis", "ms", "ms", "ms", "ms",
                "ref/redis", "ref/redis", ""));
        for (Comparison c : results) {
            if (c.status != Comparison.Status.OK) {
                sb.append(String.format(Locale.ROOT, "%-11s %3d %s%n", label(c), c.pipeline,
                        c.status == Comparison.Status.UNSUPPORTED ? "unsupported by the reference server"
                                : "failed (no result; see the raw output)"));
                continue;
            }
            sb.append(String.format(Locale.ROOT, fmt, label(c), c.pipeline, ops(c.referenceRps()),
                    ops(c.redisRps()), String.format(Locale.ROOT, "%.2fx", c.throughputRatio()),
                    ms(c.referenceP50()), ms(c.redisP50()), ms(c.referenceP99()), ms(c.redisP99()),
                    String.format(Locale.ROOT, "%.2fx", c.p99Ratio()), times(c.cpuRatio()),
                    c.meetsAims() ? "met" : "missed"));
        }
        sb.append("cpu x: the server's own CPU time per request (all its threads), reference over Redis\n");
        sb.append(String.format(Locale.ROOT,
                "aim: throughput >= %.1fx Redis at P=1 and >= %.1fx when pipelined, p99 <= %.1fx Redis%n",
                Comparison.AIM_RATIO_PIPELINE_1, Comparison.AIM_RATIO_PIPELINED, Comparison.AIM_P99_RATIO));
        return sb.toString();
    }

    private static String times(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2fx", v);
    }

    private static String ops(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static String csv(List<Comparison> results) {
        StringBuilder sb = new StringBuilder(
                "test,pipeline,status,ref_rps,redis_rps,ratio,ref_p50_ms,redis_p50_ms,ref_p99_ms,redis_p99_ms,p99_ratio,"
                        + "ref_cpu_us_per_op,redis_cpu_us_per_op,cpu_ratio,rounds\n");
        for (Comparison c : results) {
            sb.append(String.format(Locale.ROOT, "%s,%d,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%d%n", label(c),
                    c.pipeline, c.status.name().toLowerCase(Locale.ROOT), num(c.referenceRps()), num(c.redisRps()),
                    num(c.throughputRatio()), num(c.referenceP50()), num(c.redisP50()), num(c.referenceP99()),
                    num(c.redisP99()), num(c.p99Ratio()), num(c.referenceCpu()), num(c.redisCpu()),
                    num(c.cpuRatio()), Math.min(c.reference.size(), c.redis.size())));
        }
        return sb.toString();
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v);
    }

    static String json(List<Comparison> results, Properties meta) {
        StringBuilder sb = new StringBuilder("{\n  \"meta\": {");
        List<String> names = new ArrayList<>(meta.stringPropertyNames());
        names.sort(null);
        for (int i = 0; i < names.size(); i++) {
            sb.append(i == 0 ? "\n" : ",\n").append("    ").append(quote(names.get(i))).append(": ")
                    .append(quote(meta.getProperty(names.get(i))));
        }
        sb.append("\n  },\n  \"results\": [");
        for (int i = 0; i < results.size(); i++) {
            Comparison c = results.get(i);
            sb.append(i == 0 ? "\n" : ",\n").append(String.format(Locale.ROOT,
                    "    {\"test\": %s, \"pipeline\": %d, \"status\": %s, \"reference\": {\"rps\": %s, \"p50_ms\": %s, "
                            + "\"p99_ms\": %s, \"cpu_us_per_op\": %s}, \"redis\": {\"rps\": %s, \"p50_ms\": %s, "
                            + "\"p99_ms\": %s, \"cpu_us_per_op\": %s}, \"throughput_ratio\": %s, \"p99_ratio\": %s, "
                            + "\"cpu_ratio\": %s, \"meets_aims\": %s}",
                    quote(label(c)), c.pipeline, quote(c.status.name().toLowerCase(Locale.ROOT)),
                    jnum(c.referenceRps()), jnum(c.referenceP50()), jnum(c.referenceP99()), jnum(c.referenceCpu()),
                    jnum(c.redisRps()), jnum(c.redisP50()), jnum(c.redisP99()), jnum(c.redisCpu()),
                    jnum(c.throughputRatio()), jnum(c.p99Ratio()), jnum(c.cpuRatio()), c.meetsAims()));
        }
        return sb.append("\n  ]\n}\n").toString();
    }

    private static String jnum(double v) {
        return Double.isNaN(v) ? "null" : String.format(Locale.ROOT, "%.4f", v);
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
