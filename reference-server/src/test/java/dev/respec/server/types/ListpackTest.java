package dev.respec.server.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.respec.server.util.Bytes;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ListpackTest {
    private static byte[] b(String s) {
        return Bytes.of(s);
    }

    private static List<String> contents(Listpack lp) {
        List<String> out = new ArrayList<>();
        for (int p = lp.first(); p >= 0; p = lp.next(p)) {
            out.add(Bytes.str(lp.getBytes(p)));
        }
        return out;
    }

    @Test
    void layoutMatchesRedisForSmallValues() {
        // real Redis 7.0.15: HSET h a 1 x -1; DUMP h => 10 12 <this listpack image> 0a00 <crc>
        Listpack lp = new Listpack();
        for (String s : new String[] {"a", "1", "x", "-1"}) {
            lp.append(b(s));
        }
        assertThat(HexFormat.of().formatHex(lp.toBytes())).isEqualTo("1200000004008161020101817802dfff02ff");
    }

    @Test
    void integersUseTheSmallestEncodingAndRoundTrip() {
        long[] values = {0, 127, 128, -1, -4096, 4095, 4096, -4097, 32767, -32768, 32768, 8388607, -8388608,
            8388608, 2147483647L, -2147483648L, 2147483648L, Long.MAX_VALUE, Long.MIN_VALUE};
        int[] sizes = {2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 6, 6, 6, 10, 10, 10};
        for (int i = 0; i < values.length; i++) {
            Listpack lp = new Listpack();
            lp.append(Bytes.fromLong(values[i]));
            assertThat(lp.bytesUsed() - 7).as("entry size of %d", values[i]).isEqualTo(sizes[i]);
            assertThat(lp.isInt(lp.first())).isTrue();
            assertThat(lp.getLong(lp.first())).isEqualTo(values[i]);
        }
    }

    @Test
    void nonCanonicalNumbersStayStrings() {
        Listpack lp = new Listpack();
        lp.append(b("007"));
        lp.append(b("+1"));
        lp.append(b("-0"));
        lp.append(b("1.5"));
        for (int p = lp.first(); p >= 0; p = lp.next(p)) {
            assertThat(lp.isInt(p)).isFalse();
        }
        assertThat(contents(lp)).containsExactly("007", "+1", "-0", "1.5");
    }

    @Test
    void longStringsUseTwelveAndThirtyTwoBitLengths() {
        Listpack lp = new Listpack();
        String s63 = "x".repeat(63);
        String s64 = "y".repeat(64);
        String s5000 = "z".repeat(5000);
        lp.append(b(s63));
        lp.append(b(s64));
        lp.append(b(s5000));
        assertThat(contents(lp)).containsExactly(s63, s64, s5000);
        List<String> backwards = new ArrayList<>();
        for (int p = lp.last(); p >= 0; p = lp.prev(p)) {
            backwards.add(Bytes.str(lp.getBytes(p)));
        }
        assertThat(backwards).containsExactly(s5000, s64, s63);
        assertThat(Listpack.validate(lp.toBytes())).isTrue();
    }

    @Test
    void randomEditsMatchAReferenceList() {
        Random rnd = new Random(42);
        Listpack lp = new Listpack();
        List<String> ref = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            int op = rnd.nextInt(5);
            String v = rnd.nextBoolean() ? Long.toString(rnd.nextLong() >> rnd.nextInt(64))
                    : "s".repeat(rnd.nextInt(300));
            if (op == 0 || ref.isEmpty()) {
                lp.append(b(v));
                ref.add(v);
            } else if (op == 1) {
                lp.prepend(b(v));
                ref.add(0, v);
            } else if (op == 2) {
                int idx = rnd.nextInt(ref.size());
                lp.delete(lp.seek(idx));
                ref.remove(idx);
            } else if (op == 3) {
                int idx = rnd.nextInt(ref.size());
                lp.replace(lp.seek(idx), b(v));
                ref.set(idx, v);
            } else {
                int idx = rnd.nextInt(ref.size());
                lp.insertAfter(lp.seek(idx), b(v));
                ref.add(idx + 1, v);
            }
            assertThat(lp.size()).isEqualTo(ref.size());
        }
        assertThat(contents(lp)).isEqualTo(ref);
        assertThat(Listpack.validate(lp.toBytes())).isTrue();
        assertThat(contents(Listpack.fromBytes(lp.toBytes()))).isEqualTo(ref);
    }

    @Test
    void findSkipsValuesOfFieldValuePairs() {
        Listpack lp = new Listpack();
        for (String s : new String[] {"f1", "v1", "v1", "f2", "100", "v3"}) {
            lp.append(b(s));
        }
        assertThat(lp.find(lp.first(), b("v1"), 1)).isEqualTo(lp.seek(2));
        assertThat(lp.find(lp.first(), b("100"), 1)).isEqualTo(lp.seek(4));
        assertThat(lp.find(lp.first(), b("v3"), 1)).isEqualTo(-1);
    }

    @Test
    void deleteRangeAndValidationRejectCorruption() {
        Listpack lp = new Listpack();
        for (int i = 0; i < 10; i++) {
            lp.append(b("e" + i));
        }
        lp.deleteRange(2, 5);
        assertThat(contents(lp)).containsExactly("e0", "e1", "e7", "e8", "e9");
        lp.deleteRange(-2, 10);
        assertThat(contents(lp)).containsExactly("e0", "e1", "e7");
        byte[] img = lp.toBytes();
        assertThat(Listpack.validate(img)).isTrue();
        img[HEADER_OFFSET_OF_FIRST_BACKLEN] = 9;
        assertThat(Listpack.validate(img)).isFalse();
    }

    private static final int HEADER_OFFSET_OF_FIRST_BACKLEN = Listpack.HEADER_SIZE + 3;
}
