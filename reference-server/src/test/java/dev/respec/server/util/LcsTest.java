package dev.respec.server.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LcsTest {
    private static List<String> ranges(Lcs lcs) {
        List<String> out = new ArrayList<>();
        lcs.ranges((a1, a2, b1, b2) -> out.add(a1 + "-" + a2 + "/" + b1 + "-" + b2));
        return out;
    }

    private static Lcs of(String a, String b) {
        return Lcs.of(Bytes.latin1(a), Bytes.latin1(b));
    }

    @Test
    void theRedisDocumentationExample() {
        Lcs lcs = of("ohmytext", "mynewtext");
        assertThat(Bytes.str(lcs.sequence())).isEqualTo("mytext");
        assertThat(lcs.length()).isEqualTo(6);
        assertThat(ranges(lcs)).containsExactly("4-7/5-8", "2-3/0-1");
    }

    @Test
    void emptyStringsHaveNoCommonSubsequence() {
        assertThat(of("", "abc").length()).isZero();
        assertThat(of("abc", "").sequence()).isEmpty();
        assertThat(ranges(of("", ""))).isEmpty();
    }

    @Test
    void identicalStringsAreOneRange() {
        assertThat(ranges(of("hello", "hello"))).containsExactly("0-4/0-4");
    }

    @Test
    void onTiesTheWalkShortensTheSecondString() {
        // "aaaa" vs "aa": the walk matches the last two bytes of the first string
        assertThat(ranges(of("aaaa", "aa"))).containsExactly("2-3/0-1");
    }

    @Test
    void interleavedMatchesAreSingleByteRanges() {
        assertThat(ranges(of("abc", "xaxbxc"))).containsExactly("2-2/5-5", "1-1/3-3", "0-0/1-1");
    }

    @Test
    void rangesCoverExactlyTheSubsequence() {
        Random rnd = new Random(42);
        for (int n = 0; n < 500; n++) {
            byte[] a = random(rnd);
            byte[] b = random(rnd);
            Lcs lcs = Lcs.of(a, b);
            byte[] seq = lcs.sequence();
            StringBuilder fromRanges = new StringBuilder();
            int[] total = new int[1];
            lcs.ranges((a1, a2, b1, b2) -> {
                assertThat(a2 - a1).isEqualTo(b2 - b1);
                String part = Bytes.str(a, a1, a2 - a1 + 1);
                assertThat(part).isEqualTo(Bytes.str(b, b1, b2 - b1 + 1));
                fromRanges.insert(0, part);
                total[0] += a2 - a1 + 1;
            });
            assertThat(total[0]).isEqualTo(lcs.length());
            assertThat(fromRanges.toString()).isEqualTo(Bytes.str(seq));
            assertThat(isSubsequence(seq, a)).isTrue();
            assertThat(isSubsequence(seq, b)).isTrue();
        }
    }

    @Test
    void tableBytesIsFourBytesPerCell() {
        assertThat(Lcs.tableBytes(0, 0)).isEqualTo(4);
        assertThat(Lcs.tableBytes(599, 599)).isEqualTo(600L * 600 * 4);
    }

    private static byte[] random(Random rnd) {
        byte[] b = new byte[rnd.nextInt(12)];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) ('a' + rnd.nextInt(3));
        }
        return b;
    }

    private static boolean isSubsequence(byte[] s, byte[] of) {
        int i = 0;
        for (int j = 0; j < of.length && i < s.length; j++) {
            if (of[j] == s[i]) {
                i++;
            }
        }
        return i == s.length;
    }
}
