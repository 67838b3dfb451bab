package dev.respec.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReplyWriterTest {
    /** The reply layer with no socket: what it queued, as text. */
    private static final class Sink extends ReplyWriter {
        String drain() {
            String s = new String(obuf, osent, olen - osent, StandardCharsets.ISO_8859_1);
            olen = 0;
            osent = 0;
            return s;
        }
    }

    @Test
    void integersPrintEveryDigitCount() {
        Sink w = new Sink();
        long[] values = {0, 1, 7, 9, 10, 42, 99, 100, 101, 999, 1000, 12345, 100000, 9999999999L,
                1000000000000000000L, Long.MAX_VALUE, -1, -10, -99, -100, -12345, Long.MIN_VALUE + 1, Long.MIN_VALUE};
        for (long v : values) {
            w.addReplyLongLong(v);
            assertThat(w.drain()).isEqualTo(":" + v + "\r\n");
        }
        for (long v = -1000; v <= 1000; v++) {
            w.addReplyLongLong(v);
            assertThat(w.drain()).isEqualTo(":" + v + "\r\n");
        }
    }

    @Test
    void bulkStrings() {
        Sink w = new Sink();
        w.addReplyBulk("xxx".getBytes(StandardCharsets.ISO_8859_1));
        w.addReplyBulk(new byte[0]);
        w.addReplyBulk("abcdef".getBytes(StandardCharsets.ISO_8859_1), 2, 3);
        assertThat(w.drain()).isEqualTo("$3\r\nxxx\r\n$0\r\n\r\n$3\r\ncde\r\n");
    }

    @Test
    void bulkLargerThanTheBufferGrowsIt() {
        Sink w = new Sink();
        byte[] big = "y".repeat(100_000).getBytes(StandardCharsets.ISO_8859_1);
        w.addReplyArrayLen(2);
        w.addReplyBulk(big);
        w.addReplyBulkLongLong(-42);
        assertThat(w.drain()).isEqualTo("*2\r\n$100000\r\n" + "y".repeat(100_000) + "\r\n$3\r\n-42\r\n");
    }

    @Test
    void attributesPrecedeTheirReplyInResp3Only() {
        Sink w = new Sink();
        w.setResp(3);
        w.addReplyAttributeLen(1);
        w.addReplyBulkCString("k");
        w.addReplyLongLong(90);
        w.addReplyBulkCString("reply");
        assertThat(w.drain()).isEqualTo("|1\r\n$1\r\nk\r\n:90\r\n$5\r\nreply\r\n");
        w.setResp(2);
        assertThatThrownBy(() -> w.addReplyAttributeLen(1)).isInstanceOf(IllegalStateException.class);
        assertThat(w.drain()).isEmpty();
    }
}
