package dev.respec.suite.steps;

import dev.respec.suite.target.RedisArgs;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.util.Map;

/**
 * The server's life and settings: servers started with non-default config (@needs:launch), restarts
 * (@needs:restart), kills (@needs:kill), CONFIG SET (@needs:config, restored after the scenario), INFO
 * fields, and waiting for time to pass.
 */
public final class ServerSteps {
    private static final int MAX_WAIT_MS = 10_000;

    private final World world;

    public ServerSteps(World world) {
        this.world = world;
    }

    /** {@code "name value"}: one config directive, as in redis.conf. */
    @Given("the server is started with {string}")
    public void theServerIsStartedWith(String directive) {
        world.useLaunchedServer(RedisArgs.parseDirectives(directive));
    }

    /** One {@code name value} directive per line. */
    @Given("the server is started with:")
    public void theServerIsStartedWithAll(String directives) {
        Map<String, String> config = RedisArgs.parseDirectives(directives);
        world.useLaunchedServer(config);
    }

    @When("the server is restarted")
    public void theServerIsRestarted() {
        world.restartServer();
    }

    @When("the server is killed and started again")
    public void theServerIsKilledAndStartedAgain() {
        world.killAndStartServer();
    }

    @When("the client waits {int} ms")
    public void theClientWaits(int ms) {
        if (ms < 0 || ms > MAX_WAIT_MS) throw new IllegalArgumentException("wait between 0 and " + MAX_WAIT_MS + " ms, not " + ms);
        World.sleep(ms);
    }

    @Given("the config {string} is set to {string}")
    public void theConfigIsSetTo(String name, String value) {
        world.setConfig(name, value);
    }

    @Then("the INFO field {string} is {string}")
    public void theInfoFieldIs(String field, String expected) {
        String actual = infoField(field);
        if (!actual.equals(expected)) {
            throw new AssertionError("INFO field " + field + " is not the expected value.\n  expected: " + expected
                    + "\n  actual:   " + actual);
        }
    }

    @Then("the INFO field {string} is an integer")
    public void theInfoFieldIsAnInteger(String field) {
        String actual = infoField(field);
        if (!actual.matches("-?\\d+")) throw new AssertionError("INFO field " + field + " is not an integer: " + actual);
    }

    private String infoField(String field) {
        Map<String, String> info = world.info();
        String v = info.get(field);
        if (v == null) throw new AssertionError("INFO has no field " + field + " (it has: " + String.join(", ", info.keySet()) + ")");
        return v;
    }
}
