package dev.respec.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the {@code --csv} output of redis-benchmark 7.x:
 * <pre>
 * "test","rps","avg_latency_ms","min_latency_ms","p50_latency_ms","p95_latency_ms","p99_latency_ms","max_latency_ms"
 * "SET","88809.95","0.299","0.088","0.287","0.375","0.527","10.399"
 * </pre>
 * Columns are found by their header names, so an older or newer column order still parses. Lines
 * that are not CSV rows (warnings redis-benchmark prints, blank lines) are ignored. Test names keep
 * redis-benchmark's spelling ("LRANGE_100 (first 100 elements)"); {@link Row#matches} compares the
 * first word only, which is how a helper "LPUSH (needed to benchmark LRANGE)" row is told apart.
 */
public final class RedisBenchmarkCsv {
    /** One test's result line; latencies in milliseconds, as redis-benchmark prints them. */
    public record Row(String test, double rps, double avgMs, double p50Ms, double p99Ms, double maxMs) {
        /** True when this row is the given redis-benchmark test (-t name), e.g. "lrange_100". */
        public boolean matches(String testName) {
            String first = test.split(" ", 2)[0];
            return first.equalsIgnoreCase(testName);
        }
    }

    private RedisBenchmarkCsv() {
    }

    public static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        int[] cols = null;
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (!line.startsWith("\"")) {
                continue;
            }
            List<String> f = fields(line);
            if (cols == null) {
                if (!f.get(0).equals("test")) {
                    throw new IllegalArgumentException("redis-benchmark CSV must start with its header, got: " + line);
                }
                cols = new int[] {index(f, "rps"), index(f, "avg_latency_ms"), index(f, "p50_latency_ms"),
                        index(f, "p99_latency_ms"), index(f, "max_latency_ms")};
                continue;
            }
            rows.add(new Row(f.get(0), number(f, cols[0]), number(f, cols[1]), number(f, cols[2]),
                    number(f, cols[3]), number(f, cols[4])));
        }
        return rows;
    }

    /** The row of a given test (-t name), or null when the output has none. */
    public static Row find(List<Row> rows, String testName) {
        for (Row r : rows) {
            if (r.matches(testName)) {
                return r;
            }
        }
        return null;
    }

    private static int index(List<String> header, String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("redis-benchmark CSV header lacks " + name + ": " + header);
        }
        return i;
    }

    private static double number(List<String> f, int i) {
        if (i >= f.size()) {
            throw new IllegalArgumentException("short redis-benchmark CSV row: " + f);
        }
        return Double.parseDouble(f.get(i).trim().toLowerCase(Locale.ROOT));
    }

    /** Splits one CSV line; fields may be quoted, with "" standing for a quote inside. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
