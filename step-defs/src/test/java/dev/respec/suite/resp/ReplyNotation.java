package dev.respec.suite.resp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the notation of {@link ReplyRenderer} back into replies, so that an expectation written in a feature
 * file can be compared by meaning (map and set order, drivers that cannot see every type) and a typo in an
 * expectation is reported as such.
 *
 * <p>Known ambiguity: inside a one-line aggregate, bare text (a simple string or an error message) ends at the
 * first {@code ", "}, {@code ]}, {@code }} or {@code " => "}; use the multi-line form for such replies.
 */
public final class ReplyNotation {
    private ReplyNotation() {}

    /** Thrown when a text is not a reply in the notation. */
    public static final class NotationException extends IllegalArgumentException {
        NotationException(String message) {
            super(message);
        }
    }

    /** Parses a one-line form such as {@code (integer) 3}, {@code "v"} or {@code ["a", (nil)]}. */
    public static Reply parseOneLine(String text) {
        OneLine p = new OneLine(text.strip(), 0);
        Reply r = p.value(false);
        if (p.pos != p.s.length()) throw p.error("unexpected text after the reply");
        return r;
    }

    /** Parses a multi-line form as redis-cli prints it (one-line forms are accepted too). */
    public static Reply parseMultiLine(String text) {
        List<String> lines = new ArrayList<>(Arrays.stream(text.split("\n", -1)).map(String::stripTrailing).toList());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
        while (!lines.isEmpty() && lines.get(0).isEmpty()) lines.remove(0);
        if (lines.isEmpty()) throw new NotationException("empty reply text");
        MultiLine p = new MultiLine(lines);
        Reply r = p.element(0, 0);
        if (p.cur != lines.size()) {
            throw new NotationException("line " + (p.cur + 1) + " is not part of the reply: " + lines.get(p.cur));
        }
        return r;
    }

    /** Recursive descent over one line; {@code pos} is the next character to read. */
    private static final class OneLine {
        private static final String[] FIXED = {
            "(nil array)", "(nil)", "(null)", "(true)", "(false)",
            "(empty array)", "(empty map)", "(empty set)", "(empty push)"
        };

        final String s;
        int pos;

        OneLine(String s, int pos) {
            this.s = s;
            this.pos = pos;
        }

        Reply value(boolean nested) {
            if (s.startsWith("|{", pos)) {
                pos++;
                Reply attrs = braces();
                if (!(attrs instanceof Reply.MapReply m)) throw error("attributes must be a map");
                expect(" ");
                return new Reply.AttributedReply(m, value(nested));
            }
            if (s.startsWith(">[", pos)) {
                pos++;
                return new Reply.PushReply(list(']'));
            }
            if (s.startsWith("[", pos)) return new Reply.ArrayReply(list(']'));
            if (s.startsWith("{", pos)) return braces();
            if (s.startsWith("\"", pos)) return new Reply.BulkString(quoted());
            if (s.startsWith("(", pos)) {
                for (String f : FIXED) {
                    if (s.startsWith(f, pos)) {
                        pos += f.length();
                        return fixed(f);
                    }
                }
                if (take("(integer) ")) {
                    String n = bare(nested);
                    try {
                        return new Reply.IntegerReply(Long.parseLong(n));
                    } catch (NumberFormatException e) {
                        throw error("not an integer: " + n);
                    }
                }
                if (take("(error) ")) return new Reply.ErrorReply(bare(nested));
                if (take("(double) ")) return new Reply.DoubleReply(bare(nested));
                if (take("(big number) ")) return new Reply.BigNumber(bare(nested));
                if (take("(verbatim ")) {
                    int close = s.indexOf(") ", pos);
                    if (close < 0) throw error("expected (verbatim fmt) \"text\"");
                    String fmt = s.substring(pos, close);
                    pos = close + 2;
                    return new Reply.VerbatimString(fmt, quoted());
                }
            }
            String text = bare(nested);
            if (text.isEmpty()) throw error("expected a reply");
            return new Reply.SimpleString(text);
        }

