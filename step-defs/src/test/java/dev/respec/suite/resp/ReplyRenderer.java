package dev.respec.suite.resp;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Text renderings of replies, in redis-cli's style but type-exact. Feature files state expected replies in
 * these forms, and failures print actual replies in them.
 *
 * <p>Scalars (the same in both forms):
 * <pre>
 *   OK                    simple string (bare)          "hello"            bulk string (redis-cli escapes)
 *   (integer) 5           integer                       (error) ERR ...    error, full text
 *   (nil)                 null bulk string $-1          (nil array)        null array *-1
 *   (null)                RESP3 null _                  (double) 1.5       double, as the server wrote it
 *   (true) / (false)      boolean                       (big number) 123   big number
 *   (verbatim txt) "..."  verbatim string               (empty array) / (empty map) / (empty set) / (empty push)
 * </pre>
 * One-line aggregates: {@code ["a", (integer) 1]}, maps {@code {"k" => (integer) 1}}, sets {@code {"a", "b"}},
 * pushes {@code >["message", "ch", "hi"]}, attributes {@code |{"k" => "v"} <reply>}.
 *
 * <p>Multi-line aggregates follow redis-cli 7.0 to the space: {@code 1) } for arrays, {@code 1# k => v} for maps,
 * {@code 1~ } for sets, and ours {@code 1> } for pushes; indices are right-aligned to the widest one; nested
 * aggregates continue on the same line and indent by the index width + 2; a map value that is a non-empty
 * aggregate starts on the next line.
 */
public final class ReplyRenderer {
    private ReplyRenderer() {}

    /** The one-line form, e.g. {@code (integer) 3} or {@code ["a", "b"]}. */
    public static String oneLine(Reply r) {
        return oneLine(r, false);
    }

    /**
     * A form in which two replies are equal exactly when they mean the same: like {@link #oneLine}, with
     * simple strings marked and map entries and set elements in sorted order (order carries no meaning there).
     */
    public static String canonical(Reply r) {
        return oneLine(r, true);
    }

    private static String oneLine(Reply r, boolean canonical) {
        if (r instanceof Reply.SimpleString s) return canonical ? "+" + s.text() : s.text();
        if (r instanceof Reply.ArrayReply a) {
            return a.elements().isEmpty() ? "(empty array)" : "[" + join(a.elements(), canonical, false) + "]";
        }
        if (r instanceof Reply.SetReply s) {
            return s.elements().isEmpty() ? "(empty set)" : "{" + join(s.elements(), canonical, canonical) + "}";
        }
        if (r instanceof Reply.PushReply p) {
            return p.elements().isEmpty() ? "(empty push)" : ">[" + join(p.elements(), canonical, false) + "]";
        }
        if (r instanceof Reply.MapReply m) {
            return m.entries().isEmpty() ? "(empty map)" : "{" + entries(m, canonical) + "}";
        }
        if (r instanceof Reply.AttributedReply at) {
            return "|{" + entries(at.attributes(), canonical) + "} " + oneLine(at.value(), canonical);
        }
        return scalar(r);
    }

    private static String join(List<Reply> elements, boolean canonical, boolean sorted) {
        var s = elements.stream().map(e -> oneLine(e, canonical));
        if (sorted) s = s.sorted();
        return s.collect(Collectors.joining(", "));
    }

    private static String entries(Reply.MapReply m, boolean canonical) {
        var s = m.entries().stream().map(e -> oneLine(e.key(), canonical) + " => " + oneLine(e.value(), canonical));
        if (canonical) s = s.sorted();
        return s.collect(Collectors.joining(", "));
    }

    /** The form of a non-aggregate reply. */
    static String scalar(Reply r) {
        if (r instanceof Reply.SimpleString s) return s.text();
        if (r instanceof Reply.ErrorReply e) return "(error) " + e.message();
        if (r instanceof Reply.IntegerReply i) return "(integer) " + i.value();
        if (r instanceof Reply.BulkString b) return ByteEscapes.repr(b.bytes());
        if (r instanceof Reply.NullBulk) return "(nil)";
        if (r instanceof Reply.NullArray) return "(nil array)";
        if (r instanceof Reply.Null) return "(null)";
        if (r instanceof Reply.DoubleReply d) return "(double) " + d.text();
        if (r instanceof Reply.BooleanReply b) return b.value() ? "(true)" : "(false)";
        if (r instanceof Reply.BigNumber n) return "(big number) " + n.digits();
        if (r instanceof Reply.VerbatimString v) return "(verbatim " + v.format() + ") " + ByteEscapes.repr(v.bytes());
        if (r.isAggregate() && r.children().isEmpty()) return oneLine(r);
        throw new IllegalArgumentException("not a scalar: " + r.getClass().getSimpleName());
    }

    /** The multi-line form, as redis-cli prints it (lines joined by \n, no trailing newline). */
    public static String multiLine(Reply r) {
        String s = render(r, "");
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    /** One line per element: the multi-line form split into lines. */
    public static List<String> lines(Reply r) {
        return new ArrayList<>(List.of(multiLine(r).split("\n", -1)));
    }

    private static String render(Reply r, String prefix) {
        if (r instanceof Reply.AttributedReply at) {
            return "|{" + entries(at.attributes(), false) + "} " + render(at.value(), prefix);
        }
        if (!r.isAggregate() || r.children().isEmpty()) return scalar(r) + "\n";

        char marker = r instanceof Reply.MapReply ? '#' : r instanceof Reply.SetReply ? '~'
                : r instanceof Reply.PushReply ? '>' : ')';
        List<Reply> items = r.children();
        boolean map = r instanceof Reply.MapReply;
        int count = map ? items.size() / 2 : items.size();
        int idxlen = String.valueOf(count).length();
        String childPrefix = prefix + " ".repeat(idxlen + 2);

        StringBuilder out = new StringBuilder();
        int step = map ? 2 : 1;
        for (int i = 0, human = 1; i < items.size(); i += step, human++) {
            if (i > 0) out.append(prefix);
            out.append(String.format("%" + idxlen + "d", human)).append(marker).append(' ');
            out.append(render(items.get(i), childPrefix));
            if (map) {
                out.setLength(out.length() - 1); // the key's newline
                out.append(" => ");
                Reply value = items.get(i + 1);
                if (value.isAggregate() && !value.children().isEmpty()) out.append('\n').append(childPrefix);
                out.append(render(value, childPrefix));
            }
        }
        return out.toString();
    }
}
