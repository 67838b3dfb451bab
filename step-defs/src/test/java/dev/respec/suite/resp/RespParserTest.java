package dev.respec.suite.resp;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every RESP2/RESP3 reply type, as Redis 7.0.15 sent it (DEBUG PROTOCOL and ordinary commands), parsed whole
 * and fed in pieces of every size: the parser must say "incomplete" until the last byte and never misread.
 */
class RespParserTest {

    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Parses the bytes whole, then checks that every proper prefix is incomplete. */
    static Reply parseAllWays(String wire) {
        byte[] bytes = b(wire);
        RespParser.Parsed whole = RespParser.parse(bytes, 0, bytes.length);
        assertThat(whole).as("whole reply").isNotNull();
        assertThat(whole.consumed()).isEqualTo(bytes.length);
        for (int n = 0; n < bytes.length; n++) {
            assertThat(RespParser.parse(bytes, 0, n)).as("prefix of %d bytes", n).isNull();
        }
        return whole.reply();
    }

    static String render(String wire) {
        return ReplyRenderer.oneLine(parseAllWays(wire));
    }

    @Test
    void resp2Scalars() {
        assertThat(parseAllWays("+PONG\r\n")).isEqualTo(new Reply.SimpleString("PONG"));
        assertThat(parseAllWays("-ERR syntax error\r\n")).isEqualTo(new Reply.ErrorReply("ERR syntax error"));
        assertThat(parseAllWays(":12345\r\n")).isEqualTo(new Reply.IntegerReply(12345));
        assertThat(parseAllWays(":-1\r\n")).isEqualTo(new Reply.IntegerReply(-1));
        assertThat(render("$11\r\nHello World\r\n")).isEqualTo("\"Hello World\"");
        assertThat(render("$0\r\n\r\n")).isEqualTo("\"\"");
        assertThat(parseAllWays("$-1\r\n")).isInstanceOf(Reply.NullBulk.class);
        assertThat(parseAllWays("*-1\r\n")).isInstanceOf(Reply.NullArray.class);
    }

    @Test
    void bulkStringsAreBinarySafe() {
        Reply r = parseAllWays("$6\r\ncaf\u00c3\u00a9\n\r\n");
        assertThat(((Reply.BulkString) r).bytes()).containsExactly('c', 'a', 'f', 0xc3, 0xa9, '\n');
        assertThat(render("$4\r\na\r\nb\r\n")).isEqualTo("\"a\\r\\nb\"");
    }

    @Test
    void resp3Scalars() {
        assertThat(parseAllWays("_\r\n")).isInstanceOf(Reply.Null.class);
        assertThat(render(",3.141\r\n")).isEqualTo("(double) 3.141");
        assertThat(render(",inf\r\n")).isEqualTo("(double) inf");
        assertThat(render(",-inf\r\n")).isEqualTo("(double) -inf");
        assertThat(render("#t\r\n")).isEqualTo("(true)");
        assertThat(render("#f\r\n")).isEqualTo("(false)");
        assertThat(render("(1234567999999999999999999999999999999\r\n"))
                .isEqualTo("(big number) 1234567999999999999999999999999999999");
        Reply v = parseAllWays("=29\r\ntxt:This is a verbatim\nstring\r\n");
        assertThat(v).isInstanceOf(Reply.VerbatimString.class);
        assertThat(((Reply.VerbatimString) v).format()).isEqualTo("txt");
        assertThat(ReplyRenderer.oneLine(v)).isEqualTo("(verbatim txt) \"This is a verbatim\\nstring\"");
        assertThat(render("!21\r\nSYNTAX invalid syntax\r\n")).isEqualTo("(error) SYNTAX invalid syntax");
    }

