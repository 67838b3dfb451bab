package dev.respec.suite.driver;

import dev.respec.suite.resp.Reply;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.output.CommandOutput;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A Lettuce {@link CommandOutput} that records every callback of Lettuce's RESP state machine into the
 * suite's {@link Reply} model, so a reply keeps every type Lettuce reports.
 *
 * <p>Lettuce 7.7 calls {@code set(ByteBuffer)} for status replies and bulk strings alike (and never calls
 * {@code setSingle}), {@code set(null)} for every null but the null array, strips verbatim strings to their
 * text, reports pushes as arrays and swallows a {@code QUEUED} status entirely. Aggregates are built from
 * the announced counts ({@code multi*}); {@code complete(depth)} carries nothing we need.
 * Errors are recorded as replies (not through {@code super.setError}), so Lettuce does not throw.
 */
final class LettuceReplyOutput extends CommandOutput<byte[], byte[], Reply> {

    private enum Kind { ARRAY, MAP, SET }

    private static final class Builder {
        final Kind kind;
        final int expected;
        final List<Reply> items = new ArrayList<>();

        Builder(Kind kind, int expected) {
            this.kind = kind;
            this.expected = expected;
        }

        Reply build() {
            return switch (kind) {
                case ARRAY -> new Reply.ArrayReply(items);
                case SET -> new Reply.SetReply(items);
                case MAP -> {
                    List<Reply.Entry> entries = new ArrayList<>();
                    for (int i = 0; i + 1 < items.size(); i += 2) entries.add(new Reply.Entry(items.get(i), items.get(i + 1)));
                    yield new Reply.MapReply(entries);
                }
            };
        }
    }

    private final Deque<Builder> stack = new ArrayDeque<>();

    LettuceReplyOutput() {
        super(ByteArrayCodec.INSTANCE, null);
    }

    /** The recorded reply; Lettuce reports nothing for {@code QUEUED}, so nothing means QUEUED. */
    @Override
    public Reply get() {
        return output != null ? output : Reply.bulk("QUEUED");
    }

    @Override
    public void set(ByteBuffer bytes) {
        add(bytes == null ? new Reply.NullBulk() : new Reply.BulkString(bytes(bytes)));
    }

    @Override
    public void setSingle(ByteBuffer bytes) {
        add(bytes == null ? new Reply.NullBulk() : new Reply.SimpleString(new String(bytes(bytes), StandardCharsets.UTF_8)));
    }

    @Override
    public void setBigNumber(ByteBuffer bytes) {
        add(new Reply.BigNumber(new String(bytes(bytes), StandardCharsets.US_ASCII)));
    }

    @Override
    public void set(long integer) {
        add(new Reply.IntegerReply(integer));
    }

    @Override
    public void set(double number) {
        add(new Reply.DoubleReply(Observability.doubleText(number)));
    }

    @Override
    public void set(boolean value) {
        add(new Reply.BooleanReply(value));
    }

    @Override
    public void setError(ByteBuffer error) {
        add(new Reply.ErrorReply(error == null ? "" : new String(bytes(error), StandardCharsets.UTF_8)));
    }

    @Override
    public void setError(String error) {
        add(new Reply.ErrorReply(error));
    }

    @Override
    public void multi(int count) {
        multiArray(count);
    }

    @Override
    public void multiArray(int count) {
        open(Kind.ARRAY, count, count);
    }

    @Override
    public void multiPush(int count) {
        open(Kind.ARRAY, count, count);
    }

    @Override
    public void multiSet(int count) {
        open(Kind.SET, count, count);
    }

    @Override
    public void multiMap(int count) {
        open(Kind.MAP, count, count * 2);
    }

    @Override
    public void complete(int depth) {
        // Aggregates close by count in add().
    }

    private void open(Kind kind, int announced, int items) {
        if (announced < 0) {
            add(new Reply.NullArray());
        } else if (items == 0) {
            add(new Builder(kind, 0).build());
        } else {
            stack.push(new Builder(kind, items));
        }
    }

    private void add(Reply r) {
        Reply current = r;
        while (true) {
            Builder top = stack.peek();
            if (top == null) {
                output = current;
                return;
            }
            top.items.add(current);
            if (top.items.size() < top.expected) return;
            stack.pop();
            current = top.build();
        }
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.duplicate().get(out);
        return out;
    }
}
