package dev.respec.suite.steps;

import dev.respec.suite.resp.ByteEscapes;
import dev.respec.suite.resp.ConnectionClosedException;
import dev.respec.suite.resp.Reply;
import dev.respec.suite.resp.ReplyRenderer;
import dev.respec.suite.resp.ReplyTimeoutException;
import dev.respec.suite.resp.RespConnection;
import dev.respec.suite.resp.SplitArgs;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Wire-level behaviour on the default client: protocol version, exact bytes in and out (optionally split
 * into pieces), pipelines sent in one write, and whether the server keeps or closes the connection. Byte
 * literals take the escapes {@code \r \n \t \a \b \0 \\ \" \xHH}. A large argument is the letters
 * a to z repeated, so that a lost, doubled or reordered piece shows in its length or its content.
 */
public final class ProtocolSteps {
    private final World world;

    public ProtocolSteps(World world) {
        this.world = world;
    }

    /** HELLO 3 must answer a map; HELLO 2 an array. The reply is kept as "the reply". */
    @When("^the client switches to RESP([23])$")
    public void theClientSwitchesTo(String version) {
        Reply r = world.run(World.DEFAULT_CLIENT, "HELLO " + version);
        boolean ok = version.equals("3") ? r instanceof Reply.MapReply : r instanceof Reply.ArrayReply;
        if (!ok) {
            throw new AssertionError("HELLO " + version + " should answer a " + (version.equals("3") ? "map" : "array")
                    + " but replied " + ReplyRenderer.oneLine(r));
        }
    }

    /** A new connection for the default client, e.g. one that has not authenticated after CONFIG SET requirepass. */
    @When("the client reconnects")
    public void theClientReconnects() {
        world.reconnect(World.DEFAULT_CLIENT);
    }

    @When("the client sends the bytes {string}")
    public void theClientSendsTheBytes(String literal) throws IOException {
        connection().sendRaw(ByteEscapes.unescape(literal));
    }

    @When("the client sends the bytes {string} in pieces of {int} byte(s)")
    public void theClientSendsTheBytesInPieces(String literal, int pieceSize) throws IOException {
        connection().sendRaw(ByteEscapes.unescape(literal), pieceSize);
    }

    /** The bytes, then {@code times} copies of the filler (e.g. 65537 times "A"), in one write. */
    @When("the client sends the bytes {string} followed by {int} times {string}")
    public void theClientSendsTheBytesFollowedBy(String literal, int times, String filler) throws IOException {
        byte[] head = ByteEscapes.unescape(literal);
        byte[] one = ByteEscapes.unescape(filler);
        ByteArrayOutputStream all = new ByteArrayOutputStream(head.length + one.length * times);
        all.writeBytes(head);
        for (int i = 0; i < times; i++) {
            all.writeBytes(one);
        }
        connection().sendRaw(all.toByteArray());
    }

    /** The command (redis-cli words) n times, as multibulk requests or as inline lines, in one write. */
    @When("^the client sends \"([^\"]*)\" (\\d+) times in one write( as inline commands)?$")
    public void theClientSendsTimesInOneWrite(String commandLine, int times, String inline) throws IOException {
        byte[] one = inline != null ? (commandLine + "\r\n").getBytes(StandardCharsets.UTF_8)
                : RespConnection.encode(SplitArgs.split(commandLine));
        ByteArrayOutputStream all = new ByteArrayOutputStream(one.length * times);
        for (int i = 0; i < times; i++) {
            all.writeBytes(one);
        }
        connection().sendRaw(all.toByteArray());
    }

    /** The command with one more argument of {@code size} bytes, as one multibulk request cut into pieces. */
    @When("the client sends {string} with a {int}-byte argument in pieces of {int} bytes")
    public void theClientSendsWithALargeArgument(String commandLine, int size, int pieceSize) throws IOException {
        connection().sendRaw(withLargeArgument(commandLine, size), pieceSize);
    }

    /**
     * Only the first {@code sent} bytes of the argument, in one write. The server may close the connection
     * while they are still being written (that is what a limit does): the write then stops, and the next
     * step says what the client observes.
     */
    @When("the client sends {string} with a {int}-byte argument, stopping after {int} bytes of it")
    public void theClientSendsPartOfALargeArgument(String commandLine, int size, int sent) {
        byte[] request = withLargeArgument(commandLine, size);
        int cut = request.length - size - 2 + sent;
        try {
            connection().sendRaw(Arrays.copyOf(request, cut));
        } catch (IOException closedMeanwhile) {
            // The server dropped the connection before taking everything; "the server closes the connection" checks it.
        }
    }

    @Then("the client receives the bytes {string}")
    public void theClientReceivesTheBytes(String literal) throws IOException {
        byte[] expected = ByteEscapes.unescape(literal);
        byte[] actual;
        try {
            actual = connection().readBytes(expected.length, RespConnection.DEFAULT_TIMEOUT);
        } catch (ConnectionClosedException e) {
            throw new AssertionError("the server closed the connection before sending the expected bytes.\n"
                    + "  expected: " + ByteEscapes.repr(expected) + "\n  received: " + ByteEscapes.repr(e.received()));
        } catch (ReplyTimeoutException e) {
            throw new AssertionError("the expected bytes did not arrive within 5 s.\n"
                    + "  expected: " + ByteEscapes.repr(expected) + "\n  received: " + ByteEscapes.repr(e.received()));
        }
        if (!Arrays.equals(expected, actual)) {
            throw new AssertionError("the client received other bytes.\n"
                    + "  expected: " + ByteEscapes.repr(expected) + "\n  received: " + ByteEscapes.repr(actual));
        }
    }

    /** Nothing arrives, and the connection stays open, for the given time (e.g. a request still incomplete). */
    @Then("the client receives no bytes within {int} ms")
    public void theClientReceivesNoBytesWithin(int ms) throws IOException {
        try {
            byte[] got = connection().readBytes(1, Duration.ofMillis(ms));
            throw new AssertionError("the client received " + ByteEscapes.repr(got) + " where nothing was expected");
        } catch (ReplyTimeoutException expected) {
            // nothing came: as it should
        } catch (ConnectionClosedException e) {
            throw new AssertionError("the server closed the connection where nothing was expected"
                    + (e.received().length > 0 ? " (it sent " + ByteEscapes.repr(e.received()) + ")" : ""));
        }
    }

    /** Bytes still pending are read and dropped: assert them first if they matter. */
    @Then("the server closes the connection")
    public void theServerClosesTheConnection() throws IOException {
        try {
            connection().awaitClose(RespConnection.DEFAULT_TIMEOUT);
        } catch (ReplyTimeoutException e) {
            throw new AssertionError("the server did not close the connection within 5 s"
                    + (e.received().length > 0 ? " (it sent " + ByteEscapes.repr(e.received()) + ")" : ""));
        }
    }

    /** A client dropped without a flush (output buffer limits): EOF, and not one byte before it. */
    @Then("the server closes the connection without sending anything")
    public void theServerClosesTheConnectionWithoutSendingAnything() throws IOException {
        byte[] sent;
        try {
            sent = connection().awaitClose(RespConnection.DEFAULT_TIMEOUT);
        } catch (ReplyTimeoutException e) {
            throw new AssertionError("the server did not close the connection within 5 s"
                    + (e.received().length > 0 ? " (it sent " + e.received().length + " bytes)" : ""));
        }
        if (sent.length > 0) {
            throw new AssertionError("the server closed the connection, but sent " + sent.length + " bytes first: "
                    + ByteEscapes.repr(Arrays.copyOf(sent, Math.min(sent.length, 64))) + (sent.length > 64 ? "..." : ""));
        }
    }

    @Then("the connection stays open")
    public void theConnectionStaysOpen() {
        Reply r;
        try {
            RespConnection c = connection();
            c.send(World.args("PING"));
            r = c.read();
        } catch (IOException e) {
            throw new AssertionError("the connection did not stay open: PING got no answer (" + e.getMessage() + ")");
        }
        if (!(r instanceof Reply.SimpleString s && s.text().equals("PONG"))) {
            throw new AssertionError("the connection is open but PING replied " + ReplyRenderer.oneLine(r) + " instead of PONG");
        }
    }

    /** The next {@code n} replies, each as expected (5 s for each). */
    @Then("^the client receives (\\d+) replies, each (.+)$")
    public void theClientReceivesRepliesEach(int n, String expected) {
        for (int i = 1; i <= n; i++) {
            Reply r = world.receive(World.DEFAULT_CLIENT, RespConnection.DEFAULT_TIMEOUT);
            ReplyChecks.assertOneLine(r, expected, null, "reply " + i + " of " + n);
        }
    }

    /** The next replies are the integers from {@code from} to {@code to}, in that order (5 s for each). */
    @Then("the client receives the integers {long} to {long}, in order")
    public void theClientReceivesTheIntegers(long from, long to) {
        for (long v = from; v <= to; v++) {
            Reply r = world.receive(World.DEFAULT_CLIENT, RespConnection.DEFAULT_TIMEOUT);
            ReplyChecks.assertOneLine(r, "(integer) " + v, null, "reply " + (v - from + 1) + " of " + (to - from + 1));
        }
    }

    /**
     * For HELLO, whose "id" differs on every connection: the reply (a map, or RESP2's flat field-value array)
     * has an "id" entry holding an integer; without that entry it is the docstring, in multi-line notation.
     */
    @Then("the reply's {string} entry is an integer, and the other entries are:")
    public void theReplysEntryIsAnInteger(String field, String expected) {
        Reply r = world.lastReply();
        String context = world.lastReplyContext();
        List<Reply.Entry> entries = new ArrayList<>();
        if (r instanceof Reply.MapReply m) {
            entries.addAll(m.entries());
        } else if (r instanceof Reply.ArrayReply a && a.elements().size() % 2 == 0) {
            for (int i = 0; i < a.elements().size(); i += 2) {
                entries.add(new Reply.Entry(a.elements().get(i), a.elements().get(i + 1)));
            }
        } else {
            throw new AssertionError(context + " is not a map nor a field-value array: " + ReplyRenderer.oneLine(r));
        }
        Reply.Entry found = null;
        for (Reply.Entry e : entries) {
            if (e.key() instanceof Reply.BulkString k && new String(k.bytes(), StandardCharsets.UTF_8).equals(field)) {
                found = e;
            }
        }
        if (found == null || !(found.value() instanceof Reply.IntegerReply)) {
            throw new AssertionError(context + " has no integer \"" + field + "\" entry: " + ReplyRenderer.oneLine(r));
        }
        entries.remove(found);
        Reply rest;
        if (r instanceof Reply.MapReply) {
            rest = new Reply.MapReply(entries);
        } else {
            List<Reply> flat = new ArrayList<>();
            for (Reply.Entry e : entries) {
                flat.add(e.key());
                flat.add(e.value());
            }
            rest = new Reply.ArrayReply(flat);
        }
        ReplyChecks.assertMultiLine(rest, expected, null, context + " without its \"" + field + "\" entry");
    }

    /** Reads the next reply of the default client (e.g. to bytes sent), at most 5 s. */
    @Then("^the client receives (?!the bytes |the integers |no bytes within |\\d+ replies, each )(.+)$")
    public void theClientReceives(String expected) {
        Reply r = world.receive(World.DEFAULT_CLIENT, RespConnection.DEFAULT_TIMEOUT);
        ReplyChecks.assertOneLine(r, expected, null, world.lastReplyContext(World.DEFAULT_CLIENT));
    }

    @Then("the client receives:")
    public void theClientReceivesMultiLine(String expected) {
        Reply r = world.receive(World.DEFAULT_CLIENT, RespConnection.DEFAULT_TIMEOUT);
        ReplyChecks.assertMultiLine(r, expected, null, world.lastReplyContext(World.DEFAULT_CLIENT));
    }

    /** A multibulk request: the command's words, then {@code size} bytes of a, b, ... z, a, b ... */
    private static byte[] withLargeArgument(String commandLine, int size) {
        List<byte[]> args = new ArrayList<>(SplitArgs.split(commandLine));
        byte[] big = new byte[size];
        for (int i = 0; i < size; i++) {
            big[i] = (byte) ('a' + i % 26);
        }
        args.add(big);
        return RespConnection.encode(args);
    }

    private RespConnection connection() {
        return world.rawConnection(World.DEFAULT_CLIENT);
    }
}
