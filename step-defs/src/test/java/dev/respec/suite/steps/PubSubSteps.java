package dev.respec.suite.steps;

import dev.respec.suite.resp.ByteEscapes;
import dev.respec.suite.resp.ConnectionClosedException;
import dev.respec.suite.resp.Reply;
import dev.respec.suite.resp.ReplyNotation;
import dev.respec.suite.resp.ReplyRenderer;
import dev.respec.suite.resp.ReplyTimeoutException;
import dev.respec.suite.resp.RespConnection;
import io.cucumber.java.en.Then;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Pub/Sub: a subscriber gets several replies to one command (one per channel) and messages nobody
 * asked for. These steps read such a batch whose order the server does not fix (messages for several
 * matching patterns, a mass UNSUBSCRIBE: both follow Redis's hash table order), and check that
 * nothing more arrives (a message that must not be delivered). Reading always waits a bounded time.
 */
public final class PubSubSteps {
    private static final int MAX_QUIET_MS = 10_000;

    private final World world;

    public PubSubSteps(World world) {
        this.world = world;
    }

    @Then("the client receives, in any order:")
    public void theClientReceivesInAnyOrder(String lines) {
        receiveInAnyOrder(World.DEFAULT_CLIENT, lines);
    }

    @Then("client {string} receives, in any order:")
    public void clientReceivesInAnyOrder(String name, String lines) {
        receiveInAnyOrder(World.namedClient(name), lines);
    }

    @Then("client {string} gets nothing more within {int} ms")
    public void clientReceivesNothingWithin(String name, int ms) throws IOException {
        if (ms <= 0 || ms > MAX_QUIET_MS) {
            throw new IllegalArgumentException("wait between 1 and " + MAX_QUIET_MS + " ms, not " + ms);
        }
        String key = World.namedClient(name);
        try {
            byte[] got = world.rawConnection(key).readBytes(1, Duration.ofMillis(ms));
            throw new AssertionError(key + " received " + ByteEscapes.repr(got) + "... where nothing was expected");
        } catch (ReplyTimeoutException expected) {
            // nothing came: as it should
        } catch (ConnectionClosedException e) {
            throw new AssertionError("the server closed the connection of " + key + " where nothing was expected");
        }
    }

    /** The next n replies, each rendered in one-line notation matching the regex (e.g. a mass UNSUBSCRIBE). */
    @Then("client {string} gets {int} more replies, each matching {string}")
    public void clientReceivesRepliesMatching(String name, int n, String regex) {
        String key = World.namedClient(name);
        Pattern p = Pattern.compile(regex);
        for (int i = 1; i <= n; i++) {
            Reply r = world.receive(key, RespConnection.DEFAULT_TIMEOUT);
            String shown = ReplyRenderer.oneLine(r);
            if (!p.matcher(shown).matches()) {
                throw new AssertionError(key + "'s reply " + i + " of " + n + " does not match " + regex + ": " + shown);
            }
        }
    }

    /** The next replies, one per line (one-line notation), as a multiset: each arrives within 5 s. */
    private void receiveInAnyOrder(String key, String lines) {
        List<String> expectedLines = Arrays.stream(lines.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> expected = new ArrayList<>();
        for (String line : expectedLines) {
            expected.add(ReplyRenderer.canonical(ReplyNotation.parseOneLine(line)));
        }
        List<String> got = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < expectedLines.size(); i++) {
            Reply r = world.receive(key, RespConnection.DEFAULT_TIMEOUT);
            got.add(ReplyRenderer.canonical(r));
            shown.add(ReplyRenderer.oneLine(r));
        }
        List<String> missing = new ArrayList<>(expected);
        got.forEach(missing::remove);
        if (missing.isEmpty()) return;
        throw new AssertionError(key + " did not receive exactly the expected replies (in any order).\n"
                + "expected:\n    " + String.join("\n    ", expectedLines) + "\n"
                + "received:\n    " + String.join("\n    ", shown));
    }
}
