package dev.respec.suite.steps;

import dev.respec.suite.resp.Reply;
import dev.respec.suite.resp.RespConnection;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/**
 * Further clients: named raw connections ({@code client "B"}, opened on first use, e.g. for blocking commands
 * and pub/sub) and client libraries ({@code the "jedis" client}, {@code the "lettuce" client}; {@code "raw"}
 * is the default client). "client "B" got ..." checks the last reply of B; "client "B" receives ..." reads a
 * reply B is still waiting for (at most 5 s).
 */
public final class ClientSteps {
    private final World world;

    public ClientSteps(World world) {
        this.world = world;
    }

    @When("client {string} runs {string}")
    public void clientRuns(String name, String commandLine) {
        Reply r = world.run(World.namedClient(name), commandLine);
        if (StepKeywords.isGiven()) ReplyChecks.assertNotError(r, world.lastReplyContext());
    }

    @When("the {string} client runs {string}")
    public void libraryClientRuns(String library, String commandLine) {
        Reply r = world.run(World.libraryClient(library), commandLine);
        if (StepKeywords.isGiven()) ReplyChecks.assertNotError(r, world.lastReplyContext());
    }

    @When("client {string} sends {string} without waiting")
    public void clientSendsWithoutWaiting(String name, String commandLine) {
        world.sendWithoutWaiting(World.namedClient(name), commandLine);
    }

    @Then("client {string} receives {}")
    public void clientReceives(String name, String expected) {
        String key = World.namedClient(name);
        Reply r = world.receive(key, RespConnection.DEFAULT_TIMEOUT);
        ReplyChecks.assertOneLine(r, expected, null, world.lastReplyContext(key));
    }

    @Then("client {string} receives:")
    public void clientReceivesMultiLine(String name, String expected) {
        String key = World.namedClient(name);
        Reply r = world.receive(key, RespConnection.DEFAULT_TIMEOUT);
        ReplyChecks.assertMultiLine(r, expected, null, world.lastReplyContext(key));
    }

    @Then("^client \"([^\"]*)\" got (?!an? (?:array|error|integer) |a bulk string )(.+)$")
    public void clientGot(String name, String expected) {
        String key = World.namedClient(name);
        ReplyChecks.assertOneLine(world.lastReply(key), expected, world.driverOf(key), world.lastReplyContext(key));
    }

    @Then("client {string} got:")
    public void clientGotMultiLine(String name, String expected) {
        String key = World.namedClient(name);
        ReplyChecks.assertMultiLine(world.lastReply(key), expected, world.driverOf(key), world.lastReplyContext(key));
    }

    @Then("client {string} got an array containing, in any order:")
    public void clientGotInAnyOrder(String name, String items) {
        String key = World.namedClient(name);
        ReplyChecks.assertContainsInAnyOrder(world.lastReply(key), items, world.driverOf(key), world.lastReplyContext(key));
    }

    @Then("client {string} got an error starting with {string}")
    public void clientGotErrorStartingWith(String name, String prefix) {
        String key = World.namedClient(name);
        ReplyChecks.assertErrorStartingWith(world.lastReply(key), prefix, world.lastReplyContext(key));
    }

    @Then("client {string} got an integer between {long} and {long}")
    public void clientGotIntegerBetween(String name, long low, long high) {
        String key = World.namedClient(name);
        ReplyChecks.assertIntegerBetween(world.lastReply(key), low, high, world.lastReplyContext(key));
    }

    @Then("client {string} got a bulk string matching {string}")
    public void clientGotBulkMatching(String name, String regex) {
        String key = World.namedClient(name);
        ReplyChecks.assertBulkMatching(world.lastReply(key), regex, world.driverOf(key), world.lastReplyContext(key));
    }

    @Then("client {string} got an array of {int} element(s)")
    public void clientGotArrayOf(String name, int n) {
        String key = World.namedClient(name);
        ReplyChecks.assertArrayOf(world.lastReply(key), n, world.lastReplyContext(key));
    }
}
