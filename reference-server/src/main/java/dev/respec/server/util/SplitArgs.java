package dev.respec.server.util;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * sdssplitargs: splits a line into arguments the way redis-cli, inline commands and redis.conf do.
 * Double quotes take \n \r \t \b \a \\ \" and \xHH escapes; single quotes take only \'. A closing
 * quote must be followed by a space or the end of the line. Returns null on unbalanced quotes.
 */
public final class SplitArgs {
    private SplitArgs() {
    }

    public static List<byte[]> split(byte[] line, int off, int end) {
        // the C original works on NUL-terminated strings: a NUL byte ends the line
        for (int i = off; i < end; i++) {
            if (line[i] == 0) {
                end = i;
                break;
            }
        }
        List<byte[]> args = new ArrayList<>();
        int p = off;
        while (true) {
            while (p < end && isSpace(line[p])) {
                p++;
            }
            if (p >= end) {
                return args;
            }
            boolean inq = false;
            boolean insq = false;
            boolean done = false;
            ByteArrayOutputStream cur = new ByteArrayOutputStream();
            while (!done) {
                int c = p < end ? line[p] : 0;
                boolean atEnd = p >= end;
                if (inq) {
                    if (atEnd) {
                        return null;
                    }
                    if (c == '\\' && p + 3 < end && line[p + 1] == 'x' && isHex(line[p + 2]) && isHex(line[p + 3])) {
                        cur.write(hex(line[p + 2]) * 16 + hex(line[p + 3]));
                        p += 3;
                    } else if (c == '\\' && p + 1 < end) {
                        p++;
                        int e = line[p];
                        switch (e) {
                            case 'n' -> cur.write('\n');
                            case 'r' -> cur.write('\r');
                            case 't' -> cur.write('\t');
                            case 'b' -> cur.write('\b');
                            case 'a' -> cur.write(7);
                            default -> cur.write(e);
                        }
                    } else if (c == '"') {
                        if (p + 1 < end && !isSpace(line[p + 1])) {
                            return null;
                        }
                        done = true;
                    } else {
                        cur.write(c);
                    }
                } else if (insq) {
                    if (atEnd) {
                        return null;
                    }
                    if (c == '\\' && p + 1 < end && line[p + 1] == '\'') {
                        p++;
                        cur.write('\'');
                    } else if (c == '\'') {
                        if (p + 1 < end && !isSpace(line[p + 1])) {
                            return null;
                        }
                        done = true;
                    } else {
                        cur.write(c);
                    }
                } else {
                    if (atEnd || isSpace((byte) c)) {
                        done = true;
                    } else if (c == '"') {
                        inq = true;
                    } else if (c == '\'') {
                        insq = true;
                    } else {
                        cur.write(c);
                    }
                }
                if (p < end) {
                    p++;
                }
            }
            args.add(cur.toByteArray());
        }
    }

    public static List<byte[]> split(String line) {
        byte[] b = Bytes.of(line);
        return split(b, 0, b.length);
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0x0b || c == '\f';
    }

    private static boolean isHex(byte c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static int hex(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return (c | 0x20) - 'a' + 10;
    }
}
