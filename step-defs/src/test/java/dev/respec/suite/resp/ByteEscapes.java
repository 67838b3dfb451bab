package dev.respec.suite.resp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The two directions of C-style byte escapes used in feature files.
 *
 * <p>{@link #repr} quotes bytes exactly as redis-cli's {@code sdscatrepr} does ({@code \n \r \t \a \b \\ \"},
 * printable ASCII as is, every other byte as lowercase {@code \xHH}), so a bulk string reads the same in a
 * feature file as on a redis-cli screen. {@link #unescape} turns a step's byte literal back into bytes.
 */
public final class ByteEscapes {
    private ByteEscapes() {}

    /** {@code "a\n\xe2"}: double-quoted, redis-cli style. */
    public static String repr(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length + 2).append('"');
        for (byte b : bytes) {
            int c = b & 0xff;
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case 7 -> sb.append("\\a");
                case '\b' -> sb.append("\\b");
                default -> {
                    if (c >= 0x20 && c < 0x7f) sb.append((char) c);
                    else sb.append(String.format("\\x%02x", c));
                }
            }
        }
        return sb.append('"').toString();
    }

    /**
     * Bytes of a step's byte literal: {@code \r \n \t \a \b \0 \\ \" \'} and {@code \xHH} are escapes, other
     * characters are their UTF-8 encoding. A backslash before anything else is an error, so that a typo does
     * not silently send different bytes.
     */
    public static byte[] unescape(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                appendUtf8(out, s, i);
                if (Character.isHighSurrogate(c)) i++;
                continue;
            }
            if (i + 1 >= s.length()) throw new IllegalArgumentException("trailing backslash in \"" + s + "\"");
            char e = s.charAt(++i);
            switch (e) {
                case 'r' -> out.write('\r');
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'a' -> out.write(7);
                case 'b' -> out.write('\b');
                case '0' -> out.write(0);
                case '\\', '"', '\'' -> out.write(e);
                case 'x' -> {
                    if (i + 2 >= s.length() || hex(s.charAt(i + 1)) < 0 || hex(s.charAt(i + 2)) < 0) {
                        throw new IllegalArgumentException("\\x needs two hex digits in \"" + s + "\"");
                    }
                    out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                    i += 2;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + e + " in \"" + s + "\"");
            }
        }
        return out.toByteArray();
    }

    static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    static void appendUtf8(ByteArrayOutputStream out, String s, int i) {
        int cp = s.codePointAt(i);
        out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
    }
}
