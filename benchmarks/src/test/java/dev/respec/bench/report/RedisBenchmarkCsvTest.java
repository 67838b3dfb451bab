package dev.respec.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedisBenchmarkCsvTest {
    /** Captured from redis-benchmark 7.0.15 (-t set,lrange_100,mset --csv), warning line included. */
    private static final String OUTPUT = """
            WARNING: Could not fetch server CONFIG
            "test","rps","avg_latency_ms","min_latency_ms","p50_latency_ms","p95_latency_ms","p99_latency_ms","max_latency_ms"
            "SET","392156.88","1.411","0.216","1.135","2.583","6.303","6.487"
            "LPUSH (needed to benchmark LRANGE)","526315.81","1.065","0.304","0.927","2.551","3.079","3.207"
            "LRANGE_100 (first 100 elements)","114942.53","5.079","0.720","5.063","8.863","9.631","11.567"
            "MSET (10 keys)","119760.48","6.503","0.576","5.983","13.247","14.631","14.887"
            """;

    @Test
    void parsesEveryRowWithItsColumnsByName() {
        List<RedisBenchmarkCsv.Row> rows = RedisBenchmarkCsv.parse(OUTPUT);
        assertThat(rows).hasSize(4);
        RedisBenchmarkCsv.Row set = rows.get(0);
        assertThat(set.test()).isEqualTo("SET");
        assertThat(set.rps()).isEqualTo(392156.88);
        assertThat(set.avgMs()).isEqualTo(1.411);
        assertThat(set.p50Ms()).isEqualTo(1.135);
        assertThat(set.p99Ms()).isEqualTo(6.303);
        assertThat(set.maxMs()).isEqualTo(6.487);
    }

    @Test
    void findsATestByItsFirstWordAndSkipsHelperRows() {
        List<RedisBenchmarkCsv.Row> rows = RedisBenchmarkCsv.parse(OUTPUT);
        assertThat(RedisBenchmarkCsv.find(rows, "lrange_100").rps()).isEqualTo(114942.53);
        assertThat(RedisBenchmarkCsv.find(rows, "mset").test()).isEqualTo("MSET (10 keys)");
        assertThat(RedisBenchmarkCsv.find(rows, "lpush").test()).isEqualTo("LPUSH (needed to benchmark LRANGE)");
        assertThat(RedisBenchmarkCsv.find(rows, "get")).isNull();
    }

    @Test
    void findsColumnsWhateverTheirOrder() {
        String reordered = """
                "test","p99_latency_ms","rps","max_latency_ms","p50_latency_ms","avg_latency_ms"
                "GET","0.5","1000.5","2.0","0.25","0.3"
                """;
        RedisBenchmarkCsv.Row get = RedisBenchmarkCsv.parse(reordered).get(0);
        assertThat(get.rps()).isEqualTo(1000.5);
        assertThat(get.p50Ms()).isEqualTo(0.25);
        assertThat(get.p99Ms()).isEqualTo(0.5);
    }

    @Test
    void quotedFieldsMayHoldCommasAndQuotes() {
        assertThat(RedisBenchmarkCsv.fields("\"a,b\",\"say \"\"hi\"\"\",3"))
                .containsExactly("a,b", "say \"hi\"", "3");
    }

    @Test
    void noOutputIsNoRows() {
        assertThat(RedisBenchmarkCsv.parse("")).isEmpty();
        assertThat(RedisBenchmarkCsv.parse("Could not connect to Redis at 127.0.0.1:1: Connection refused\n")).isEmpty();
    }

    @Test
    void aMissingColumnIsReported() {
        assertThatThrownBy(() -> RedisBenchmarkCsv.parse("\"test\",\"rps\"\n\"SET\",\"1\"\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("avg_latency_ms");
    }
}
