package dev.respec.suite.steps;

import dev.respec.suite.resp.Reply;
import dev.respec.suite.resp.SplitArgs;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.time.Duration;

/**
 * Running commands on the default client and checking "the reply" (the last reply any client received).
 * Commands are written as at a redis-cli prompt; replies in the typed notation of
 * {@link dev.respec.suite.resp.ReplyRenderer}.
 */
public final class CommandSteps {
    private final World world;

    public CommandSteps(World world) {
        this.world = world;
    }

    /** As a Given, the reply must not be an error (setup has to succeed). */
    @When("the client runs {string}")
    public void theClientRuns(String commandLine) {
        Reply r = world.run(World.DEFAULT_CLIENT, commandLine);
        if (StepKeywords.isGiven()) ReplyChecks.assertNotError(r, world.lastReplyContext());
    }

    /** One command per line; every reply must not be an error. Blank lines and # comments are skipped. */
    @Given("the client runs:")
    public void theClientRunsAll(String commands) {
        for (String line : commands.split("\n")) {
            String command = line.strip();
            if (command.isEmpty() || command.startsWith("#")) continue;
            Reply r = world.run(World.DEFAULT_CLIENT, command);
            ReplyChecks.assertNotError(r, world.lastReplyContext());
        }
    }

    @Then("^the reply is (?!an? (?:array|error|integer) |a bulk string )(.+)$")
    public void theReplyIs(String expected) {
        ReplyChecks.assertOneLine(world.lastReply(), expected, world.lastDriver(), world.lastReplyContext());
    }

    @Then("the reply is:")
    public void theReplyIsMultiLine(String expected) {
        ReplyChecks.assertMultiLine(world.lastReply(), expected, world.lastDriver(), world.lastReplyContext());
    }

    @Then("the reply is an array containing, in any order:")
    public void theReplyContainsInAnyOrder(String items) {
        ReplyChecks.assertContainsInAnyOrder(world.lastReply(), items, world.lastDriver(), world.lastReplyContext());
    }

    @Then("the reply is an error starting with {string}")
    public void theReplyIsAnErrorStartingWith(String prefix) {
        ReplyChecks.assertErrorStartingWith(world.lastReply(), prefix, world.lastReplyContext());
    }

    @Then("the reply is an integer between {long} and {long}")
    public void theReplyIsAnIntegerBetween(long low, long high) {
        ReplyChecks.assertIntegerBetween(world.lastReply(), low, high, world.lastReplyContext());
    }

    @Then("the reply is a bulk string matching {string}")
    public void theReplyIsABulkStringMatching(String regex) {
        ReplyChecks.assertBulkMatching(world.lastReply(), regex, world.lastDriver(), world.lastReplyContext());
    }

    @Then("the reply is an array of {int} element(s)")
    public void theReplyIsAnArrayOf(int n) {
        ReplyChecks.assertArrayOf(world.lastReply(), n, world.lastReplyContext());
    }

    /**
     * The leading elements of the reply's first element, itself an array: e.g. the name, arity, flags,
     * key positions and ACL categories of a COMMAND INFO entry, leaving out what follows (tips, key
     * specs, subcommands). The expectation is a one-line array of just those leading elements.
     */
    @Then("the first element of the reply starts with {}")
    public void theFirstElementStartsWith(String expected) {
        ReplyChecks.assertFirstElementStartsWith(world.lastReply(), expected, world.lastDriver(), world.lastReplyContext());
    }

    /** Shorthand: runs the command on the default client and checks its reply (not kept as "the reply"). */
    @Then("{string} replies {}")
    public void commandReplies(String commandLine, String expected) {
        Reply r = world.call(World.DEFAULT_CLIENT, SplitArgs.split(commandLine));
        ReplyChecks.assertOneLine(r, expected, world.client(World.DEFAULT_CLIENT), "the reply to \"" + commandLine + "\"");
    }

    @Then("{string} replies:")
    public void commandRepliesMultiLine(String commandLine, String expected) {
        Reply r = world.call(World.DEFAULT_CLIENT, SplitArgs.split(commandLine));
        ReplyChecks.assertMultiLine(r, expected, world.client(World.DEFAULT_CLIENT), "the reply to \"" + commandLine + "\"");
    }

    /** Polls every 20 ms (for expiry and other background work); at most 60 seconds. */
    @Then("within {int} second(s) {string} replies {}")
    public void withinSecondsCommandReplies(int seconds, String commandLine, String expected) {
        if (seconds <= 0 || seconds > 60) throw new IllegalArgumentException("wait between 1 and 60 seconds, not " + seconds);
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Reply r;
        do {
            r = world.call(World.DEFAULT_CLIENT, SplitArgs.split(commandLine));
            if (ReplyChecks.matchesOneLine(r, expected, world.client(World.DEFAULT_CLIENT))) return;
            World.sleep(20);
        } while (System.nanoTime() < deadline);
        ReplyChecks.assertOneLine(r, expected, world.client(World.DEFAULT_CLIENT),
                "after " + seconds + " s, the reply to \"" + commandLine + "\"");
    }
}
