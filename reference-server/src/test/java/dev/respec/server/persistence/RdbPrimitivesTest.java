package dev.respec.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.respec.server.util.Bytes;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The RDB primitives byte for byte: lengths, integer-encoded and LZF strings (with the thresholds
 * Redis 7.0 uses to choose them), times, doubles, CRC64; and the reader's errors on bad input.
 */
class RdbPrimitivesTest {

    private static String hex(RdbOutput o) {
        return HexFormat.of().formatHex(o.toByteArray());
    }

    private static RdbInput in(String hex) {
        byte[] b = HexFormat.of().parseHex(hex);
        return RdbInput.of(b, 0, b.length);
    }

    @ParameterizedTest
    @CsvSource({"0, 00", "63, 3f", "64, 4040", "16383, 7fff", "16384, 8000004000", "4294967295, 80ffffffff",
        "4294967296, 810000000100000000"})
    void lengthsTakeTheSmallestForm(long len, String expected) throws Exception {
        RdbOutput o = new RdbOutput(true, 16);
        o.writeLen(len);
        assertThat(hex(o)).isEqualTo(expected);
        assertThat(in(expected).readLen()).isEqualTo(len);
    }

    @ParameterizedTest
    @CsvSource({"7, c007", "-128, c080", "128, c18000", "-32768, c10080", "32768, c200800000",
        "2147483647, c2ffffff7f", "-2147483648, c200000080"})
    void canonicalIntegersUpTo32BitsAreIntegerEncoded(String value, String expected) throws Exception {
        RdbOutput o = new RdbOutput(true, 16);
        o.writeString(Bytes.latin1(value));
        assertThat(hex(o)).isEqualTo(expected);
        assertThat(Bytes.str(in(expected).readString())).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483648", "00012", "+5", "-0", "1 ", "12345678901"})
    void otherNumbersAreWrittenAsText(String value) {
        RdbOutput o = new RdbOutput(true, 16);
        o.writeString(Bytes.latin1(value));
        assertThat(o.toByteArray()[0]).isEqualTo((byte) value.length());
    }

    @Test
    void stringsOver20BytesAreCompressedOnlyWhenThatSavesFourBytes() throws Exception {
        RdbOutput o = new RdbOutput(true, 16);
        o.writeString(Bytes.latin1("x".repeat(20)));
        assertThat(o.toByteArray()[0]).isEqualTo((byte) 20); // 20 bytes: never tried
        o = new RdbOutput(true, 16);
        o.writeString(Bytes.latin1("x".repeat(21)));
        assertThat(hex(o)).isEqualTo("c306150178" + "78e00a00"); // as Redis 7.0.15 wrote s:lzf21
        assertThat(Bytes.str(in(hex(o)).readString())).isEqualTo("x".repeat(21));
        o = new RdbOutput(true, 16);
        o.writeString(Bytes.latin1("0123456789abcdefghijKLMNOPQRSTuvwxyz"));
        assertThat(o.toByteArray()[0]).isEqualTo((byte) 36); // incompressible: verbatim
        o = new RdbOutput(false, 16);
        o.writeString(Bytes.latin1("x".repeat(21)));
        assertThat(o.toByteArray()[0]).isEqualTo((byte) 21); // rdbcompression no
    }

    @Test
    void timesAndBinaryDoublesAreLittleEndian() throws Exception {
        RdbOutput o = new RdbOutput(true, 16);
        o.writeMillis(4102444800000L);
        o.writeBinaryDouble(1.5);
        assertThat(hex(o)).isEqualTo("00d8c32cbb030000" + "000000000000f83f");
        RdbInput i = in(hex(o));
        assertThat(i.readMillis()).isEqualTo(4102444800000L);
        assertThat(i.readBinaryDouble()).isEqualTo(1.5);
    }

    @Test
    void oldStyleDoublesReadTextAndTheThreeSpecialLengths() throws Exception {
        RdbInput i = in("03312e35" + "fd" + "fe" + "ff" + "0631653330307a");
        assertThat(i.readOldDouble()).isEqualTo(1.5);
        assertThat(i.readOldDouble()).isNaN();
        assertThat(i.readOldDouble()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(i.readOldDouble()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(i.readOldDouble()).isEqualTo(1e300); // "1e300z": the leading number, as %lg
    }

    @Test
    void crc64IsRedisJones() {
        assertThat(Crc64.of(Bytes.latin1("123456789"))).isEqualTo(0xe9c6d914c4b8d9caL);
        byte[] big = new byte[1000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31);
        }
        long oneGo = Crc64.of(big);
        long split = Crc64.update(Crc64.update(0, big, 0, 333), big, 333, 667);
        assertThat(split).isEqualTo(oneGo);
    }

    @Test
    void aLengthPastTheEndIsAShortReadNotAnAllocation() {
        assertThatThrownBy(() -> in("80ffffff7f").readString()).isInstanceOfSatisfying(RdbException.class,
                e -> assertThat(e).hasMessage("Unexpected EOF reading RDB file").matches(x -> !x.isCorruption()));
    }

    @Test
    void badLzfDataIsCorruption() {
        assertThatThrownBy(() -> in("c3030a01ffff").readString()).isInstanceOf(RdbException.class)
                .hasMessage("Invalid LZF compressed string");
    }

    @Test
    void anUnknownLengthEncodingIsCorruption() {
        assertThatThrownBy(() -> in("85").readLen()).isInstanceOf(RdbException.class)
                .hasMessage("Unknown length encoding 2 in rdbLoadLen()");
    }
}
