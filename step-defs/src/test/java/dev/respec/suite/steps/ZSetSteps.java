package dev.respec.suite.steps;

import dev.respec.suite.resp.Reply;
import io.cucumber.java.en.Given;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Steps for sorted sets. Redis keeps a small sorted set as a listpack and a large one as a skiplist;
 * the same scenario run on both encodings checks both code paths of a server that has two.
 */
public final class ZSetSteps {
    /** Longer than any zset-max-listpack-value a scenario uses (64 by default). */
    private static final byte[] LONG_MEMBER = "x".repeat(1000).getBytes(StandardCharsets.US_ASCII);

    private final World world;

    public ZSetSteps(World world) {
        this.world = world;
    }

    /**
     * {@code Given the sorted set "z" is stored as a skiplist}: adds, then removes, a member longer
     * than zset-max-listpack-value. A listpack converts on the add and never converts back, so the
     * sorted set keeps its members and is a skiplist from then on. The key must hold a sorted set.
     * {@code ... as a listpack} does nothing: the few short members a scenario adds already make one
     * (it lets a Scenario Outline run the same steps on both encodings).
     */
    @Given("the sorted set {string} is stored as a {word}")
    public void theSortedSetIsStoredAs(String key, String encoding) {
        switch (encoding) {
            case "listpack" -> { }
            case "skiplist" -> convertToSkiplist(key);
            default -> throw new IllegalArgumentException("a sorted set is stored as a listpack or a skiplist, not " + encoding);
        }
    }

    private void convertToSkiplist(String key) {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        Reply added = world.call(World.DEFAULT_CLIENT, List.of("ZADD".getBytes(StandardCharsets.US_ASCII), k,
                "0".getBytes(StandardCharsets.US_ASCII), LONG_MEMBER));
        ReplyChecks.assertNotError(added, "ZADD of a long member to \"" + key + "\"");
        Reply removed = world.call(World.DEFAULT_CLIENT, List.of("ZREM".getBytes(StandardCharsets.US_ASCII), k,
                LONG_MEMBER));
        ReplyChecks.assertNotError(removed, "ZREM of the long member from \"" + key + "\"");
    }
}
