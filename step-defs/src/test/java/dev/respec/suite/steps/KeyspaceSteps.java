package dev.respec.suite.steps;

import dev.respec.suite.resp.Reply;
import dev.respec.suite.resp.ReplyRenderer;
import dev.respec.suite.resp.RespConnection;
import dev.respec.suite.resp.SplitArgs;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Steps for the keyspace engine: big keyspaces built quickly, SCAN-family iterations that run while the
 * keyspace (or a value) grows or shrinks between calls, the latency a client sees while another one
 * fills the server, maxmemory relative to the memory in use, and active expiry switched off.
 *
 * <p>Ranges are written {@code for n from A to B}: {@code {n}} in a command, key or reply is replaced by
 * each number in turn. Commands of a range are pipelined in batches on a connection of their own (so that
 * a hundred thousand of them take a second, not minutes), and every reply is read and checked.
 */
public final class KeyspaceSteps {
    private static final int BATCH = 1000;
    private static final Duration BATCH_TIMEOUT = Duration.ofSeconds(60);
    /** An iteration over any keyspace a scenario builds ends long before this many calls. */
    private static final int MAX_SCAN_CALLS = 10_000_000;

    private final World world;
    /** What the last full iteration returned: element text -> how many times. */
    private Map<String, Integer> iterated;
    private int iterationCalls;
    private long slowestPingNanos = -1;
    private long pings;
    private boolean activeExpiryOff;

    public KeyspaceSteps(World world) {
        this.world = world;
    }

    // ---- building and checking big keyspaces -------------------------------------------------------------

    /** As a Given every reply must not be an error; as a When the replies are only read. */
    @When("for n from {int} to {int}, the client runs {string}")
    public void forNTheClientRuns(int from, int to, String template) {
        boolean given = StepKeywords.isGiven();
        pipeline(from, to, n -> SplitArgs.split(template.replace("{n}", Integer.toString(n))), (n, r) -> {
            if (given && r.isError()) {
                throw new AssertionError("\"" + template.replace("{n}", Integer.toString(n)) + "\" failed: "
                        + ReplyRenderer.oneLine(r));
            }
        });
    }

    @Given("for n from {int} to {int}, the key {string} holds a {int}-byte string")
    public void forNTheKeyHoldsAString(int from, int to, String key, int size) {
        setStrings(from, to, key, size, -1);
    }

    @Given("for n from {int} to {int}, the key {string} holds a {int}-byte string that expires in {int} second(s)")
    public void forNTheKeyHoldsAStringThatExpires(int from, int to, String key, int size, int seconds) {
        setStrings(from, to, key, size, seconds);
    }

    private void setStrings(int from, int to, String key, int size, int seconds) {
        byte[] value = "x".repeat(size).getBytes(StandardCharsets.US_ASCII);
        pipeline(from, to, n -> {
            List<byte[]> args = new ArrayList<>(List.of(bytes("SET"), bytes(key.replace("{n}", Integer.toString(n))), value));
            if (seconds >= 0) {
                args.add(bytes("EX"));
                args.add(bytes(Integer.toString(seconds)));
            }
            return args;
        }, (n, r) -> {
            if (!(r instanceof Reply.SimpleString ok && ok.text().equals("OK"))) {
                throw new AssertionError("SET " + key.replace("{n}", Integer.toString(n)) + " replied " + ReplyRenderer.oneLine(r));
            }
        });
    }

    @Then("for n from {int} to {int}, {string} replies {}")
    public void forNReplies(int from, int to, String template, String expected) {
        pipeline(from, to, n -> SplitArgs.split(template.replace("{n}", Integer.toString(n))), (n, r) -> {
            String exp = expected.replace("{n}", Integer.toString(n));
            if (!ReplyChecks.matchesOneLine(r, exp, world.client(World.DEFAULT_CLIENT))) {
                throw new AssertionError("\"" + template.replace("{n}", Integer.toString(n)) + "\" is not the expected reply.\n"
                        + "  expected: " + exp + "\n  actual:   " + ReplyRenderer.oneLine(r));
            }
        });
    }

