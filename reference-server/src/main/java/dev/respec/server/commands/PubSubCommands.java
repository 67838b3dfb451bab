package dev.respec.server.commands;

import dev.respec.server.command.CommandTable;
import dev.respec.server.command.Errors;
import dev.respec.server.network.Client;
import dev.respec.server.pubsub.PubSub;
import dev.respec.server.pubsub.PubSub.Kind;
import dev.respec.server.util.Bytes;
import java.util.List;

/**
 * The pubsub group: SUBSCRIBE, UNSUBSCRIBE, PSUBSCRIBE, PUNSUBSCRIBE, PUBLISH, their shard
 * variants SSUBSCRIBE, SUNSUBSCRIBE, SPUBLISH (which Redis 7.0 serves outside cluster mode too),
 * and PUBSUB's introspection subcommands. The bookkeeping is {@link PubSub}'s; the RESP2
 * subscribed-context restriction is a generic check in CommandProcessor.
 */
final class PubSubCommands {
    private PubSubCommands() {
    }

    private static final String[] PUBSUB_HELP = {
        "CHANNELS [<pattern>]",
        "    Return the currently active channels matching a <pattern> (default: '*').",
        "NUMPAT",
        "    Return number of subscriptions to patterns.",
        "NUMSUB [<channel> ...]",
        "    Return the number of subscribers for the specified channels, excluding",
        "    pattern subscriptions(default: no channels).",
        "SHARDCHANNELS [<pattern>]",
        "    Return the currently active shard level channels matching a <pattern> (default: '*').",
        "SHARDNUMSUB [<shardchannel> ...]",
        "    Return the number of subscribers for the specified shard level channel(s)",
    };

    static void register(CommandTable t) {
        t.bind("subscribe", c -> subscribe(c, Kind.GLOBAL));
        t.bind("ssubscribe", c -> subscribe(c, Kind.SHARD));
        t.bind("psubscribe", PubSubCommands::psubscribe);
        t.bind("unsubscribe", c -> unsubscribe(c, Kind.GLOBAL));
        t.bind("sunsubscribe", c -> unsubscribe(c, Kind.SHARD));
        t.bind("punsubscribe", PubSubCommands::punsubscribe);
        t.bind("publish", c -> publish(c, Kind.GLOBAL));
        t.bind("spublish", c -> publish(c, Kind.SHARD));
        t.bind("pubsub|channels", c -> channels(c, Kind.GLOBAL));
        t.bind("pubsub|shardchannels", c -> channels(c, Kind.SHARD));
        t.bind("pubsub|numsub", c -> numsub(c, Kind.GLOBAL));
        t.bind("pubsub|shardnumsub", c -> numsub(c, Kind.SHARD));
        t.bind("pubsub|numpat", c -> c.addReplyLongLong(c.server.pubsub().patternCount()));
        t.bind("pubsub|help", c -> c.addReplyHelp("PUBSUB", PUBSUB_HELP));
    }

    /**
     * A client that must get exactly one reply per command (inside EXEC) cannot subscribe, except
     * that SUBSCRIBE and PSUBSCRIBE stay allowed in MULTI/EXEC for backward compatibility.
     */
    private static boolean denied(Client c, String command, boolean allowedInExec) {
        if (c.denyBlocking && !(allowedInExec && c.server.transactions().inExec())) {
            c.addReplyError(command + " isn't allowed for a DENY BLOCKING client");
            return true;
        }
        return false;
    }

    private static void subscribe(Client c, Kind kind) {
        if (denied(c, kind == Kind.GLOBAL ? "SUBSCRIBE" : "SSUBSCRIBE", kind == Kind.GLOBAL)) {
            return;
        }
        for (int j = 1; j < c.argc(); j++) {
            c.server.pubsub().subscribe(c, c.arg(j), kind);
        }
    }

    private static void psubscribe(Client c) {
        if (denied(c, "PSUBSCRIBE", true)) {
            return;
        }
        for (int j = 1; j < c.argc(); j++) {
            c.server.pubsub().psubscribe(c, c.arg(j));
        }
    }

    private static void unsubscribe(Client c, Kind kind) {
        PubSub ps = c.server.pubsub();
        if (c.argc() == 1) {
            ps.unsubscribeAll(c, kind, true);
            return;
        }
        for (int j = 1; j < c.argc(); j++) {
            ps.unsubscribe(c, c.arg(j), kind, true);
        }
    }

    private static void punsubscribe(Client c) {
        PubSub ps = c.server.pubsub();
        if (c.argc() == 1) {
            ps.punsubscribeAll(c, true);
            return;
        }
        for (int j = 1; j < c.argc(); j++) {
            ps.punsubscribe(c, c.arg(j), true);
        }
    }

    private static void publish(Client c, Kind kind) {
        c.addReplyLongLong(c.server.pubsub().publish(c.arg(1), c.arg(2), kind));
    }

    /** PUBSUB CHANNELS|SHARDCHANNELS [pattern]. */
    private static void channels(Client c, Kind kind) {
        if (c.argc() > 3) {
            c.addReplyError(Errors.subcommandSyntax(Bytes.str(c.arg(1)), Bytes.str(c.arg(0))));
            return;
        }
        List<byte[]> names = c.server.pubsub().channels(c.argc() == 3 ? c.arg(2) : null, kind);
        c.addReplyArrayLen(names.size());
        for (byte[] n : names) {
            c.addReplyBulk(n);
        }
    }

    /** PUBSUB NUMSUB|SHARDNUMSUB [channel ...]: channel, count pairs (a flat array in RESP2 and RESP3). */
    private static void numsub(Client c, Kind kind) {
        c.addReplyArrayLen((c.argc() - 2) * 2L);
        for (int j = 2; j < c.argc(); j++) {
            c.addReplyBulk(c.arg(j));
            c.addReplyLongLong(c.server.pubsub().numsub(c.arg(j), kind));
        }
    }
}
