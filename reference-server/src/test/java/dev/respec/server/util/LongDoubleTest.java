package dev.respec.server.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Replays INCRBYFLOAT results captured from real Redis 7.0.15 (ci/tools/capture-incrbyfloat.py):
 * parsing (string2ld), x87 long double addition and "%.17Lf" human formatting must all agree with
 * Redis byte for byte, errors included.
 */
class LongDoubleTest {
    private static final String NOT_FLOAT = "ERR value is not a valid float";
    private static final String NAN_OR_INF = "ERR increment would produce NaN or Infinity";

    private record Row(String stored, String incr, String reply) {
    }

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = LongDoubleTest.class.getResourceAsStream("/incrbyfloat-redis-7.0.15.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#")) {
                    String[] f = line.split("\t", -1);
                    rows.add(new Row(f[0], f[1], f[2]));
                }
            }
        }
        return rows;
    }

    /** What INCRBYFLOAT replies for a stored value and an increment. */
    private static String incrbyfloat(String stored, String incr) {
        LongDouble.Parsed value = LongDouble.parse(Bytes.latin1(stored));
        LongDouble.Parsed by = LongDouble.parse(Bytes.latin1(incr));
        if (!value.valid() || !by.valid()) {
            return NOT_FLOAT;
        }
        if (!value.isFinite() || !by.isFinite()) {
            return NAN_OR_INF;
        }
        BigDecimal sum = LongDouble.add(value.value(), by.value());
        return sum == null ? NAN_OR_INF : Bytes.str(LongDouble.formatHuman(sum));
    }

    @Test
    void everyCapturedIncrbyfloatMatchesRedis() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThan(400);
        for (Row row : rows) {
            assertThat(incrbyfloat(row.stored(), row.incr()))
                    .as("SET k %s; INCRBYFLOAT k %s", row.stored(), row.incr())
                    .isEqualTo(row.reply());
        }
    }

    @Test
    void theTableCoversErrorsAndHexAndHugeResults() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).anyMatch(r -> r.reply().equals(NOT_FLOAT));
        assertThat(rows).anyMatch(r -> r.reply().equals(NAN_OR_INF));
        assertThat(rows).anyMatch(r -> r.incr().startsWith("0x") && !r.reply().startsWith("ERR"));
        assertThat(rows).anyMatch(r -> r.reply().length() > 4000);
    }

    @Test
    void aNulByteEndsNoNumber() {
        assertThat(LongDouble.parse(new byte[] {'1', 0, 'a'}).valid()).isFalse();
    }

    @Test
    void negativeZeroPrintsAsZero() {
        BigDecimal negZero = LongDouble.parse(Bytes.latin1("-0.0")).value();
        assertThat(Bytes.str(LongDouble.formatHuman(negZero))).isEqualTo("0");
    }
}
