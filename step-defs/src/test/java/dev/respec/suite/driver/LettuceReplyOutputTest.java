package dev.respec.suite.driver;

import dev.respec.suite.resp.Reply;
import dev.respec.suite.resp.ReplyNotation;
import dev.respec.suite.resp.ReplyRenderer;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The Lettuce output rebuilds replies from the state machine's callbacks, in the order Lettuce makes them. */
class LettuceReplyOutputTest {

    static ByteBuffer buf(String s) {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void nestedAggregatesCloseByCount() {
        LettuceReplyOutput o = new LettuceReplyOutput();
        o.multiArray(3);
        o.set(buf("a"));
        o.multiMap(1);
        o.set(buf("k"));
        o.set(7L);
        o.multiArray(-1);
        assertThat(ReplyRenderer.oneLine(o.get())).isEqualTo("[\"a\", {\"k\" => (integer) 7}, (nil array)]");
    }

    @Test
    void errorsAreRepliesAtAnyDepth() {
        LettuceReplyOutput top = new LettuceReplyOutput();
        top.setError(buf("ERR syntax error"));
        assertThat(top.get()).isEqualTo(new Reply.ErrorReply("ERR syntax error"));
        assertThat(top.hasError()).isFalse();

        LettuceReplyOutput exec = new LettuceReplyOutput();
        exec.multiArray(2);
        exec.set(buf("OK"));
        exec.setError(buf("ERR value is not an integer or out of range"));
        assertThat(ReplyRenderer.oneLine(exec.get())).isEqualTo("[\"OK\", (error) ERR value is not an integer or out of range]");
    }

    @Test
    void swallowedQueuedAndEmptyAggregates() {
        assertThat(ReplyRenderer.oneLine(new LettuceReplyOutput().get())).isEqualTo("\"QUEUED\"");
        LettuceReplyOutput empty = new LettuceReplyOutput();
        empty.multiSet(0);
        assertThat(ReplyRenderer.oneLine(empty.get())).isEqualTo("(empty set)");
    }

    @Test
    void whatEachLibraryCanObserve() {
        Reply expected = ReplyNotation.parseOneLine("[OK, (null), (nil array), (double) 1.50, >[\"a\"], {\"x\"}]");
        assertThat(ReplyRenderer.oneLine(LettuceDriver.observe(expected)))
                .isEqualTo("[\"OK\", (nil), (nil array), (double) 1.5, [\"a\"], {\"x\"}]");
        assertThat(ReplyRenderer.oneLine(JedisDriver.observe(expected)))
                .isEqualTo("[\"OK\", (nil), (nil), (double) 1.5, [\"a\"], [\"x\"]]");
    }
}
