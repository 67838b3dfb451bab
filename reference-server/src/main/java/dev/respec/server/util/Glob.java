package dev.respec.server.util;

/**
 * Redis's glob-style matcher (util.c stringmatchlen) used by KEYS, SCAN MATCH, CONFIG GET and friends:
 * '*', '?', '[...]' with '^' negation and 'a-z' ranges, '\' escapes, optional case folding.
 * Bytes compare as signed chars, as in C, so ranges over bytes >= 0x80 behave as Redis's do.
 * A '*' that fails to match the rest of the pattern anywhere stops all longer attempts, which keeps
 * pathological patterns linear-ish exactly as in Redis 7.0.
 */
public final class Glob {
    private Glob() {
    }

    public static boolean match(byte[] pattern, byte[] string, boolean nocase) {
        return new Matcher(pattern, string, nocase).match(0, pattern.length, 0, string.length);
    }

    public static boolean match(String pattern, String string, boolean nocase) {
        return match(Bytes.latin1(pattern), Bytes.latin1(string), nocase);
    }

    private static final class Matcher {
        private final byte[] p;
        private final byte[] s;
        private final boolean nocase;
        private boolean skipLongerMatches;

        Matcher(byte[] p, byte[] s, boolean nocase) {
            this.p = p;
            this.s = s;
            this.nocase = nocase;
        }

        /** Pattern byte at i, or 0 past the end (C strings are NUL-terminated). */
        private int pat(int i) {
            return i < p.length ? p[i] : 0;
        }

        private int lower(int c) {
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
        }

        private boolean same(int a, int b) {
            return nocase ? lower(a) == lower(b) : a == b;
        }

        boolean match(int pi, int plen, int si, int slen) {
            while (plen > 0 && slen > 0) {
                switch (p[pi]) {
                    case '*':
                        while (plen > 0 && pat(pi + 1) == '*') {
                            pi++;
                            plen--;
                        }
                        if (plen == 1) {
                            return true;
                        }
                        while (slen > 0) {
                            if (match(pi + 1, plen - 1, si, slen)) {
                                return true;
                            }
                            if (skipLongerMatches) {
                                return false;
                            }
                            si++;
                            slen--;
                        }
                        skipLongerMatches = true;
                        return false;
                    case '?':
                        si++;
                        slen--;
                        break;
                    case '[': {
                        pi++;
                        plen--;
                        boolean not = pat(pi) == '^';
                        if (not) {
                            pi++;
                            plen--;
                        }
                        boolean matched = false;
                        int c = s[si];
                        while (true) {
                            if (pat(pi) == '\\' && plen >= 2) {
                                pi++;
                                plen--;
                                if (pat(pi) == c) {
                                    matched = true;
                                }
                            } else if (pat(pi) == ']') {
                                break;
                            } else if (plen == 0) {
                                pi--;
                                plen++;
                                break;
                            } else if (plen >= 3 && pat(pi + 1) == '-') {
                                int start = pat(pi);
                                int end = pat(pi + 2);
                                int ch = c;
                                if (start > end) {
                                    int t = start;
                                    start = end;
                                    end = t;
                                }
                                if (nocase) {
                                    start = lower(start);
                                    end = lower(end);
                                    ch = lower(ch);
                                }
                                pi += 2;
                                plen -= 2;
                                if (ch >= start && ch <= end) {
                                    matched = true;
                                }
                            } else if (same(pat(pi), c)) {
                                matched = true;
                            }
                            pi++;
                            plen--;
                        }
                        if (not) {
                            matched = !matched;
                        }
                        if (!matched) {
                            return false;
                        }
                        si++;
                        slen--;
                        break;
                    }
                    case '\\':
                        if (plen >= 2) {
                            pi++;
                            plen--;
                        }
                        if (!same(pat(pi), s[si])) {
                            return false;
                        }
                        si++;
                        slen--;
                        break;
                    default:
                        if (!same(p[pi], s[si])) {
                            return false;
                        }
                        si++;
                        slen--;
                        break;
                }
                pi++;
                plen--;
                if (slen == 0) {
                    while (pat(pi) == '*') {
                        pi++;
                        plen--;
                    }
                    break;
                }
            }
            return plen == 0 && slen == 0;
        }
    }
}
