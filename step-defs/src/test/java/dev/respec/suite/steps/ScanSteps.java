package dev.respec.suite.steps;

import dev.respec.suite.resp.Reply;
import dev.respec.suite.resp.ReplyNotation;
import dev.respec.suite.resp.ReplyRenderer;
import dev.respec.suite.resp.SplitArgs;
import io.cucumber.java.en.Then;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A full SCAN-family iteration: the command is run with {@code {cursor}} replaced by "0", then by each
 * cursor the server returns, until it returns "0". The elements of every call are gathered as a set, since
 * the SCAN guarantee allows an element to come back more than once; the set must be exactly the expected one.
 * Works for SCAN, SSCAN, HSCAN and ZSCAN (for the last two, fields and values are both elements).
 */
public final class ScanSteps {
    /** A full iteration ends long before this many calls on any keyspace a scenario builds. */
    private static final int MAX_CALLS = 100_000;

    private final World world;

    public ScanSteps(World world) {
        this.world = world;
    }

    @Then("scanning with {string} returns exactly, in any order:")
    public void scanningReturnsExactly(String template, String items) {
        if (!template.contains("{cursor}")) {
            throw new IllegalArgumentException("the command must hold {cursor} where the cursor goes: " + template);
        }
        Set<String> got = new LinkedHashSet<>();
        String cursor = "0";
        int calls = 0;
        do {
            String line = template.replace("{cursor}", cursor);
            Reply r = world.call(World.DEFAULT_CLIENT, SplitArgs.split(line));
            if (!(r instanceof Reply.ArrayReply outer) || outer.elements().size() != 2
                    || !(outer.elements().get(0) instanceof Reply.BulkString next)
                    || !(outer.elements().get(1) instanceof Reply.ArrayReply batch)) {
                throw new AssertionError("the reply to \"" + line + "\" is not [cursor, [elements...]].\n"
                        + "  actual: " + ReplyRenderer.oneLine(r));
            }
            batch.elements().forEach(e -> got.add(ReplyRenderer.canonical(e)));
            cursor = new String(next.bytes(), StandardCharsets.US_ASCII);
            if (++calls > MAX_CALLS) {
                throw new AssertionError("\"" + template + "\" did not come back to cursor 0 in " + MAX_CALLS + " calls");
            }
        } while (!cursor.equals("0"));

        Set<String> expected = new LinkedHashSet<>();
        Arrays.stream(items.split("\n")).map(String::strip).filter(l -> !l.isEmpty())
                .forEach(l -> expected.add(ReplyRenderer.canonical(ReplyNotation.parseOneLine(l))));
        if (got.equals(expected)) return;
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(got);
        Set<String> unexpected = new TreeSet<>(got);
        unexpected.removeAll(expected);
        throw new AssertionError("a full iteration of \"" + template + "\" (" + calls + " calls) did not return exactly "
                + "the expected elements.\n"
                + (missing.isEmpty() ? "" : "  missing:    " + missing + "\n")
                + (unexpected.isEmpty() ? "" : "  unexpected: " + unexpected + "\n"));
    }
}
