package dev.respec.server.util;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * printf-compatible number formatting where Java's Formatter differs from C's: "%.17g" (how Redis 7.0
 * replies with doubles and stores scores) and strict strtod-style parsing of doubles (string2d).
 */
public final class NumberFormat {
    private NumberFormat() {
    }

    /** C's "%.17g". */
    public static String g17(double d) {
        return formatG(d, 17);
    }

    /** C's "%.{precision}g", including "inf", "-inf", "nan" and "-0". */
    public static String formatG(double d, int precision) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (Double.doubleToRawLongBits(d) < 0) ? "-0" : "0";
        }
        int p = precision == 0 ? 1 : precision;
        BigDecimal bd = new BigDecimal(d).round(new MathContext(p, RoundingMode.HALF_EVEN));
        int x = bd.precision() - bd.scale() - 1;
        String out;
        if (p > x && x >= -4) {
            out = stripZeros(bd.setScale(p - 1 - x, RoundingMode.HALF_EVEN).toPlainString());
        } else {
            StringBuilder digits = new StringBuilder(bd.unscaledValue().abs().toString());
            while (digits.length() < p) {
                digits.append('0');
            }
            String mant = stripZeros(digits.charAt(0) + "." + digits.substring(1, p));
            int ax = Math.abs(x);
            out = (bd.signum() < 0 ? "-" : "") + mant + "e" + (x < 0 ? "-" : "+") + (ax < 10 ? "0" : "") + ax;
        }
        return out;
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int l = s.length();
        while (s.charAt(l - 1) == '0') {
            l--;
        }
        if (s.charAt(l - 1) == '.') {
            l--;
        }
        return s.substring(0, l);
    }

    /**
     * string2d: the whole input must be a C strtod number (decimal, hex float, "inf"/"infinity"; no
     * leading space, no NaN, no overflow, no underflow to zero). Returns NaN when it is not.
     */
    public static double parseDouble(byte[] s) {
        if (s.length == 0 || s.length >= LongDouble.MAX_CHARS) {
            return Double.NaN;
        }
        String t = Bytes.str(s);
        int p = 0;
        boolean negative = false;
        if (t.charAt(0) == '+' || t.charAt(0) == '-') {
            negative = t.charAt(0) == '-';
            p = 1;
        }
        String rest = t.substring(p).toLowerCase();
        if (rest.equals("inf") || rest.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.isEmpty() || !(Character.isDigit(rest.charAt(0)) || rest.charAt(0) == '.')) {
            return Double.NaN;
        }
        double v;
        try {
            if (rest.startsWith("0x")) {
                String hex = rest.indexOf('p') >= 0 ? rest : rest + "p0";
                v = Double.parseDouble("0x" + hex.substring(2));
            } else {
                for (int i = 0; i < rest.length(); i++) {
                    char c = rest.charAt(i);
                    if (!(Character.isDigit(c) || c == '.' || c == 'e' || c == '+' || c == '-')) {
                        return Double.NaN; // Java would accept suffixes like 'd' and 'f'; C does not
                    }
                }
                v = Double.parseDouble(rest);
            }
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
        if (Double.isInfinite(v)) {
            return Double.NaN; // overflow (ERANGE)
        }
        if (v == 0 && hasNonZeroDigit(rest)) {
            return Double.NaN; // underflow to zero (ERANGE)
        }
        return negative ? -v : v;
    }

    /**
     * C's strtod over the C string that starts at {@code from} (it ends at the first NUL byte), as
     * Redis calls it when it only checks that the whole string was consumed (zslParseRange): leading
     * white space is skipped, "inf"/"infinity" and hex floats are read, overflow gives an infinity and
     * an empty string gives 0. Returns NaN when text is left over or the number is NaN.
     */
    public static double strtod(byte[] s, int from) {
        return strtod(s, from, false);
    }

    /** {@link #strtod} that also refuses a result out of range (errno ERANGE), as SORT does. */
    public static double strtodInRange(byte[] s) {
        return strtod(s, 0, true);
    }

    private static double strtod(byte[] s, int from, boolean rangeIsError) {
        int end = from;
        while (end < s.length && s[end] != 0) {
            end++;
        }
        if (end == from) {
            return 0; // nothing to convert: strtod leaves its end pointer on the terminator
        }
        int p = from;
        while (p < end && (s[p] == ' ' || (s[p] >= '\t' && s[p] <= '\r'))) {
            p++;
        }
        String t = new String(s, p, end - p, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase();
        boolean negative = false;
        int q = 0;
        if (!t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-')) {
            negative = t.charAt(0) == '-';
            q = 1;
        }
        String rest = t.substring(q);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        double v;
        if (rest.startsWith("0x")) {
            if (!isHexFloat(rest, 2)) {
                return Double.NaN;
            }
            v = Double.parseDouble(rest.indexOf('p') >= 0 ? rest : rest + "p0");
        } else {
            if (!isDecimalFloat(rest)) {
                return Double.NaN;
            }
            v = Double.parseDouble(rest);
        }
        if (rangeIsError && (Double.isInfinite(v) || (v == 0 && hasNonZeroDigit(rest)))) {
            return Double.NaN;
        }
        return negative ? -v : v;
    }

    /** digits [. digits] or . digits, then an optional complete exponent "e[+-]digits". */
    private static boolean isDecimalFloat(String s) {
        return isFloatSyntax(s, 0, 10, 'e');
    }

    /** After "0x": hex digits [. hex digits] (at least one), then an optional complete "p[+-]digits". */
    private static boolean isHexFloat(String s, int from) {
        return isFloatSyntax(s, from, 16, 'p');
    }

    /** The whole of s from {@code from} is a mantissa in the radix and an optional decimal exponent. */
    private static boolean isFloatSyntax(String s, int from, int radix, char exponentMarker) {
        int i = from;
        int n = s.length();
        int digits = 0;
        while (i < n && Character.digit(s.charAt(i), radix) >= 0) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && Character.digit(s.charAt(i), radix) >= 0) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && s.charAt(i) == exponentMarker) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exp = i;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == exp) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean hasNonZeroDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'p') {
                return false;
            }
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * printf("%.Nf"): the exact binary value rounded half-even to N decimals, as glibc prints it
     * (Java's own %f rounds the shortest decimal form half-up, which differs on ties).
     */
    public static String fixed(double d, int decimals) {
        if (Double.isNaN(d)) {
            return d < 0 ? "-nan" : "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String s = new java.math.BigDecimal(d).setScale(decimals, java.math.RoundingMode.HALF_EVEN).toPlainString();
        return d < 0 || (d == 0 && 1 / d < 0) ? (s.startsWith("-") ? s : "-" + s) : s;
    }
}
