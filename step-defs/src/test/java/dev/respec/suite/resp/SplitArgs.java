package dev.respec.suite.resp;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into arguments the way redis-cli does (Redis's {@code sdssplitargs}), so a command
 * in a feature file means what it would mean typed at a redis-cli prompt:
 * <ul>
 *   <li>arguments are separated by whitespace;</li>
 *   <li>{@code "double quotes"} allow {@code \n \r \t \b \a \\ \"} and {@code \xHH} escapes (any other
 *       escaped character stands for itself);</li>
 *   <li>{@code 'single quotes'} allow only {@code \'};</li>
 *   <li>a closing quote must be followed by whitespace or the end of the line;</li>
 *   <li>a quote that does not close is an error ("unbalanced quotes").</li>
 * </ul>
 * Characters outside escapes are sent as their UTF-8 bytes.
 */
public final class SplitArgs {
    private SplitArgs() {}

    public static List<byte[]> split(String line) {
        List<byte[]> args = new ArrayList<>();
        int p = 0;
        int n = line.length();
        while (true) {
            while (p < n && isSpace(line.charAt(p))) p++;
            if (p >= n) return args;
            ByteArrayOutputStream cur = new ByteArrayOutputStream();
            boolean inq = false;
            boolean insq = false;
            boolean done = false;
            while (!done) {
                char c = p < n ? line.charAt(p) : '\0';
                boolean atEnd = p >= n;
                if (inq) {
                    if (atEnd) throw unbalanced(line);
                    if (c == '\\' && p + 3 < n && line.charAt(p + 1) == 'x'
                            && ByteEscapes.hex(line.charAt(p + 2)) >= 0 && ByteEscapes.hex(line.charAt(p + 3)) >= 0) {
                        cur.write(ByteEscapes.hex(line.charAt(p + 2)) * 16 + ByteEscapes.hex(line.charAt(p + 3)));
                        p += 3;
                    } else if (c == '\\' && p + 1 < n) {
                        p++;
                        char e = line.charAt(p);
                        switch (e) {
                            case 'n' -> cur.write('\n');
                            case 'r' -> cur.write('\r');
                            case 't' -> cur.write('\t');
                            case 'b' -> cur.write('\b');
                            case 'a' -> cur.write(7);
                            default -> p = appendChar(cur, line, p);
                        }
                    } else if (c == '"') {
                        if (p + 1 < n && !isSpace(line.charAt(p + 1))) throw unbalanced(line);
                        done = true;
                    } else {
                        p = appendChar(cur, line, p);
                    }
                } else if (insq) {
                    if (atEnd) throw unbalanced(line);
                    if (c == '\\' && p + 1 < n && line.charAt(p + 1) == '\'') {
                        p++;
                        cur.write('\'');
                    } else if (c == '\'') {
                        if (p + 1 < n && !isSpace(line.charAt(p + 1))) throw unbalanced(line);
                        done = true;
                    } else {
                        p = appendChar(cur, line, p);
                    }
                } else if (atEnd || c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                    done = true;
                } else if (c == '"') {
                    inq = true;
                } else if (c == '\'') {
                    insq = true;
                } else {
                    p = appendChar(cur, line, p);
                }
                if (p < n) p++;
            }
            args.add(cur.toByteArray());
        }
    }

    /** Appends the (possibly surrogate-paired) character at p as UTF-8; returns the index of its last char. */
    private static int appendChar(ByteArrayOutputStream cur, String line, int p) {
        ByteEscapes.appendUtf8(cur, line, p);
        return Character.isHighSurrogate(line.charAt(p)) && p + 1 < line.length() ? p + 1 : p;
    }

    /** C's isspace(): space, \t, \n, \v, \f, \r. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
    }

    private static IllegalArgumentException unbalanced(String line) {
        return new IllegalArgumentException("unbalanced quotes in command line: " + line);
    }
}
