package dev.respec.server.util;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The x87 80-bit "long double" arithmetic that Redis uses for INCRBYFLOAT and HINCRBYFLOAT, emulated
 * exactly with BigDecimal: values are rounded to a 64-bit mantissa (round-half-even) after parsing and
 * after each operation, and printed as Redis's ld2string(LD_STR_HUMAN) does ("%.17Lf", then trailing
 * zeros and the point removed, "-0" printed as "0"). A Java double would print 10.5 + 0.1 as
 * 10.6000000000000001; Redis prints 10.6, and so do we.
 */
public final class LongDouble {
    /** MAX_LONG_DOUBLE_CHARS in Redis: longer inputs are not numbers, longer outputs are dropped. */
    public static final int MAX_CHARS = 5 * 1024;

    private static final int MANTISSA_BITS = 64;
    private static final int MIN_EXPONENT = -16445; // exponent of the smallest subnormal, 2^-16445
    private static final int MAX_EXPONENT = 16384; // values >= 2^16384 overflow

    private LongDouble() {
    }

    /** Exact sum rounded to a long double; null when it overflows. */
    public static BigDecimal add(BigDecimal a, BigDecimal b) {
        return round(a.add(b));
    }

    /**
     * string2ld: parses a C strtold number (decimal or hex float, optional exponent, "inf"/"infinity")
     * of the whole input. Not a number, NaN, overflow and underflow to zero are invalid; "inf" is valid
     * (Redis accepts it as an input, then refuses the infinite result).
     */
    public static Parsed parse(byte[] s) {
        if (s.length == 0 || s.length >= MAX_CHARS) {
            return Parsed.INVALID;
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
            return negative ? Parsed.NEG_INFINITY : Parsed.POS_INFINITY;
        }
        BigDecimal exact;
        if (rest.startsWith("0x")) {
            exact = parseHex(rest.substring(2));
        } else {
            exact = parseDecimal(rest);
        }
        if (exact == null) {
            return Parsed.INVALID;
        }
        if (negative) {
            exact = exact.negate();
        }
        if (exact.signum() == 0) {
            return Parsed.finite(BigDecimal.ZERO);
        }
        BigDecimal rounded = round(exact);
        if (rounded == null || rounded.signum() == 0) {
            return Parsed.INVALID; // ERANGE: overflow or underflow to zero
        }
        return Parsed.finite(rounded);
    }

