package dev.respec.suite.resp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The notation reads back what the renderer writes, and redis-cli's own screens. */
class ReplyNotationTest {

    static final List<String> FIXTURES = Fixtures.SAME_AS_REDIS_CLI;

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void redisCliScreensParseBackToTheReply(String fixture) {
        Reply wire = Fixtures.reply(fixture);
        Reply parsed = ReplyNotation.parseMultiLine(Fixtures.redisCli(fixture));
        assertThat(ReplyRenderer.canonical(parsed)).isEqualTo(ReplyRenderer.canonical(wire));
    }

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void oneLineFormsRoundTrip(String fixture) {
        Reply wire = Fixtures.reply(fixture);
        Reply parsed = ReplyNotation.parseOneLine(ReplyRenderer.oneLine(wire));
        assertThat(ReplyRenderer.canonical(parsed)).isEqualTo(ReplyRenderer.canonical(wire));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "OK", "\"hello\"", "(integer) 5", "(integer) -1", "(nil)", "(nil array)", "(null)",
        "(error) ERR wrong number of arguments for 'get' command", "(double) 1.5", "(double) inf",
        "(true)", "(false)", "(big number) 123", "(verbatim txt) \"a\\nb\"", "(empty array)", "(empty map)",
        "(empty set)", "(empty push)", "[\"a\", (integer) 1]", "[[\"a\"], (nil array), (null)]",
        "{\"k\" => (integer) 1, \"j\" => [\"x\"]}", "{\"a\", \"b\"}", ">[\"message\", \"ch\", \"hi\"]",
        "[OK, QUEUED, (error) ERR value is not an integer or out of range]",
        "|{\"key-popularity\" => [\"key:123\", (integer) 90]} \"real reply\"", "\"caf\\xc3\\xa9\\n\""
    })
    void everyOneLineFormRoundTrips(String text) {
        assertThat(ReplyRenderer.oneLine(ReplyNotation.parseOneLine(text))).isEqualTo(text);
    }

    @Test
    void escapesAreReadLikeRedisCli() {
        Reply r = ReplyNotation.parseOneLine("\"\\xE2\\x82\\xac \\\" \\\\ \\t\"");
        assertThat(((Reply.BulkString) r).bytes()).containsExactly(0xe2, 0x82, 0xac, ' ', '"', ' ', '\\', ' ', '\t');
    }

    @Test
    void trailingSpacesAndSurroundingBlankLinesDoNotMatter() {
        Reply r = ReplyNotation.parseMultiLine("\n1# \"e\" =>   \n   1) \"1-0\"   \n   2) (integer) 2\n\n");
        assertThat(ReplyRenderer.oneLine(r)).isEqualTo("{\"e\" => [\"1-0\", (integer) 2]}");
    }

    @Test
    void malformedExpectationsAreReported() {
        assertThatThrownBy(() -> ReplyNotation.parseOneLine("(integer) five")).hasMessageContaining("not an integer");
        assertThatThrownBy(() -> ReplyNotation.parseOneLine("[\"a\", \"b\"")).hasMessageContaining("expected");
        assertThatThrownBy(() -> ReplyNotation.parseOneLine("\"open")).hasMessageContaining("unterminated");
        assertThatThrownBy(() -> ReplyNotation.parseMultiLine("1) \"a\"\n3) \"b\"")).hasMessageContaining("line 2");
    }
}
