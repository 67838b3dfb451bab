package dev.respec.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {
    private static final String HEADER =
            "\"test\",\"rps\",\"avg_latency_ms\",\"min_latency_ms\",\"p50_latency_ms\",\"p95_latency_ms\",\"p99_latency_ms\",\"max_latency_ms\"\n";

    private static String csv(String test, double rps, double p99) {
        return HEADER + String.format(java.util.Locale.ROOT, "\"%s\",\"%.2f\",\"0.3\",\"0.1\",\"0.3\",\"0.4\",\"%.3f\",\"1.0\"%n",
                test, rps, p99);
    }

    @Test
    void collectsRoundsPerServerAndMarksUnsupportedAndFailedTests(@TempDir Path dir) throws Exception {
        Path raw = Files.createDirectories(dir.resolve("raw"));
        Files.writeString(raw.resolve("r1-reference-set-p1.csv"), csv("SET", 90, 0.6));
        Files.writeString(raw.resolve("r1-redis-set-p1.csv"), csv("SET", 100, 0.5));
        Files.writeString(raw.resolve("r1-reference-set-p1.cpu"), "180 200000 100\n");
        Files.writeString(raw.resolve("r1-redis-set-p1.cpu"), "160 200000 100\n");
        Files.writeString(raw.resolve("r2-reference-set-p1.csv"), csv("SET", 95, 0.6));
        Files.writeString(raw.resolve("r2-redis-set-p1.csv"), csv("SET", 100, 0.5));
        Files.writeString(raw.resolve("r1-redis-get-p1.csv"), csv("GET", 100, 0.5));
        Files.writeString(raw.resolve("r1-reference-get-p1.csv"), "Error: Connection reset by peer\n");
        Files.writeString(dir.resolve("unsupported"), "lpush\n");
        Properties meta = new Properties();
        meta.setProperty("tests", "set,get,lpush");
        meta.setProperty("pipelines", "1");

        List<Comparison> results = BenchReport.load(dir, meta);

        assertThat(results).extracting(c -> c.test).containsExactly("set", "get", "lpush");
        Comparison set = results.get(0);
        assertThat(set.status).isEqualTo(Comparison.Status.OK);
        assertThat(set.reference).hasSize(2);
        assertThat(set.throughputRatio()).isEqualTo(0.925);
        assertThat(set.referenceCpu()).isEqualTo(9.0);
        assertThat(set.cpuRatio()).isEqualTo(1.125);
        assertThat(results.get(1).status).isEqualTo(Comparison.Status.FAILED);
        assertThat(results.get(2).status).isEqualTo(Comparison.Status.UNSUPPORTED);

        String table = BenchReport.table(results);
        assertThat(table).contains("0.93x").contains("unsupported by the reference server").contains("failed");
        assertThat(BenchReport.json(results, meta)).contains("\"status\": \"unsupported\"")
                .contains("\"throughput_ratio\": 0.9250");
    }

    @Test
    void jsonStringsAreEscaped() {
        assertThat(BenchReport.quote("a\"b\\c\n")).isEqualTo("\"a\\\"b\\\\c\\n\"");
    }
}