    private static BigDecimal parseDecimal(String s) {
        int i = 0;
        int n = s.length();
        int digits = 0;
        StringBuilder mant = new StringBuilder();
        int scale = 0;
        while (i < n && Character.isDigit(s.charAt(i))) {
            mant.append(s.charAt(i++));
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(s.charAt(i))) {
                mant.append(s.charAt(i++));
                scale++;
                digits++;
            }
        }
        if (digits == 0) {
            return null;
        }
        long[] e = new long[1];
        i = exponent(s, i, 'e', e);
        long exp = e[0];
        if (i != n) {
            return null;
        }
        BigInteger unscaled = new BigInteger(mant.toString());
        if (unscaled.signum() == 0) {
            return BigDecimal.ZERO;
        }
        long totalScale = scale - exp;
        if (totalScale > 20000) {
            return BigDecimal.ONE.movePointLeft(20000); // far below the smallest subnormal: underflow
        }
        if (totalScale < -20000) {
            return BigDecimal.ONE.movePointRight(20000); // far above the largest finite: overflow
        }
        return new BigDecimal(unscaled, (int) totalScale);
    }

    /**
     * An optional exponent "<marker>[+-]digits" at i: returns the index after it and its value in
     * out[0] (saturated far beyond any finite long double), or i and 0 when there is none ("1e" parses
     * as 1 with "e" left over, as strtold does).
     */
    private static int exponent(String s, int i, char marker, long[] out) {
        int n = s.length();
        out[0] = 0;
        if (i >= n || s.charAt(i) != marker) {
            return i;
        }
        int j = i + 1;
        boolean negative = false;
        if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
            negative = s.charAt(j) == '-';
            j++;
        }
        int start = j;
        long exp = 0;
        while (j < n && Character.isDigit(s.charAt(j))) {
            if (exp < 1_000_000) {
                exp = exp * 10 + (s.charAt(j) - '0');
            }
            j++;
        }
        if (j == start) {
            return i;
        }
        out[0] = negative ? -exp : exp;
        return j;
    }

    private static BigDecimal parseHex(String s) {
        int i = 0;
        int n = s.length();
        BigInteger mant = BigInteger.ZERO;
        int digits = 0;
        int fracDigits = 0;
        while (i < n && Character.digit(s.charAt(i), 16) >= 0) {
            mant = mant.shiftLeft(4).add(BigInteger.valueOf(Character.digit(s.charAt(i++), 16)));
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && Character.digit(s.charAt(i), 16) >= 0) {
                mant = mant.shiftLeft(4).add(BigInteger.valueOf(Character.digit(s.charAt(i++), 16)));
                digits++;
                fracDigits++;
            }
        }
        if (digits == 0) {
            return null;
        }
        long[] e = new long[1];
        i = exponent(s, i, 'p', e);
        long exp = e[0];
        if (i != n) {
            return null;
        }
        long binExp = exp - 4L * fracDigits;
        if (binExp < -40000 || binExp > 40000) {
            return binExp < 0 ? BigDecimal.ONE.movePointLeft(20000) : BigDecimal.ONE.movePointRight(20000);
        }
        BigDecimal m = new BigDecimal(mant);
        return binExp >= 0 ? m.multiply(new BigDecimal(BigInteger.ONE.shiftLeft((int) binExp)))
                : m.divide(new BigDecimal(BigInteger.ONE.shiftLeft((int) -binExp)));
    }

    /** Rounds an exact value to the nearest long double; null when it overflows to infinity. */
    public static BigDecimal round(BigDecimal x) {
        int sign = x.signum();
        if (sign == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal abs = x.abs();
        BigInteger num;
        BigInteger den;
        if (abs.scale() > 0) {
            num = abs.unscaledValue();
            den = BigInteger.TEN.pow(abs.scale());
        } else {
            num = abs.unscaledValue().multiply(BigInteger.TEN.pow(-abs.scale()));
            den = BigInteger.ONE;
        }
        // choose e so that num / (den * 2^e) lies in [2^63, 2^64)
        long e = (long) num.bitLength() - den.bitLength() - MANTISSA_BITS;
        while (true) {
            BigInteger[] qr = divPow2(num, den, e);
            int bits = qr[0].bitLength();
            if (bits > MANTISSA_BITS) {
                e++;
            } else if (bits < MANTISSA_BITS && e > MIN_EXPONENT) {
                e--;
            } else {
                break;
            }
        }
        if (e < MIN_EXPONENT) {
            e = MIN_EXPONENT;
        }
        BigInteger[] qr = divPow2(num, den, e);
        BigInteger q = qr[0];
        BigInteger twiceRem = qr[1].shiftLeft(1);
        BigInteger divisor = e >= 0 ? den.shiftLeft((int) e) : den;
        int cmp = twiceRem.compareTo(divisor);
        if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
            if (q.bitLength() > MANTISSA_BITS) {
                q = q.shiftRight(1);
                e++;
            }
        }
        if (q.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (e + q.bitLength() > MAX_EXPONENT) {
            return null;
        }
        BigDecimal v = new BigDecimal(q);
        v = e >= 0 ? v.multiply(new BigDecimal(BigInteger.ONE.shiftLeft((int) e)))
                : v.divide(new BigDecimal(BigInteger.ONE.shiftLeft((int) -e)));
        return sign < 0 ? v.negate() : v;
    }

    /** Quotient and remainder of num / (den * 2^e), for e of either sign. */
    private static BigInteger[] divPow2(BigInteger num, BigInteger den, long e) {
        if (e >= 0) {
            return num.divideAndRemainder(den.shiftLeft((int) e));
        }
        return num.shiftLeft((int) -e).divideAndRemainder(den);
    }

    /** ld2string(LD_STR_HUMAN): "%.17Lf" with trailing zeros removed; "" when it would not fit. */
    public static byte[] formatHuman(BigDecimal v) {
        String s = v.setScale(17, RoundingMode.HALF_EVEN).toPlainString();
        if (s.indexOf('.') >= 0) {
            int l = s.length();
            while (s.charAt(l - 1) == '0') {
                l--;
            }
            if (s.charAt(l - 1) == '.') {
                l--;
            }
            s = s.substring(0, l);
        }
        if (s.equals("-0")) {
            s = "0";
        }
        if (s.length() + 1 > MAX_CHARS) {
            return Bytes.EMPTY;
        }
        return Bytes.latin1(s);
    }

    /** Outcome of {@link #parse}: invalid, an infinity, or a finite exact value. */
    public record Parsed(boolean valid, int infinity, BigDecimal value) {
        public static final Parsed ZERO = new Parsed(true, 0, BigDecimal.ZERO);
        static final Parsed INVALID = new Parsed(false, 0, null);
        static final Parsed POS_INFINITY = new Parsed(true, 1, null);
        static final Parsed NEG_INFINITY = new Parsed(true, -1, null);

        static Parsed finite(BigDecimal v) {
            return new Parsed(true, 0, v);
        }

        public boolean isFinite() {
            return valid && infinity == 0;
        }
    }
}
