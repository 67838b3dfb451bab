package dev.respec.server.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.respec.server.util.Bytes;
import dev.respec.server.util.NumberFormat;
import org.junit.jupiter.api.Test;

/**
 * Range parsing as Redis 7.0.15 does it (every case below was seen with ZCOUNT / ZLEXCOUNT on real
 * Redis), and the score formatting replies use.
 */
class ZRangeTest {
    private static ZRange.Score score(String min, String max) {
        return ZRange.parseScore(Bytes.latin1(min), Bytes.latin1(max));
    }

    private static ZRange.Lex lex(String min, String max) {
        return ZRange.parseLex(Bytes.latin1(min), Bytes.latin1(max));
    }

    @Test
    void scoreBoundsAreStrtodNumbers() {
        assertThat(score("(1", "(3")).isEqualTo(new ZRange.Score(1, 3, true, true));
        assertThat(score(" 1", "2").min()).isEqualTo(1);
        assertThat(score("\t1", "2").min()).isEqualTo(1);
        assertThat(score("-inf", "+inf")).isEqualTo(new ZRange.Score(Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, false, false));
        assertThat(score("-INF", "Infinity").max()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(score("1e400", "-1e400")).isEqualTo(new ZRange.Score(Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, false, false));
        assertThat(score("0x1p1", "0x10").max()).isEqualTo(16);
        assertThat(score("1.", ".5")).isEqualTo(new ZRange.Score(1, 0.5, false, false));
        assertThat(score("(1e-400", "1").min()).isEqualTo(0);
    }

    @Test
    void anEmptyBoundIsZero() {
        assertThat(score("(", "")).isEqualTo(new ZRange.Score(0, 0, true, false));
    }

    @Test
    void aBoundEndsAtItsFirstNulByte() {
        assertThat(score("1\u0000abc", "3").min()).isEqualTo(1);
    }

    @Test
    void nanAndTrailingTextAreRefused() {
        for (String bad : new String[] {"nan", "1 ", "   ", "1e", "1_0", "abc", "0x", "(nan", "--1"}) {
            assertThat(score(bad, "1")).as("'%s'", bad).isNull();
            assertThat(score("1", bad)).as("'%s'", bad).isNull();
        }
    }

    @Test
    void scoreRangesKnowWhenTheyAreEmpty() {
        assertThat(score("2", "1").isEmpty()).isTrue();
        assertThat(score("(1", "1").isEmpty()).isTrue();
        assertThat(score("1", "1").isEmpty()).isFalse();
        ZRange.Score r = score("(1", "2");
        assertThat(r.gteMin(1)).isFalse();
        assertThat(r.lteMax(2)).isTrue();
    }

    @Test
    void lexBoundsNeedAPrefixOrAnInfinity() {
        ZRange.Lex all = lex("-", "+");
        assertThat(all.min()).isSameAs(ZRange.MIN_STRING);
        assertThat(all.max()).isSameAs(ZRange.MAX_STRING);
        assertThat(all.gteMin(Bytes.EMPTY)).isTrue();
        assertThat(lex("[a", "(b").lteMax(Bytes.of("b"))).isFalse();
        assertThat(lex("[a", "(b").gteMin(Bytes.of("a"))).isTrue();
        assertThat(lex("(a", "[b").gteMin(Bytes.of("a"))).isFalse();
        assertThat(lex("[", "[").min()).isEmpty();
        for (String bad : new String[] {"a", "", "+a", "-a", "{a"}) {
            assertThat(lex(bad, "+")).as("'%s'", bad).isNull();
        }
        assertThat(lex("+", "-").isEmpty()).isTrue();
        assertThat(lex("[b", "[a").isEmpty()).isTrue();
        assertThat(lex("(a", "[a").isEmpty()).isTrue();
    }

    @Test
    void scoresAreFormattedAsPercent17g() {
        assertThat(NumberFormat.g17(0.1)).isEqualTo("0.10000000000000001");
        assertThat(NumberFormat.g17(1e17)).isEqualTo("1e+17");
        assertThat(NumberFormat.g17(-0.0)).isEqualTo("-0");
        assertThat(NumberFormat.g17(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        assertThat(NumberFormat.g17(4503599627370497.0)).isEqualTo("4503599627370497");
        assertThat(NumberFormat.g17(2.5)).isEqualTo("2.5");
    }

    @Test
    void strtodInRangeRefusesOverflowAsSortDoes() {
        assertThat(NumberFormat.strtodInRange(Bytes.of("1e400"))).isNaN();
        assertThat(NumberFormat.strtodInRange(Bytes.of(" 12"))).isEqualTo(12);
        assertThat(NumberFormat.strtodInRange(Bytes.EMPTY)).isEqualTo(0);
        assertThat(NumberFormat.strtodInRange(Bytes.of("inf"))).isInfinite();
    }
}
