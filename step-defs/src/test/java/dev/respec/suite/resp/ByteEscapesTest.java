package dev.respec.suite.resp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ByteEscapesTest {

    @Test
    void unescapesByteLiterals() {
        assertThat(ByteEscapes.unescape("*1\\r\\n$4\\r\\nPING\\r\\n")).asString().isEqualTo("*1\r\n$4\r\nPING\r\n");
        assertThat(ByteEscapes.unescape("\\x00\\xFF\\t\\\\\\\"")).containsExactly(0, 0xff, '\t', '\\', '"');
        assertThat(ByteEscapes.unescape("é")).containsExactly(0xc3, 0xa9);
    }

    @Test
    void rejectsTypos() {
        assertThatThrownBy(() -> ByteEscapes.unescape("\\q")).hasMessageContaining("unknown escape");
        assertThatThrownBy(() -> ByteEscapes.unescape("\\x4")).hasMessageContaining("two hex digits");
    }

    @Test
    void reprRoundTripsThroughTheNotation() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) all[i] = (byte) i;
        Reply r = ReplyNotation.parseOneLine(ByteEscapes.repr(all));
        assertThat(((Reply.BulkString) r).bytes()).isEqualTo(all);
    }
}
