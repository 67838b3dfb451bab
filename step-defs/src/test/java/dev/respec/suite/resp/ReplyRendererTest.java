package dev.respec.suite.resp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyRendererTest {

    static final List<String> FIXTURES = Fixtures.SAME_AS_REDIS_CLI;

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void multiLineMatchesRedisCliToTheSpace(String fixture) {
        assertThat(ReplyRenderer.multiLine(Fixtures.reply(fixture))).isEqualTo(Fixtures.redisCli(fixture));
    }

    @Test
    void scalarsAreTypeExact() {
        assertThat(ReplyRenderer.oneLine(new Reply.SimpleString("OK"))).isEqualTo("OK");
        assertThat(ReplyRenderer.oneLine(Reply.bulk("OK"))).isEqualTo("\"OK\"");
        assertThat(ReplyRenderer.oneLine(new Reply.IntegerReply(-3))).isEqualTo("(integer) -3");
        assertThat(ReplyRenderer.oneLine(new Reply.ErrorReply("ERR syntax error"))).isEqualTo("(error) ERR syntax error");
        assertThat(ReplyRenderer.oneLine(new Reply.NullBulk())).isEqualTo("(nil)");
        assertThat(ReplyRenderer.oneLine(new Reply.NullArray())).isEqualTo("(nil array)");
        assertThat(ReplyRenderer.oneLine(new Reply.Null())).isEqualTo("(null)");
        assertThat(ReplyRenderer.oneLine(new Reply.DoubleReply("-inf"))).isEqualTo("(double) -inf");
        assertThat(ReplyRenderer.oneLine(new Reply.BooleanReply(true))).isEqualTo("(true)");
        assertThat(ReplyRenderer.oneLine(new Reply.BigNumber("123"))).isEqualTo("(big number) 123");
        assertThat(ReplyRenderer.oneLine(new Reply.ArrayReply(List.of()))).isEqualTo("(empty array)");
        assertThat(ReplyRenderer.oneLine(new Reply.MapReply(List.of()))).isEqualTo("(empty map)");
        assertThat(ReplyRenderer.oneLine(new Reply.SetReply(List.of()))).isEqualTo("(empty set)");
    }

    @Test
    void bulkStringsUseRedisCliEscapes() {
        byte[] all = {'\\', '"', '\n', '\r', '\t', 7, '\b', 0, (byte) 0xe2, 0x7f, ' ', '~'};
        assertThat(ReplyRenderer.oneLine(new Reply.BulkString(all)))
                .isEqualTo("\"\\\\\\\"\\n\\r\\t\\a\\b\\x00\\xe2\\x7f ~\"");
    }

    @Test
    void oneLineAggregates() {
        Reply r = new Reply.ArrayReply(List.of(Reply.bulk("a"),
                new Reply.ArrayReply(List.of(new Reply.IntegerReply(1), new Reply.NullBulk())),
                new Reply.MapReply(List.of(new Reply.Entry(Reply.bulk("k"), new Reply.SetReply(List.of(Reply.bulk("x")))))),
                new Reply.PushReply(List.of(Reply.bulk("message")))));
        assertThat(ReplyRenderer.oneLine(r))
                .isEqualTo("[\"a\", [(integer) 1, (nil)], {\"k\" => {\"x\"}}, >[\"message\"]]");
    }

    @Test
    void pushesUseTheirOwnMarker() {
        Reply r = new Reply.PushReply(List.of(Reply.bulk("message"), Reply.bulk("ch"), Reply.bulk("hi")));
        assertThat(ReplyRenderer.multiLine(r)).isEqualTo("1> \"message\"\n2> \"ch\"\n3> \"hi\"");
    }

    @Test
    void canonicalFormIgnoresMapAndSetOrderOnly() {
        Reply m1 = new Reply.MapReply(List.of(new Reply.Entry(Reply.bulk("a"), new Reply.IntegerReply(1)),
                new Reply.Entry(Reply.bulk("b"), new Reply.IntegerReply(2))));
        Reply m2 = new Reply.MapReply(List.of(new Reply.Entry(Reply.bulk("b"), new Reply.IntegerReply(2)),
                new Reply.Entry(Reply.bulk("a"), new Reply.IntegerReply(1))));
        assertThat(ReplyRenderer.canonical(m1)).isEqualTo(ReplyRenderer.canonical(m2));
        Reply a1 = new Reply.ArrayReply(List.of(Reply.bulk("a"), Reply.bulk("b")));
        Reply a2 = new Reply.ArrayReply(List.of(Reply.bulk("b"), Reply.bulk("a")));
        assertThat(ReplyRenderer.canonical(a1)).isNotEqualTo(ReplyRenderer.canonical(a2));
        assertThat(ReplyRenderer.canonical(new Reply.SimpleString("OK")))
                .isNotEqualTo(ReplyRenderer.canonical(Reply.bulk("OK")));
    }
}
