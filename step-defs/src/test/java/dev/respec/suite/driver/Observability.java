package dev.respec.suite.driver;

import dev.respec.suite.resp.Reply;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;

/** Helpers for drivers that see less than the wire: rewrite a reply into what such a driver reports. */
final class Observability {
    private Observability() {}

    /** Applies {@code scalar} to every non-aggregate in {@code r}, rebuilding aggregates with {@code aggregate}. */
    static Reply map(Reply r, UnaryOperator<Reply> scalar, boolean setsAsArrays) {
        if (r instanceof Reply.ArrayReply a) return new Reply.ArrayReply(all(a.elements(), scalar, setsAsArrays));
        if (r instanceof Reply.PushReply p) return new Reply.ArrayReply(all(p.elements(), scalar, setsAsArrays));
        if (r instanceof Reply.SetReply s) {
            List<Reply> e = all(s.elements(), scalar, setsAsArrays);
            return setsAsArrays ? new Reply.ArrayReply(e) : new Reply.SetReply(e);
        }
        if (r instanceof Reply.MapReply m) {
            return new Reply.MapReply(m.entries().stream()
                    .map(e -> new Reply.Entry(map(e.key(), scalar, setsAsArrays), map(e.value(), scalar, setsAsArrays)))
                    .toList());
        }
        if (r instanceof Reply.AttributedReply at) return map(at.value(), scalar, setsAsArrays);
        return scalar.apply(r);
    }

    private static List<Reply> all(List<Reply> l, UnaryOperator<Reply> scalar, boolean setsAsArrays) {
        return l.stream().map(e -> map(e, scalar, setsAsArrays)).toList();
    }

    /** One text for a double, whoever parsed it: {@code inf}, {@code -inf}, {@code nan} or plain decimal. */
    static String doubleText(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return "0";
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    static double parseDouble(String wire) {
        return switch (wire.toLowerCase(java.util.Locale.ROOT)) {
            case "inf", "+inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(wire);
        };
    }

    static Reply normalizedDouble(Reply.DoubleReply d) {
        try {
            return new Reply.DoubleReply(doubleText(parseDouble(d.text())));
        } catch (NumberFormatException e) {
            return d;
        }
    }
}
