package dev.respec.server.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.util.Bytes;
import dev.respec.server.util.LongDouble;
import org.junit.jupiter.api.Test;

class StringTypeTest {
    private static String slice(String s, long start, long end) {
        long[] r = StringType.range(start, end, s.length());
        return r == null ? "" : s.substring((int) r[0], (int) r[1] + 1);
    }

    @Test
    void rangeCountsNegativeIndexesFromTheEnd() {
        assertThat(slice("hello", 0, -1)).isEqualTo("hello");
        assertThat(slice("hello", -3, -2)).isEqualTo("ll");
        assertThat(slice("hello", 1, 3)).isEqualTo("ell");
    }

    @Test
    void rangeClampsBothEnds() {
        assertThat(slice("hello", -100, -1)).isEqualTo("hello");
        assertThat(slice("hello", 4, 100)).isEqualTo("o");
        assertThat(slice("hello", Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo("hello");
        // Redis 7.0 clamps a too negative end to 0, so the first byte remains
        assertThat(slice("hello", 0, -100)).isEqualTo("h");
        assertThat(slice("hello", Long.MIN_VALUE, Long.MIN_VALUE)).isEqualTo("h");
    }

    @Test
    void rangeIsEmptyWhenReversedPastTheEndOrOnAnEmptyString() {
        assertThat(StringType.range(-1, -5, 5)).isNull();
        assertThat(StringType.range(3, 1, 5)).isNull();
        assertThat(StringType.range(5, 10, 5)).isNull();
        assertThat(StringType.range(0, -1, 0)).isNull();
        assertThat(StringType.range(-1, 0, 0)).isNull();
    }

    @Test
    void createEncodedFollowsTryObjectEncoding() {
        assertThat(StringType.createEncoded(Bytes.latin1("12345")).encodingName()).isEqualTo("int");
        assertThat(StringType.createEncoded(Bytes.latin1("-9223372036854775808")).encodingName()).isEqualTo("int");
        assertThat(StringType.createEncoded(Bytes.latin1("9223372036854775808")).encodingName()).isEqualTo("embstr");
        assertThat(StringType.createEncoded(Bytes.latin1("012")).encodingName()).isEqualTo("embstr");
        assertThat(StringType.createEncoded(new byte[44]).encodingName()).isEqualTo("embstr");
        assertThat(StringType.createEncoded(new byte[45]).encodingName()).isEqualTo("raw");
    }

    @Test
    void appendAndSetRangeProduceRawCopies() {
        RedisObject o = StringType.createEncoded(Bytes.latin1("123"));
        RedisObject appended = StringType.append(o, Bytes.EMPTY);
        assertThat(appended.encodingName()).isEqualTo("raw");
        assertThat(Bytes.str(StringType.bytes(appended))).isEqualTo("123");
        assertThat(Bytes.str(StringType.bytes(o))).isEqualTo("123");

        RedisObject padded = StringType.setRange(StringType.create(Bytes.latin1("hello")), 7, Bytes.latin1("Z"));
        assertThat(padded.encodingName()).isEqualTo("raw");
        assertThat(StringType.bytes(padded)).containsExactly('h', 'e', 'l', 'l', 'o', 0, 0, 'Z');

        RedisObject fresh = StringType.setRange(null, 2, Bytes.latin1("ab"));
        assertThat(StringType.bytes(fresh)).containsExactly(0, 0, 'a', 'b');
    }

    @Test
    void incrbyfloatResultsAreNeverIntEncoded() {
        RedisObject three = StringType.fromLongDouble(LongDouble.parse(Bytes.latin1("3")).value());
        assertThat(Bytes.str(StringType.bytes(three))).isEqualTo("3");
        assertThat(three.encodingName()).isEqualTo("embstr");
        RedisObject big = StringType.fromLongDouble(LongDouble.parse(Bytes.latin1("1e50")).value());
        assertThat(big.encodingName()).isEqualTo("raw");
    }

    private static String str(RedisObject o) {
        return Bytes.str(StringType.bytes(o));
    }

    @Test
    void appendedValuesNeverChangeWhatOlderValuesShow() {
        RedisObject v1 = StringType.create(Bytes.latin1("ab"));
        RedisObject v2 = StringType.append(v1, Bytes.latin1("cd"));
        RedisObject v3 = StringType.append(v2, Bytes.latin1("ef"));
        // v2 no longer ends the buffer's written part: appending to it again must not touch v3's bytes
        RedisObject branch = StringType.append(v2, Bytes.latin1("XY"));
        assertThat(str(v1)).isEqualTo("ab");
        assertThat(str(v2)).isEqualTo("abcd");
        assertThat(str(v3)).isEqualTo("abcdef");
        assertThat(str(branch)).isEqualTo("abcdXY");
        assertThat(StringType.length(v3)).isEqualTo(6);
        assertThat(StringType.buffer(v3).length).isGreaterThanOrEqualTo(6);
    }

    @Test
    void setRangeOfAnAppendedValueReadsOnlyItsOwnBytes() {
        RedisObject v2 = StringType.append(StringType.create(Bytes.latin1("ab")), Bytes.latin1("cd"));
        StringType.append(v2, Bytes.latin1("efgh"));
        RedisObject padded = StringType.setRange(v2, 6, Bytes.latin1("Z"));
        assertThat(StringType.bytes(padded)).containsExactly('a', 'b', 'c', 'd', 0, 0, 'Z');
    }

    @Test
    void manySmallAppendsDoNotCopyTheWholeStringEachTime() {
        RedisObject o = StringType.create(Bytes.EMPTY);
        byte[] chunk = Bytes.latin1("0123456789");
        int copies = 0;
        byte[] lastBuffer = null;
        for (int i = 0; i < 200_000; i++) {
            o = StringType.append(o, chunk);
            if (StringType.buffer(o) != lastBuffer) {
                copies++;
                lastBuffer = StringType.buffer(o);
            }
        }
        assertThat(StringType.length(o)).isEqualTo(2_000_000);
        assertThat(copies).isLessThan(40);
        assertThat(Bytes.str(StringType.bytes(o), 1_999_990, 10)).isEqualTo("0123456789");
    }
}
