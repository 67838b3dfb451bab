package dev.respec.suite.steps;

import dev.respec.suite.resp.Reply;
import dev.respec.suite.resp.ReplyNotation;
import dev.respec.suite.resp.ReplyRenderer;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Steps for aggregates whose content is random or too large to write out: replies of HRANDFIELD,
 * SRANDMEMBER and SPOP checked by their properties (how many elements, distinct or not, each one of a
 * known list), commands with many generated arguments, and a whole SCAN-family iteration followed
 * cursor by cursor.
 *
 * <p>Elements are compared by meaning ({@link ReplyRenderer#canonical}), so a RESP3 nested pair
 * {@code ["f", "v"]} is one element. "Each one of" lists are one-line notations, one per line.
 */
public final class CollectionSteps {
    private static final int MAX_SCAN_CALLS = 100_000;

    private final World world;
    private final List<Reply> scanned = new ArrayList<>();
    private int scanCalls;

    public CollectionSteps(World world) {
        this.world = world;
    }

    // ---- generated arguments ---------------------------------------------------------------------------

    /**
     * {@code Given the client runs "SADD s" followed by "m{n}" for n from 1 to 600}: one command whose
     * arguments are the prefix's, then the template once per n with {n} replaced. Must not fail.
     */
    @Given("^the client runs \"([^\"]*)\" followed by \"([^\"]*)\" for n from (-?\\d+) to (-?\\d+)$")
    public void theClientRunsWithGeneratedArguments(String prefix, String template, long from, long to) {
        if (to < from || to - from >= 1_000_000) throw new IllegalArgumentException("n must go up, at most a million times");
        StringBuilder line = new StringBuilder(prefix);
        for (long n = from; n <= to; n++) {
            line.append(' ').append(template.replace("{n}", Long.toString(n)));
        }
        Reply r = world.run(World.DEFAULT_CLIENT, line.toString());
        ReplyChecks.assertNotError(r, "the reply to \"" + prefix + " " + template + " ...\" (n = " + from + ".." + to + ")");
    }

    // ---- random replies, by property ---------------------------------------------------------------------

    @Then("^the reply is an array of (\\d+) (distinct )?elements, each one of:$")
    public void theReplyIsAnArrayOfElementsEachOneOf(int n, String distinct, String allowed) {
        List<Reply> elements = arrayElements(world.lastReply());
        checkCount(elements.size(), n, "elements");
        checkEachOneOf(elements, allowed);
        if (distinct != null) checkDistinct(elements);
    }

    @Then("the set reply holds {int} elements, each one of:")
    public void theSetReplyHoldsElementsEachOneOf(int n, String allowed) {
        Reply r = world.lastReply();
        if (!(r instanceof Reply.SetReply set)) {
            throw new AssertionError(world.lastReplyContext() + " is not a set.\n  actual: " + ReplyRenderer.oneLine(r));
        }
        checkCount(set.elements().size(), n, "elements");
        checkEachOneOf(set.elements(), allowed);
        checkDistinct(set.elements());
    }

    /** RESP2's flat field, value, field, value ... arrays (HRANDFIELD WITHVALUES); pairs listed as ["f", "v"]. */
    @Then("^the reply is an array of (\\d+) (distinct )?field-value pairs, each one of:$")
    public void theReplyIsAnArrayOfPairsEachOneOf(int n, String distinct, String allowed) {
        List<Reply> elements = arrayElements(world.lastReply());
        if (elements.size() % 2 != 0) {
            throw new AssertionError(world.lastReplyContext() + " has an odd number of elements, so it is not field-value pairs.\n"
                    + "  actual: " + ReplyRenderer.oneLine(world.lastReply()));
        }
        List<Reply> pairs = new ArrayList<>();
        for (int i = 0; i < elements.size(); i += 2) {
            pairs.add(new Reply.ArrayReply(List.of(elements.get(i), elements.get(i + 1))));
        }
        checkCount(pairs.size(), n, "field-value pairs");
        checkEachOneOf(pairs, allowed);
        if (distinct != null) checkDistinct(pairs);
    }

    @Then("the reply is an array of {int} distinct bulk strings matching {string}")
    public void theReplyIsAnArrayOfDistinctBulkStringsMatching(int n, String regex) {
        List<Reply> elements = arrayElements(world.lastReply());
        checkCount(elements.size(), n, "elements");
        Pattern p = Pattern.compile(regex, Pattern.DOTALL);
        for (Reply e : elements) {
            if (!(e instanceof Reply.BulkString b && p.matcher(b.text()).matches())) {
                throw new AssertionError(world.lastReplyContext() + " has an element that is not a bulk string matching /"
                        + regex + "/: " + ReplyRenderer.oneLine(e));
            }
        }
        checkDistinct(elements);
    }

    // ---- whole scans -----------------------------------------------------------------------------------

    /**
     * {@code When the client scans with "SSCAN s {cursor} COUNT 5" until the cursor is 0}: starts at cursor 0
     * and follows the cursors the server returns, collecting every element; each page must be a
     * [cursor, [elements...]] array. The last page becomes "the reply".
     */
    @When("the client scans with {string} until the cursor is 0")
    public void theClientScansUntilTheCursorIsZero(String template) {
        if (!template.contains("{cursor}")) throw new IllegalArgumentException("the command needs a {cursor} placeholder");
        scanned.clear();
        scanCalls = 0;
        String cursor = "0";
        do {
            if (++scanCalls > MAX_SCAN_CALLS) throw new AssertionError("the scan did not end after " + MAX_SCAN_CALLS + " calls");
            String line = template.replace("{cursor}", cursor);
            Reply r = world.run(World.DEFAULT_CLIENT, line);
            if (!(r instanceof Reply.ArrayReply page && page.elements().size() == 2
                    && page.elements().get(0) instanceof Reply.BulkString next
                    && page.elements().get(1) instanceof Reply.ArrayReply items)) {
                throw new AssertionError(world.lastReplyContext() + " is not a [cursor, [elements]] scan page.\n  actual: "
                        + ReplyRenderer.oneLine(r));
            }
            scanned.addAll(items.elements());
            cursor = next.text();
        } while (!cursor.equals("0"));
    }

    @Then("the scan returned {int} distinct elements")
    public void theScanReturnedDistinctElements(int n) {
        Set<String> distinct = scanned.stream().map(ReplyRenderer::canonical).collect(Collectors.toSet());
        if (distinct.size() != n) {
            throw new AssertionError("the scan returned " + distinct.size() + " distinct elements, not " + n
                    + " (" + scanned.size() + " in all, over " + scanCalls + " calls)");
        }
    }

    /** HSCAN/ZSCAN: elements come as field, value; each field must always come with the same value. */
    @Then("the scan returned {int} distinct field-value pairs")
    public void theScanReturnedDistinctPairs(int n) {
        if (scanned.size() % 2 != 0) throw new AssertionError("the scan returned an odd number of elements: " + scanned.size());
        Map<String, String> pairs = new HashMap<>();
        for (int i = 0; i < scanned.size(); i += 2) {
            String field = ReplyRenderer.canonical(scanned.get(i));
            String value = ReplyRenderer.canonical(scanned.get(i + 1));
            String before = pairs.putIfAbsent(field, value);
            if (before != null && !before.equals(value)) {
                throw new AssertionError("the scan returned field " + field + " with two values: " + before + " and " + value);
            }
        }
        if (pairs.size() != n) {
            throw new AssertionError("the scan returned " + pairs.size() + " distinct field-value pairs, not " + n);
        }
    }

    @Then("the scan took more than one call")
    public void theScanTookMoreThanOneCall() {
        if (scanCalls < 2) throw new AssertionError("the scan ended after " + scanCalls + " call");
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private List<Reply> arrayElements(Reply r) {
        if (r instanceof Reply.ArrayReply a) return a.elements();
        throw new AssertionError(world.lastReplyContext() + " is not an array.\n  actual: " + ReplyRenderer.oneLine(r));
    }

    private void checkCount(int actual, int expected, String what) {
        if (actual != expected) {
            throw new AssertionError(world.lastReplyContext() + " has " + actual + " " + what + ", not " + expected
                    + ".\n  actual: " + ReplyRenderer.oneLine(world.lastReply()));
        }
    }

    private void checkEachOneOf(List<Reply> elements, String allowedLines) {
        Set<String> allowed = new HashSet<>();
        for (String line : lines(allowedLines)) allowed.add(ReplyRenderer.canonical(ReplyNotation.parseOneLine(line)));
        for (Reply e : elements) {
            if (!allowed.contains(ReplyRenderer.canonical(e))) {
                throw new AssertionError(world.lastReplyContext() + " has an element that is none of the allowed ones: "
                        + ReplyRenderer.oneLine(e) + "\n  allowed: " + String.join(", ", lines(allowedLines)));
            }
        }
    }

    private void checkDistinct(List<Reply> elements) {
        Set<String> seen = new HashSet<>();
        for (Reply e : elements) {
            if (!seen.add(ReplyRenderer.canonical(e))) {
                throw new AssertionError(world.lastReplyContext() + " repeats an element: " + ReplyRenderer.oneLine(e)
                        + "\n  actual: " + ReplyRenderer.oneLine(world.lastReply()));
            }
        }
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
