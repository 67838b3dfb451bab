package dev.respec.server.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.respec.server.commands.Commands;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The coverage check (Garnet's AllCommandsCovered): every command, or subcommand, that Redis 7.0.15
 * puts in the ACL categories of the data types and the keyspace (the acl_categories of
 * commands.json, captured from Redis) has a handler bound in the command table, so that COMMAND INFO,
 * COMMAND LIST and dispatch know it. A command whose handler belongs to another issue is listed in
 * {@link #PENDING} with that issue; it must leave the list as soon as it is bound.
 */
class CommandCoverageTest {
    /** The ACL categories whose commands must all be there (issue #3's "Done when", plus strings, keys, Pub/Sub and bitmaps). */
    private static final List<String> CATEGORIES =
            List.of("@list", "@hash", "@set", "@sortedset", "@string", "@keyspace", "@pubsub", "@bitmap", "@hyperloglog");

    /** Commands of those categories that wait for another issue, with that issue. */
    private static final Map<String, String> PENDING = Map.of(
            "migrate", "not scheduled (a client connection from the server to another server, sending DUMP payloads)");

    private static CommandTable table;

    @BeforeAll
    static void bindEveryHandler() {
        table = new CommandTable();
        Commands.registerAll(table);
        table.seal();
    }

    static List<String> categories() {
        return CATEGORIES;
    }

    /** Every command and subcommand of commands.json in the category. */
    private static List<CommandSpec> specsIn(String category) {
        List<CommandSpec> out = new ArrayList<>();
        for (CommandSpec spec : table.allSpecs()) {
            if (spec.aclCategories.contains(category)) {
                out.add(spec);
            }
            for (CommandSpec sub : spec.allSubcommands()) {
                if (sub.aclCategories.contains(category)) {
                    out.add(sub);
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "every {0} command has a handler")
    @MethodSource("categories")
    void everyCommandOfTheCategoryHasAHandler(String category) {
        List<CommandSpec> specs = specsIn(category);
        assertThat(specs).as("commands.json lists %s commands", category).isNotEmpty();
        TreeSet<String> missing = new TreeSet<>();
        for (CommandSpec spec : specs) {
            if (spec.handler() == null && !PENDING.containsKey(spec.fullName)) {
                missing.add(spec.fullName);
            }
        }
        assertThat(missing).as("%s commands without a handler", category).isEmpty();
    }

    @Test
    void theCategoriesHoldTheCommandsTheyAreKnownBy() {
        assertThat(specsIn("@list")).extracting(s -> s.fullName).contains("lpush", "blmpop", "sort");
        assertThat(specsIn("@hash")).extracting(s -> s.fullName).contains("hset", "hrandfield");
        assertThat(specsIn("@set")).extracting(s -> s.fullName).contains("sadd", "sintercard", "sort_ro");
        assertThat(specsIn("@sortedset")).extracting(s -> s.fullName).contains("zadd", "bzmpop", "zintercard");
        assertThat(specsIn("@string")).extracting(s -> s.fullName).contains("set", "lcs");
        assertThat(specsIn("@bitmap")).extracting(s -> s.fullName).contains("setbit", "bitfield_ro");
        assertThat(specsIn("@keyspace")).extracting(s -> s.fullName).contains("del", "scan", "object|encoding");
    }

    /** A pending command that got its handler must leave PENDING, so the list only ever shrinks. */
    @Test
    void pendingCommandsAreStillWithoutAHandler() {
        for (String name : PENDING.keySet()) {
            CommandSpec spec = table.spec(name);
            assertThat(spec).as("%s is a Redis command", name).isNotNull();
            assertThat(CATEGORIES).as("%s is in one of the checked categories", name)
                    .containsAnyElementsOf(spec.aclCategories);
            assertThat(spec.handler()).as("%s is bound now: remove it from PENDING", name).isNull();
        }
    }
}
