package dev.respec.server.util;

/**
 * The longest common subsequence of two byte strings, as the LCS command computes it: the classic
 * dynamic-programming table of prefix LCS lengths, then one walk back from the end of both strings
 * that yields the subsequence itself and its matching ranges.
 *
 * <p>The walk is Redis's, step for step, because the reply depends on it when several subsequences
 * are equally long: on equal bytes it takes the byte and moves diagonally; otherwise it moves along
 * the string whose shorter prefix keeps the longer LCS, preferring to shorten {@code b} on a tie.
 * Ranges come out from the end of the strings towards their start, each a run of bytes contiguous in
 * both strings, as {aStart, aEnd, bStart, bEnd} with inclusive ends.
 */
public final class Lcs {
    private final byte[] a;
    private final byte[] b;
    /** LCS length of a[0..i) and b[0..j) at i * (b.length + 1) + j. */
    private final int[] table;

    private Lcs(byte[] a, byte[] b, int[] table) {
        this.a = a;
        this.b = b;
        this.table = table;
    }

    /** Bytes the table of two strings of these lengths takes, as Redis sizes it (4 per cell). */
    public static long tableBytes(long alen, long blen) {
        return (alen + 1) * (blen + 1) * 4;
    }

    /** Builds the table. The caller checked {@link #tableBytes} against its limit. */
    public static Lcs of(byte[] a, byte[] b) {
        int w = b.length + 1;
        int[] t = new int[Math.multiplyExact(a.length + 1, w)];
        for (int i = 1; i <= a.length; i++) {
            int row = i * w;
            int prev = row - w;
            byte ai = a[i - 1];
            for (int j = 1; j <= b.length; j++) {
                if (ai == b[j - 1]) {
                    t[row + j] = t[prev + j - 1] + 1;
                } else {
                    t[row + j] = Math.max(t[prev + j], t[row + j - 1]);
                }
            }
        }
        return new Lcs(a, b, t);
    }

    private int at(int i, int j) {
        return table[i * (b.length + 1) + j];
    }

    public int length() {
        return at(a.length, b.length);
    }

    /** The subsequence itself. */
    public byte[] sequence() {
        byte[] out = new byte[length()];
        walk(out, null);
        return out;
    }

    /** Receives the matching ranges of the walk. */
    public interface RangeSink {
        void range(int aStart, int aEnd, int bStart, int bEnd);
    }

    /** The matching ranges, from the end of the strings backwards. */
    public void ranges(RangeSink sink) {
        walk(null, sink);
    }

    private void walk(byte[] out, RangeSink sink) {
        int idx = length();
        int i = a.length;
        int j = b.length;
        int aStart = -1; // -1: no range open
        int aEnd = 0;
        int bStart = 0;
        int bEnd = 0;
        while (i > 0 && j > 0) {
            boolean emit = false;
            if (a[i - 1] == b[j - 1]) {
                if (out != null) {
                    out[idx - 1] = a[i - 1];
                }
                if (aStart < 0) {
                    aStart = i - 1;
                    aEnd = i - 1;
                    bStart = j - 1;
                    bEnd = j - 1;
                } else {
                    // a range is open only right after a match, so this byte extends it backwards
                    aStart--;
                    bStart--;
                }
                if (aStart == 0 || bStart == 0) {
                    emit = true;
                }
                idx--;
                i--;
                j--;
            } else {
                if (at(i - 1, j) > at(i, j - 1)) {
                    i--;
                } else {
                    j--;
                }
                if (aStart >= 0) {
                    emit = true;
                }
            }
            if (emit) {
                if (sink != null) {
                    sink.range(aStart, aEnd, bStart, bEnd);
                }
                aStart = -1;
            }
        }
    }
}