    /** Runs the commands of a range pipelined in batches on a connection of its own, checking each reply. */
    private void pipeline(int from, int to, IntFunction<List<byte[]>> command, ReplyCheck check) {
        try (RespConnection c = RespConnection.open(world.host(), world.port())) {
            pipeline(c, from, to, command, check);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pipelines the range in batches; a range from a higher to a lower number runs downwards. */
    private static void pipeline(RespConnection c, int from, int to, IntFunction<List<byte[]>> command, ReplyCheck check)
            throws IOException {
        int step = from <= to ? 1 : -1;
        int total = Math.abs(to - from) + 1;
        for (int done = 0; done < total; done += BATCH) {
            int size = Math.min(BATCH, total - done);
            int first = from + step * done;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < size; i++) {
                out.writeBytes(RespConnection.encode(command.apply(first + step * i)));
            }
            c.sendRaw(out.toByteArray());
            for (int i = 0; i < size; i++) {
                check.check(first + step * i, c.read(BATCH_TIMEOUT));
            }
        }
    }

    @FunctionalInterface
    private interface ReplyCheck {
        void check(int n, Reply r);
    }

    // ---- iterating while the keyspace changes -----------------------------------------------------------

    /**
     * A full iteration of a SCAN-family command ({@code {cursor}} stands for the cursor) on the default
     * client, running {@code perCall} commands of the range (pipelined, on another connection) after each
     * call, until the server answers cursor 0. The range may end before the iteration does.
     */
    @When("the client iterates {string} while running {string} for n from {int} to {int}, {int} between calls")
    public void theClientIteratesWhileRunning(String scanTemplate, String template, int from, int to, int perCall) {
        if (!scanTemplate.contains("{cursor}")) {
            throw new IllegalArgumentException("the command must hold {cursor} where the cursor goes: " + scanTemplate);
        }
        if (from > to || perCall <= 0) {
            throw new IllegalArgumentException("the range must go upwards and run at least one command per call");
        }
        iterated = new HashMap<>();
        iterationCalls = 0;
        int[] next = {from};
        try (RespConnection writer = RespConnection.open(world.host(), world.port())) {
            String cursor = "0";
            do {
                String line = scanTemplate.replace("{cursor}", cursor);
                Reply r = world.call(World.DEFAULT_CLIENT, SplitArgs.split(line));
                if (!(r instanceof Reply.ArrayReply outer) || outer.elements().size() != 2
                        || !(outer.elements().get(0) instanceof Reply.BulkString c)
                        || !(outer.elements().get(1) instanceof Reply.ArrayReply batch)) {
                    throw new AssertionError("the reply to \"" + line + "\" is not [cursor, [elements...]].\n  actual: "
                            + ReplyRenderer.oneLine(r));
                }
                for (Reply e : batch.elements()) {
                    iterated.merge(text(e), 1, Integer::sum);
                }
                cursor = new String(c.bytes(), StandardCharsets.US_ASCII);
                if (++iterationCalls > MAX_SCAN_CALLS) {
                    throw new AssertionError("\"" + scanTemplate + "\" did not come back to cursor 0 in " + MAX_SCAN_CALLS + " calls");
                }
                if (next[0] <= to) {
                    int end = Math.min(to, next[0] + perCall - 1);
                    pipeline(writer, next[0], end, n -> SplitArgs.split(template.replace("{n}", Integer.toString(n))),
                            (n, w) -> {
                                if (w.isError()) {
                                    throw new AssertionError("\"" + template.replace("{n}", Integer.toString(n))
                                            + "\" failed during the iteration: " + ReplyRenderer.oneLine(w));
                                }
                            });
                    next[0] = end + 1;
                }
            } while (!cursor.equals("0"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Then("the iteration returned {string} for every n from {int} to {int}")
    public void theIterationReturnedEvery(String template, int from, int to) {
        requireIteration();
        List<String> missing = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            String name = template.replace("{n}", Integer.toString(n));
            if (!iterated.containsKey(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new AssertionError("the iteration (" + iterationCalls + " calls, " + iterated.size()
                    + " distinct elements) missed " + missing.size() + " of them: "
                    + missing.subList(0, Math.min(20, missing.size())) + (missing.size() > 20 ? " ..." : ""));
        }
    }

    @Then("the iteration returned no element twice")
    public void theIterationReturnedNoElementTwice() {
        requireIteration();
        Map<String, Integer> repeated = new TreeMap<>();
        iterated.forEach((k, v) -> {
            if (v > 1) {
                repeated.put(k, v);
            }
        });
        if (!repeated.isEmpty()) {
            throw new AssertionError("the iteration (" + iterationCalls + " calls) returned " + repeated.size()
                    + " elements more than once, e.g. " + repeated.entrySet().stream().limit(10).toList());
        }
    }

    @Then("the iteration took more than {int} calls")
    public void theIterationTookMoreThan(int calls) {
        requireIteration();
        if (iterationCalls <= calls) {
            throw new AssertionError("the iteration took " + iterationCalls + " calls, expected more than " + calls);
        }
    }

    private void requireIteration() {
        if (iterated == null) {
            throw new IllegalStateException("no iteration ran in this scenario");
        }
    }

    private static String text(Reply r) {
        if (r instanceof Reply.BulkString b) {
            return b.text();
        }
        return ReplyRenderer.oneLine(r);
    }

    // ---- latency while another client writes -------------------------------------------------------------

    /**
     * Client B runs the range pipelined in batches while the default client runs {@code probe} in a loop,
     * timing each round trip. The probe keeps going until client B is done.
     */
    @When("client {string} runs {string} for n from {int} to {int} while the client runs {string} in a loop")
    public void clientRunsWhileTheClientProbes(String name, String template, int from, int to, String probe) {
        RespConnection probing = world.rawConnection(World.DEFAULT_CLIENT);
        RespConnection writer = world.rawConnection(World.namedClient(name));
        List<byte[]> probeArgs = SplitArgs.split(probe);
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong slowest = new AtomicLong();
        AtomicLong count = new AtomicLong();
        Throwable[] probeFailure = new Throwable[1];
        Thread prober = new Thread(() -> {
            try {
                while (!done.get()) {
                    long t0 = System.nanoTime();
                    probing.send(probeArgs);
                    Reply r = probing.read(BATCH_TIMEOUT);
                    long dt = System.nanoTime() - t0;
                    if (r.isError()) {
                        throw new AssertionError("\"" + probe + "\" failed: " + ReplyRenderer.oneLine(r));
                    }
                    slowest.accumulateAndGet(dt, Math::max);
                    count.incrementAndGet();
                }
            } catch (IOException | RuntimeException | AssertionError e) {
                probeFailure[0] = e;
            }
        }, "latency-probe");
        prober.start();
        try {
            pipeline(writer, from, to, n -> SplitArgs.split(template.replace("{n}", Integer.toString(n))), (n, r) -> {
                if (r.isError()) {
                    throw new AssertionError("\"" + template.replace("{n}", Integer.toString(n)) + "\" failed: "
                            + ReplyRenderer.oneLine(r));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            done.set(true);
            try {
                prober.join(BATCH_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (probeFailure[0] != null) {
            throw new AssertionError("the probe failed: " + probeFailure[0], probeFailure[0]);
        }
        slowestPingNanos = slowest.get();
        pings = count.get();
    }

    @Then("the slowest of the client's round trips took less than {int} ms")
    public void theSlowestRoundTripTookLessThan(int ms) {
        if (slowestPingNanos < 0) {
            throw new IllegalStateException("no latency was measured in this scenario");
        }
        if (pings == 0) {
            throw new AssertionError("the probe made no round trip while the other client was writing");
        }
        double slowestMs = slowestPingNanos / 1e6;
        if (slowestMs >= ms) {
            throw new AssertionError(String.format("the slowest of %d round trips took %.1f ms, expected less than %d ms",
                    pings, slowestMs, ms));
        }
    }

    // ---- memory and expiry settings ----------------------------------------------------------------------

    /** CONFIG SET maxmemory to INFO used_memory minus the given bytes (restored after the scenario). */
    @Given("maxmemory is set {int} bytes below the memory in use")
    public void maxmemoryIsSetBelowTheMemoryInUse(int bytes) {
        String used = world.info().get("used_memory");
        if (used == null) {
            throw new AssertionError("INFO has no used_memory field");
        }
        long limit = Long.parseLong(used) - bytes;
        if (limit <= 0) {
            throw new IllegalArgumentException("used_memory is only " + used + " bytes");
        }
        world.setConfig("maxmemory", Long.toString(limit));
    }

    /** DEBUG SET-ACTIVE-EXPIRE 0, turned back on after the scenario whatever happens. */
    @Given("active expiry is turned off")
    public void activeExpiryIsTurnedOff() {
        setActiveExpiry(false);
    }

    @When("active expiry is turned back on")
    public void activeExpiryIsTurnedBackOn() {
        setActiveExpiry(true);
    }

    private void setActiveExpiry(boolean on) {
        Reply r = world.call(World.DEFAULT_CLIENT, World.args("DEBUG", "SET-ACTIVE-EXPIRE", on ? "1" : "0"));
        if (!(r instanceof Reply.SimpleString ok && ok.text().equals("OK"))) {
            throw new AssertionError("DEBUG SET-ACTIVE-EXPIRE replied " + ReplyRenderer.oneLine(r));
        }
        activeExpiryOff = !on;
    }

    @After
    public void restoreActiveExpiry() {
        if (!activeExpiryOff) {
            return;
        }
        try (RespConnection c = RespConnection.open(world.host(), world.port())) {
            c.call("DEBUG", "SET-ACTIVE-EXPIRE", "1");
        } catch (IOException e) {
            throw new UncheckedIOException("turning active expiry back on after the scenario", e);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