        private static Reply fixed(String f) {
            return switch (f) {
                case "(nil array)" -> new Reply.NullArray();
                case "(nil)" -> new Reply.NullBulk();
                case "(null)" -> new Reply.Null();
                case "(true)" -> new Reply.BooleanReply(true);
                case "(false)" -> new Reply.BooleanReply(false);
                case "(empty array)" -> new Reply.ArrayReply(List.of());
                case "(empty map)" -> new Reply.MapReply(List.of());
                case "(empty set)" -> new Reply.SetReply(List.of());
                case "(empty push)" -> new Reply.PushReply(List.of());
                default -> throw new IllegalStateException(f);
            };
        }

        private List<Reply> list(char close) {
            pos++; // the opening bracket
            List<Reply> out = new ArrayList<>();
            if (take(String.valueOf(close))) return out;
            while (true) {
                out.add(value(true));
                if (take(String.valueOf(close))) return out;
                expect(", ");
            }
        }

        /** {@code {k => v, ...}} is a map, {@code {a, b}} a set. */
        private Reply braces() {
            pos++; // '{'
            List<Reply> items = new ArrayList<>();
            List<Reply.Entry> entries = new ArrayList<>();
            Boolean isMap = null;
            if (take("}")) return new Reply.MapReply(List.of());
            while (true) {
                Reply item = value(true);
                boolean arrow = take(" => ");
                if (isMap == null) isMap = arrow;
                if (isMap != arrow) throw error("mixes map entries (k => v) and set elements");
                if (arrow) entries.add(new Reply.Entry(item, value(true)));
                else items.add(item);
                if (take("}")) break;
                expect(", ");
            }
            return isMap ? new Reply.MapReply(entries) : new Reply.SetReply(items);
        }

