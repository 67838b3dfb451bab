package dev.respec.suite.steps;

import dev.respec.suite.resp.Reply;
import dev.respec.suite.resp.ReplyRenderer;
import io.cucumber.java.en.When;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Steps for clients that block (BLPOP and friends): a named client going away while it waits, and
 * CLIENT UNBLOCK / CLIENT KILL aimed at a client by the name it gave itself (CLIENT SETNAME), since its
 * id is only known to the server. Their reply becomes "the reply".
 */
public final class BlockingSteps {
    private static final Pattern ID = Pattern.compile("(?m)^id=(\\d+) .* name=(\\S*) ");

    private final World world;

    public BlockingSteps(World world) {
        this.world = world;
    }

    /** The client closes its connection (whatever it is waiting for). */
    @When("client {string} disconnects")
    public void clientDisconnects(String name) {
        world.client(World.namedClient(name)).close();
        World.sleep(50); // let the server notice the close before the next step acts
    }

    @When("the client unblocks the client named {string}")
    public void unblocks(String clientName) {
        world.run(World.DEFAULT_CLIENT, "CLIENT UNBLOCK " + idOf(clientName));
    }

    @When("the client unblocks the client named {string} with {word}")
    public void unblocksWith(String clientName, String reason) {
        world.run(World.DEFAULT_CLIENT, "CLIENT UNBLOCK " + idOf(clientName) + " " + reason);
    }

    @When("the client kills the client named {string}")
    public void kills(String clientName) {
        world.run(World.DEFAULT_CLIENT, "CLIENT KILL ID " + idOf(clientName));
        World.sleep(50); // the server drops the connection in its next beforeSleep
    }

    /** The id CLIENT LIST shows for the connection named so. */
    private long idOf(String clientName) {
        Reply r = world.call(World.DEFAULT_CLIENT, World.args("CLIENT", "LIST"));
        String text;
        if (r instanceof Reply.BulkString b) {
            text = b.text();
        } else if (r instanceof Reply.VerbatimString v) {
            text = new String(v.bytes(), StandardCharsets.UTF_8);
        } else {
            throw new AssertionError("CLIENT LIST replied " + ReplyRenderer.oneLine(r));
        }
        Matcher m = ID.matcher(text);
        while (m.find()) {
            if (m.group(2).equals(clientName)) {
                return Long.parseLong(m.group(1));
            }
        }
        throw new AssertionError("no client named \"" + clientName + "\" in CLIENT LIST:\n" + text);
    }
}
