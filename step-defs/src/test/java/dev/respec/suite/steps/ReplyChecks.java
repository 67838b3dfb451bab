package dev.respec.suite.steps;

import dev.respec.suite.driver.Driver;
import dev.respec.suite.resp.Reply;
import dev.respec.suite.resp.ReplyNotation;
import dev.respec.suite.resp.ReplyRenderer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The reply checks behind the steps, with failure messages that show expected and actual replies in the
 * same typed notation.
 *
 * <p>A match is first tried on text (the rendering of the actual reply against the expectation as written).
 * Failing that, the expectation is parsed and compared by meaning: map entries and set elements in any order,
 * and, for a client library, only what that library can observe ({@link Driver#observable}).
 */
final class ReplyChecks {
    private ReplyChecks() {}

    static boolean matchesOneLine(Reply actual, String expected, Driver driver) {
        String exp = expected.strip();
        if (ReplyRenderer.oneLine(actual).equals(exp)) return true;
        try {
            Reply parsed = ReplyNotation.parseOneLine(exp);
            if (sameMeaning(actual, parsed, driver)) return true;
            // Gherkin trims step text, so an error's trailing space (Redis has one: "... beginning with: ")
            // cannot be written; it is the only part of an error message not compared.
            return actual instanceof Reply.ErrorReply a && parsed instanceof Reply.ErrorReply e
                    && a.message().stripTrailing().equals(e.message());
        } catch (ReplyNotation.NotationException e) {
            return false;
        }
    }

    static void assertOneLine(Reply actual, String expected, Driver driver, String context) {
        if (matchesOneLine(actual, expected, driver)) return;
        throw new AssertionError(context + " is not the expected reply.\n"
                + "  expected: " + expected.strip() + "\n"
                + "  actual:   " + ReplyRenderer.oneLine(actual)
                + notationNote(expected, true) + driverNote(driver));
    }

    static void assertMultiLine(Reply actual, String expected, Driver driver, String context) {
        String exp = normalize(expected);
        if (normalize(ReplyRenderer.multiLine(actual)).equals(exp)) return;
        try {
            if (sameMeaning(actual, ReplyNotation.parseMultiLine(exp), driver)) return;
        } catch (ReplyNotation.NotationException ignored) {
            // Reported below through notationNote.
        }
        throw new AssertionError(context + " is not the expected reply.\n"
                + "expected:\n" + indent(exp) + "\n"
                + "actual:\n" + indent(ReplyRenderer.multiLine(actual))
                + notationNote(exp, false) + driverNote(driver));
    }

    static void assertContainsInAnyOrder(Reply actual, String items, Driver driver, String context) {
        if (!(actual instanceof Reply.ArrayReply array)) {
            throw new AssertionError(context + " is not an array.\n  actual: " + ReplyRenderer.oneLine(actual));
        }
        List<String> expectedLines = Arrays.stream(items.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> expected = new ArrayList<>();
        for (String line : expectedLines) {
            Reply parsed = ReplyNotation.parseOneLine(line);
            expected.add(ReplyRenderer.canonical(observe(parsed, driver)));
        }
        List<String> got = array.elements().stream().map(ReplyRenderer::canonical).collect(Collectors.toList());
        List<String> missing = minus(expected, got);
        List<String> unexpected = minus(got, expected);
        if (missing.isEmpty() && unexpected.isEmpty()) return;
        throw new AssertionError(context + " does not hold exactly the expected elements (in any order).\n"
                + "expected:\n" + indent(String.join("\n", expectedLines)) + "\n"
                + "actual:\n" + indent(array.elements().stream().map(ReplyRenderer::oneLine).collect(Collectors.joining("\n")))
                + (missing.isEmpty() ? "" : "\nmissing:    " + missing)
                + (unexpected.isEmpty() ? "" : "\nunexpected: " + unexpected)
                + driverNote(driver));
    }

    static void assertFirstElementStartsWith(Reply actual, String expected, Driver driver, String context) {
        if (!(ReplyNotation.parseOneLine(expected.strip()) instanceof Reply.ArrayReply prefix)) {
            throw new IllegalArgumentException("the expected start is not a one-line array: " + expected);
        }
        int n = prefix.elements().size();
        if (actual instanceof Reply.ArrayReply outer && !outer.elements().isEmpty()
                && outer.elements().get(0) instanceof Reply.ArrayReply first && first.elements().size() >= n) {
            assertOneLine(new Reply.ArrayReply(first.elements().subList(0, n)), expected, driver,
                    "the first " + n + " elements of the first element of " + context);
            return;
        }
        throw new AssertionError(context + " is not an array whose first element is an array of at least " + n
                + " elements.\n  actual: " + ReplyRenderer.oneLine(actual));
    }

    static void assertErrorStartingWith(Reply actual, String prefix, String context) {
        if (actual instanceof Reply.ErrorReply e && e.message().startsWith(prefix)) return;
        throw new AssertionError(context + " is not an error starting with \"" + prefix + "\".\n"
                + "  actual: " + ReplyRenderer.oneLine(actual));
    }

    static void assertIntegerBetween(Reply actual, long low, long high, String context) {
        if (actual instanceof Reply.IntegerReply i && i.value() >= low && i.value() <= high) return;
        throw new AssertionError(context + " is not an integer between " + low + " and " + high + ".\n"
                + "  actual: " + ReplyRenderer.oneLine(actual));
    }

    static void assertBulkMatching(Reply actual, String regex, Driver driver, String context) {
        if (actual instanceof Reply.BulkString b && Pattern.compile(regex, Pattern.DOTALL).matcher(b.text()).matches()) return;
        throw new AssertionError(context + " is not a bulk string matching /" + regex + "/.\n"
                + "  actual: " + ReplyRenderer.oneLine(actual) + driverNote(driver));
    }

    static void assertArrayOf(Reply actual, int n, String context) {
        if (actual instanceof Reply.ArrayReply a && a.elements().size() == n) return;
        throw new AssertionError(context + " is not an array of " + n + " elements.\n"
                + "  actual: " + ReplyRenderer.oneLine(actual));
    }

    static void assertNotError(Reply actual, String context) {
        if (!actual.isError()) return;
        throw new AssertionError(context + " is an error, and a Given step sets things up, so it must succeed.\n"
                + "  actual: " + ReplyRenderer.oneLine(actual));
    }

    private static boolean sameMeaning(Reply actual, Reply expected, Driver driver) {
        return ReplyRenderer.canonical(actual).equals(ReplyRenderer.canonical(observe(expected, driver)));
    }

    private static Reply observe(Reply r, Driver driver) {
        return driver == null ? r : driver.observable(r);
    }

    private static String notationNote(String expected, boolean oneLine) {
        try {
            if (oneLine) ReplyNotation.parseOneLine(expected);
            else ReplyNotation.parseMultiLine(expected);
            return "";
        } catch (ReplyNotation.NotationException e) {
            return "\n  (the expectation is not in reply notation: " + e.getMessage() + ")";
        }
    }

    private static String driverNote(Driver driver) {
        return driver == null || driver.limits().isEmpty() ? "" : "\n  (through " + driver.name() + ": " + driver.limits() + ")";
    }

    static String normalize(String text) {
        List<String> lines = new ArrayList<>(Arrays.stream(text.split("\n", -1)).map(String::stripTrailing).toList());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
        while (!lines.isEmpty() && lines.get(0).isEmpty()) lines.remove(0);
        return String.join("\n", lines);
    }

    private static String indent(String text) {
        return Arrays.stream(text.split("\n", -1)).map(l -> "  " + l).collect(Collectors.joining("\n"));
    }

    private static List<String> minus(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(a);
        for (String x : b) rest.remove(x);
        return rest;
    }
}