        /** A double-quoted string with redis-cli's escapes; returns its bytes. */
        byte[] quoted() {
            int begin = pos;
            pos++; // '"'
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '"') {
                    pos++;
                    return out.toByteArray();
                }
                if (c == '\\' && pos + 1 < s.length()) {
                    char e = s.charAt(pos + 1);
                    if (e == 'x' && pos + 3 < s.length() && ByteEscapes.hex(s.charAt(pos + 2)) >= 0
                            && ByteEscapes.hex(s.charAt(pos + 3)) >= 0) {
                        out.write(ByteEscapes.hex(s.charAt(pos + 2)) * 16 + ByteEscapes.hex(s.charAt(pos + 3)));
                        pos += 4;
                        continue;
                    }
                    switch (e) {
                        case 'n' -> out.write('\n');
                        case 'r' -> out.write('\r');
                        case 't' -> out.write('\t');
                        case 'a' -> out.write(7);
                        case 'b' -> out.write('\b');
                        default -> out.writeBytes(String.valueOf(e).getBytes(StandardCharsets.UTF_8));
                    }
                    pos += 2;
                    continue;
                }
                ByteEscapes.appendUtf8(out, s, pos);
                pos += Character.charCount(s.codePointAt(pos));
            }
            pos = begin;
            throw error("unterminated quoted string");
        }

        /** Bare text: to the end, or (inside an aggregate) to the next separator. */
        private String bare(boolean nested) {
            int stop = s.length();
            if (nested) {
                for (String sep : new String[] {", ", "]", "}", " => "}) {
                    int i = s.indexOf(sep, pos);
                    if (i >= 0 && i < stop) stop = i;
                }
            }
            String t = s.substring(pos, stop);
            pos = stop;
            return t;
        }

        private boolean take(String t) {
            if (s.startsWith(t, pos)) {
                pos += t.length();
                return true;
            }
            return false;
        }

        private void expect(String t) {
            if (!take(t)) throw error("expected '" + t + "'");
        }

        NotationException error(String what) {
            return new NotationException(what + " at column " + (pos + 1) + " of: " + s);
        }
    }

    /** The redis-cli layout: an element starts at a column of a line; continuation lines start at a prefix. */
    private static final class MultiLine {
        private static final Pattern INDEX = Pattern.compile("^( *)(\\d+)([)#~>])(?: |$)");

        final List<String> lines;
        int cur;

        MultiLine(List<String> lines) {
            this.lines = lines;
        }

        /** Parses the element whose text starts at {@code col} of the current line; nested lines use {@code prefix}. */
        Reply element(int col, int prefix) {
            String line = lines.get(cur);
            String rest = col <= line.length() ? line.substring(col) : "";
            if (rest.startsWith("|{")) {
                OneLine p = new OneLine(rest, 1);
                Reply.MapReply attrs = (Reply.MapReply) oneLineMap(p);
                if (!p.s.startsWith(" ", p.pos)) throw new NotationException("expected a reply after " + rest);
                return new Reply.AttributedReply(attrs, element(col + p.pos + 1, prefix));
            }
            Matcher m = INDEX.matcher(rest);
            if (m.find() && m.group(2).equals("1")) return aggregate(m.group(3).charAt(0), col, prefix);
            cur++;
            return parseOneLine(rest);
        }

        private static Reply oneLineMap(OneLine p) {
            Reply r = p.value(true);
            if (!(r instanceof Reply.MapReply)) throw new NotationException("attributes must be a map: " + p.s);
            return r;
        }

        private Reply aggregate(char marker, int firstCol, int prefix) {
            List<Reply> items = new ArrayList<>();
            List<Reply.Entry> entries = new ArrayList<>();
            int col = firstCol;
            for (int idx = 1; ; idx++) {
                String line = lines.get(cur);
                Matcher m = INDEX.matcher(line.substring(col));
                if (!m.find() || Integer.parseInt(m.group(2)) != idx || m.group(3).charAt(0) != marker) {
                    throw new NotationException("expected element " + idx + marker + " on line " + (cur + 1) + ": " + line);
                }
                int valueCol = col + m.end();
                int childPrefix = prefix + m.group(1).length() + m.group(2).length() + 2;
                if (marker == '#') {
                    entries.add(entry(line, valueCol, childPrefix));
                } else {
                    items.add(element(valueCol, childPrefix));
                }
                if (!nextElementFollows(prefix, idx + 1, marker)) break;
                col = prefix;
            }
            return switch (marker) {
                case '#' -> new Reply.MapReply(entries);
                case '~' -> new Reply.SetReply(items);
                case '>' -> new Reply.PushReply(items);
                default -> new Reply.ArrayReply(items);
            };
        }

        private Reply.Entry entry(String line, int keyCol, int childPrefix) {
            int search = keyCol;
            if (line.startsWith("\"", keyCol)) {
                OneLine q = new OneLine(line, keyCol);
                q.quoted();
                search = q.pos;
            }
            int arrow = line.indexOf(" =>", search);
            while (arrow >= 0 && arrow + 3 < line.length() && line.charAt(arrow + 3) != ' ') {
                arrow = line.indexOf(" =>", arrow + 1);
            }
            if (arrow < 0) throw new NotationException("expected 'key => value' on line " + (cur + 1) + ": " + line);
            Reply key = parseOneLine(line.substring(keyCol, arrow));
            int valueCol = arrow + 4;
            if (valueCol >= line.length()) {
                // A non-empty aggregate value starts on the next line, at the child prefix.
                cur++;
                if (cur >= lines.size()) throw new NotationException("missing value after: " + line);
                return new Reply.Entry(key, element(childPrefix, childPrefix));
            }
            return new Reply.Entry(key, element(valueCol, childPrefix));
        }

        private boolean nextElementFollows(int prefix, int idx, char marker) {
            if (cur >= lines.size()) return false;
            String line = lines.get(cur);
            if (line.length() <= prefix || !line.substring(0, prefix).isBlank()) return false;
            Matcher m = INDEX.matcher(line.substring(prefix));
            return m.find() && Integer.parseInt(m.group(2)) == idx && m.group(3).charAt(0) == marker;
        }
    }
}
