package dev.respec.server.commands;

import dev.respec.server.command.CommandTable;
import dev.respec.server.keyspace.Database;
import dev.respec.server.keyspace.Eviction;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.network.Client;
import dev.respec.server.types.StringType;

/**
 * OBJECT (object.c objectCommand): what Redis knows about a value rather than the value itself.
 * Each subcommand looks the key up without touching its LRU/LFU clock (keyspace hits and misses
 * still count) and replies nil when it is missing, before any policy check. IDLETIME and FREQ
 * refuse to answer under the other family of maxmemory policy, since the clock field holds the
 * other kind of data then.
 */
final class ObjectCommand {
    private static final String[] HELP = {
        "ENCODING <key>",
        "    Return the kind of internal representation used in order to store the value",
        "    associated with a <key>.",
        "FREQ <key>",
        "    Return the access frequency index of the <key>. The returned integer is",
        "    proportional to the logarithm of the recent access frequency of the key.",
        "IDLETIME <key>",
        "    Return the idle time of the <key>, that is the approximated number of",
        "    seconds elapsed since the last access to the key.",
        "REFCOUNT <key>",
        "    Return the number of references of the value associated with the specified",
        "    <key>.",
    };
    private static final String POLICY_NOTE = " Please note that when switching between policies at runtime"
            + " LRU and LFU data will take some time to adjust.";

    private ObjectCommand() {
    }

    static void register(CommandTable t) {
        t.bind("object|encoding", c -> {
            RedisObject o = lookupOrReplyNull(c);
            if (o != null) {
                c.addReplyBulkCString(o.encodingName());
            }
        });
        t.bind("object|refcount", c -> {
            RedisObject o = lookupOrReplyNull(c);
            if (o != null) {
                c.addReplyLongLong(o.type == RedisObject.STRING && StringType.isSharedInteger(o)
                        ? Integer.MAX_VALUE : 1);
            }
        });
        t.bind("object|idletime", ObjectCommand::idletime);
        t.bind("object|freq", ObjectCommand::freq);
        t.bind("object|help", c -> c.addReplyHelp("OBJECT", HELP));
    }

    /** objectCommandLookupOrReply. */
    private static RedisObject lookupOrReplyNull(Client c) {
        RedisObject o = c.db.lookup(c.arg(2), Database.LOOKUP_NOTOUCH | Database.LOOKUP_NONOTIFY);
        if (o == null) {
            c.addReplyNull();
        }
        return o;
    }

    private static void idletime(Client c) {
        RedisObject o = lookupOrReplyNull(c);
        if (o == null) {
            return;
        }
        Eviction eviction = c.server.evictionPolicy();
        if (eviction.lfuPolicy()) {
            c.addReplyError("An LFU maxmemory policy is selected, idle time not tracked." + POLICY_NOTE);
            return;
        }
        c.addReplyLongLong(eviction.idleTimeMs(o) / 1000);
    }

    private static void freq(Client c) {
        RedisObject o = lookupOrReplyNull(c);
        if (o == null) {
            return;
        }
        Eviction eviction = c.server.evictionPolicy();
        if (!eviction.lfuPolicy()) {
            c.addReplyError("An LFU maxmemory policy is not selected, access frequency not tracked." + POLICY_NOTE);
            return;
        }
        c.addReplyLongLong(eviction.lfuDecrAndReturn(o));
    }
}