    @Test
    void aggregates() {
        assertThat(render("*3\r\n:0\r\n:1\r\n:2\r\n")).isEqualTo("[(integer) 0, (integer) 1, (integer) 2]");
        assertThat(render("*0\r\n")).isEqualTo("(empty array)");
        assertThat(render("~3\r\n:0\r\n:1\r\n:2\r\n")).isEqualTo("{(integer) 0, (integer) 1, (integer) 2}");
        assertThat(render("%3\r\n:0\r\n#f\r\n:1\r\n#t\r\n:2\r\n#f\r\n"))
                .isEqualTo("{(integer) 0 => (false), (integer) 1 => (true), (integer) 2 => (false)}");
        assertThat(render("%0\r\n")).isEqualTo("(empty map)");
        assertThat(render("~0\r\n")).isEqualTo("(empty set)");
        assertThat(render(">2\r\n$16\r\nserver-cpu-usage\r\n:42\r\n")).isEqualTo(">[\"server-cpu-usage\", (integer) 42]");
    }

    @Test
    void nestedAggregatesWithNulls() {
        String xrange = "*2\r\n*2\r\n$3\r\n1-0\r\n*4\r\n$1\r\nf\r\n$1\r\nv\r\n$1\r\na\r\n$1\r\nb\r\n"
                + "*2\r\n$3\r\n2-0\r\n*-1\r\n";
        assertThat(render(xrange)).isEqualTo("[[\"1-0\", [\"f\", \"v\", \"a\", \"b\"]], [\"2-0\", (nil array)]]");
        assertThat(render("*3\r\n$-1\r\n_\r\n-ERR x\r\n")).isEqualTo("[(nil), (null), (error) ERR x]");
    }

    @Test
    void attributesStayAttachedToTheirReply() {
        Reply r = parseAllWays("|1\r\n$14\r\nkey-popularity\r\n*2\r\n$7\r\nkey:123\r\n:90\r\n"
                + "$39\r\nSome real reply following the attribute\r\n");
        assertThat(r).isInstanceOf(Reply.AttributedReply.class);
        assertThat(ReplyRenderer.oneLine(r)).isEqualTo(
                "|{\"key-popularity\" => [\"key:123\", (integer) 90]} \"Some real reply following the attribute\"");
    }

    @Test
    void consumesOneReplyAndLeavesThePipelinedRest() {
        byte[] two = b("+OK\r\n:1\r\n");
        RespParser.Parsed first = RespParser.parse(two, 0, two.length);
        assertThat(first.reply()).isEqualTo(new Reply.SimpleString("OK"));
        assertThat(first.consumed()).isEqualTo(5);
        RespParser.Parsed second = RespParser.parse(two, 5, two.length - 5);
        assertThat(second.reply()).isEqualTo(new Reply.IntegerReply(1));
    }

    @Test
    void malformedInputIsAProtocolError() {
        assertThatThrownBy(() -> parseAllWays("?x\r\n")).isInstanceOf(RespProtocolException.class)
                .hasMessageContaining("'?'");
        assertThatThrownBy(() -> parseAllWays("$abc\r\n")).isInstanceOf(RespProtocolException.class)
                .hasMessageContaining("invalid bulk length 'abc'");
        assertThatThrownBy(() -> parseAllWays("$3\r\nabcd\r\n")).isInstanceOf(RespProtocolException.class);
        assertThatThrownBy(() -> parseAllWays("#x\r\n")).isInstanceOf(RespProtocolException.class);
        assertThatThrownBy(() -> parseAllWays("*600000000000\r\n")).isInstanceOf(RespProtocolException.class)
                .hasMessageContaining("expected: 0..");
        assertThatThrownBy(() -> parseAllWays("+OK\rx")).isInstanceOf(RespProtocolException.class);
    }

    @Test
    void largeBulkSplitAnywhere() {
        byte[] payload = new byte[70_000];
        Arrays.fill(payload, (byte) 'x');
        String wire = "$70000\r\n" + new String(payload, StandardCharsets.ISO_8859_1) + "\r\n";
        byte[] bytes = b(wire);
        assertThat(RespParser.parse(bytes, 0, bytes.length - 1)).isNull();
        Reply r = RespParser.parse(bytes, 0, bytes.length).reply();
        assertThat(((Reply.BulkString) r).bytes()).hasSize(70_000);
    }
}
