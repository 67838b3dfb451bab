package dev.respec.suite.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;

/**
 * Before each scenario: start the shared target if needed, skip the scenario (with the reason) if the target
 * lacks what its tags need, and FLUSHALL. After it: close its clients, restore CONFIG SET parameters, stop
 * the servers it launched.
 */
public final class Hooks {
    private final World world;

    public Hooks(World world) {
        this.world = world;
    }

    @Before(order = 0)
    public void beginScenario(Scenario scenario) {
        world.begin(scenario);
    }

    @After(order = 0)
    public void endScenario(Scenario scenario) {
        world.end(scenario);
    }
}
