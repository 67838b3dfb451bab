package dev.respec.server.commands;

import dev.respec.server.command.Args;
import dev.respec.server.keyspace.Database;
import dev.respec.server.keyspace.Dict;
import dev.respec.server.keyspace.Digest;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.network.Client;

/**
 * The DEBUG subcommands that look into the keyspace engine (debug.c), as Redis 7.0.15 answers them:
 * <ul>
 *   <li>{@code HTSTATS <dbid>}: the keys and expires tables' dictGetStats text (verbatim);</li>
 *   <li>{@code HTSTATS-KEY <key>}: the same for a value stored as a hash table (hashtable hashes and
 *       sets, skiplist sorted sets);</li>
 *   <li>{@code DIGEST} and {@code DIGEST-VALUE <key>...}: the dataset digest (see {@link Digest}).</li>
 * </ul>
 */
final class KeyspaceDebug {
    private KeyspaceDebug() {
    }

    static void addDebugSubcommands(DebugCommand.Registry r) {
        r.add("digest", argc -> argc == 2, new String[] {
            "DIGEST",
            "    Output a hex signature representing the current DB content.",
        }, c -> c.addReplyStatus(Digest.dataset(c.server)));
        r.add("digest-value", argc -> argc >= 2, new String[] {
            "DIGEST-VALUE <key> [<key> ...]",
            "    Output a hex signature of the values of all the specified keys.",
        }, KeyspaceDebug::digestValue);
        r.add("htstats", argc -> argc == 3, new String[] {
            "HTSTATS <dbid>",
            "    Return hash table statistics of the specified Redis database.",
        }, KeyspaceDebug::htstats);
        r.add("htstats-key", argc -> argc == 3, new String[] {
            "HTSTATS-KEY <key>",
            "    Like HTSTATS but for the hash table stored at <key>'s value.",
        }, KeyspaceDebug::htstatsKey);
    }

    private static void htstats(Client c) {
        long[] dbid = new long[1];
        if (!Args.getLong(c, c.arg(2), dbid)) {
            return;
        }
        if (dbid[0] < 0 || dbid[0] >= c.server.dbCount()) {
            c.addReplyError("Out of range database");
            return;
        }
        Database db = c.server.db((int) dbid[0]);
        c.addReplyVerbatim("[Dictionary HT]\n" + db.keys.stats() + "[Expires HT]\n" + db.expires.stats(), "txt");
    }

    private static void htstatsKey(Client c) {
        RedisObject o = c.db.lookup(c.arg(2), Database.LOOKUP_NOTOUCH | Database.LOOKUP_NONOTIFY);
        if (o == null) {
            c.addReplyError("no such key");
            return;
        }
        Dict ht = o.ptr instanceof Dict d ? d : o.ptr instanceof Dict.Backed b ? b.dict() : null;
        if (ht == null) {
            c.addReplyError("The value stored at the specified key is not represented using an hash table");
            return;
        }
        c.addReplyVerbatim(ht.stats(), "txt");
    }

    /** DEBUG DIGEST-VALUE key...: one status reply per key, even for keys that are logically expired. */
    private static void digestValue(Client c) {
        c.addReplyArrayLen(c.argv.length - 2);
        for (int j = 2; j < c.argv.length; j++) {
            c.addReplyStatus(Digest.value(c.db, c.arg(j)));
        }
    }
}
