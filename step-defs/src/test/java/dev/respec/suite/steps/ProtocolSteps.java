package dev.respec.suite.steps;

import dev.respec.suite.resp.ByteEscapes;
import dev.respec.suite.resp.ConnectionClosedException;
import dev.respec.suite.resp.Reply;
import dev.respec.suite.resp.ReplyRenderer;
import dev.respec.suite.resp.ReplyTimeoutException;
import dev.respec.suite.resp.RespConnection;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.io.IOException;
import java.util.Arrays;

/**
 * Wire-level behaviour on the default client: protocol version, exact bytes in and out (optionally split
 * into pieces), and whether the server keeps or closes the connection. Byte literals take the escapes
 * {@code \r \n \t \a \b \0 \\ \" \xHH}.
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

    @When("the client sends the bytes {string}")
    public void theClientSendsTheBytes(String literal) throws IOException {
        connection().sendRaw(ByteEscapes.unescape(literal));
    }

    @When("the client sends the bytes {string} in pieces of {int} byte(s)")
    public void theClientSendsTheBytesInPieces(String literal, int pieceSize) throws IOException {
        connection().sendRaw(ByteEscapes.unescape(literal), pieceSize);
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

    /** Reads the next reply of the default client (e.g. to bytes sent), at most 5 s. */
    @Then("^the client receives (?!the bytes )(.+)$")
    public void theClientReceives(String expected) {
        Reply r = world.receive(World.DEFAULT_CLIENT, RespConnection.DEFAULT_TIMEOUT);
        ReplyChecks.assertOneLine(r, expected, null, world.lastReplyContext(World.DEFAULT_CLIENT));
    }

    @Then("the client receives:")
    public void theClientReceivesMultiLine(String expected) {
        Reply r = world.receive(World.DEFAULT_CLIENT, RespConnection.DEFAULT_TIMEOUT);
        ReplyChecks.assertMultiLine(r, expected, null, world.lastReplyContext(World.DEFAULT_CLIENT));
    }

    private RespConnection connection() {
        return world.rawConnection(World.DEFAULT_CLIENT);
    }
}
