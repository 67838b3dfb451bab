package dev.respec.suite.steps;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.TestStep;
import io.cucumber.plugin.event.TestStepStarted;

/**
 * Tells a step definition which keyword introduced the running step (And/But inherit the one before).
 *
 * <p>Cucumber matches steps by text alone, but the suite gives {@code Given the client runs "..."} a
 * stronger meaning than {@code When ...}: setup must succeed, so an error reply fails the step. This plugin
 * (registered in {@code cucumber.plugin}) sees each step start on the thread that runs it and records the
 * effective keyword there. Without the plugin every step counts as a When.
 */
public final class StepKeywords implements ConcurrentEventListener {

    private static final ThreadLocal<String> CURRENT = ThreadLocal.withInitial(() -> "When");

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestStepStarted.class, this::onStepStarted);
    }

    private void onStepStarted(TestStepStarted event) {
        if (!(event.getTestStep() instanceof PickleStepTestStep started)) return;
        String effective = "When";
        for (TestStep s : event.getTestCase().getTestSteps()) {
            if (!(s instanceof PickleStepTestStep p)) continue;
            String k = p.getStep().getKeyword().strip();
            if (k.equals("Given") || k.equals("When") || k.equals("Then")) effective = k;
            if (p.getId().equals(started.getId())) break;
        }
        CURRENT.set(effective);
    }

    /** True when the running step is a Given (directly or through And/But). */
    public static boolean isGiven() {
        return CURRENT.get().equals("Given");
    }
}
