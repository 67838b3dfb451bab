package dev.respec.suite.resp;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One server reply with its exact RESP type. RESP2 and RESP3 types are all here, and the three nulls
 * stay apart ({@code $-1}, {@code *-1}, {@code _}) because a compatible server must send the one Redis sends.
 *
 * <p>Records hold what was on the wire: a double keeps the text the server sent ({@code inf}, {@code 1.5}),
 * a big number its digits. Two replies are equal in the suite's sense when their canonical renderings are
 * equal ({@link ReplyRenderer#canonical}); records with arrays inside do not use {@code equals} for that.
 */
public sealed interface Reply {

    /** {@code +OK}: a status line. */
    record SimpleString(String text) implements Reply {}

    /** {@code -ERR ...}: the full error line, code included ("ERR syntax error"). */
    record ErrorReply(String message) implements Reply {}

    /** {@code :5}. */
    record IntegerReply(long value) implements Reply {}

    /** {@code $5\r\nhello}: binary-safe. */
    record BulkString(byte[] bytes) implements Reply {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** {@code $-1}: RESP2's null bulk string. */
    record NullBulk() implements Reply {}

    /** {@code *-1}: RESP2's null array (BLPOP timeout, EXEC after WATCH failure). */
    record NullArray() implements Reply {}

    /** {@code _}: RESP3's one null. */
    record Null() implements Reply {}

    /** {@code ,1.5}: the text as the server wrote it. */
    record DoubleReply(String text) implements Reply {}

    /** {@code #t} / {@code #f}. */
    record BooleanReply(boolean value) implements Reply {}

    /** {@code (12345678901234567890}. */
    record BigNumber(String digits) implements Reply {}

    /** {@code =15\r\ntxt:Some string}: the three-letter format and the text after the colon. */
    record VerbatimString(String format, byte[] bytes) implements Reply {}

    /** {@code *N}. */
    record ArrayReply(List<Reply> elements) implements Reply {}

    /** {@code %N}: entries in wire order. */
    record MapReply(List<Entry> entries) implements Reply {}

    /** {@code ~N}. */
    record SetReply(List<Reply> elements) implements Reply {}

    /** {@code >N}: an out-of-band push (RESP3 pub/sub message, invalidation). */
    record PushReply(List<Reply> elements) implements Reply {}

    /** {@code |N} followed by the reply it describes: kept together so nothing is silently dropped. */
    record AttributedReply(MapReply attributes, Reply value) implements Reply {}

    /** One key/value pair of a map or an attribute. */
    record Entry(Reply key, Reply value) {}

    static BulkString bulk(String utf8) {
        return new BulkString(utf8.getBytes(StandardCharsets.UTF_8));
    }

    default boolean isError() {
        return this instanceof ErrorReply;
    }

    /** Elements of any aggregate (map entries flattened key, value, ...); empty for scalars. */
    default List<Reply> children() {
        if (this instanceof ArrayReply a) return a.elements();
        if (this instanceof SetReply s) return s.elements();
        if (this instanceof PushReply p) return p.elements();
        if (this instanceof MapReply m) {
            return m.entries().stream().flatMap(e -> java.util.stream.Stream.of(e.key(), e.value())).toList();
        }
        return List.of();
    }

    default boolean isAggregate() {
        return this instanceof ArrayReply || this instanceof SetReply || this instanceof PushReply
                || this instanceof MapReply;
    }
}
