package dev.respec.server.commands;

import dev.respec.server.command.Args;
import dev.respec.server.keyspace.Database;
import dev.respec.server.keyspace.Dict;
import dev.respec.server.keyspace.Digest;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.network.Client;
import dev.respec.server.util.Bytes;

/**
 * The DEBUG subcommands that look into the keyspace engine (debug.c), as Redis 7.0.15 answers them:
 * <ul>
 *   <li>{@code HTSTATS <dbid>}: the keys and expires tables' dictGetStats text (verbatim);</li>
 *   <li>{@code HTSTATS-KEY <key>}: the same for a value stored as a hash table (hashtable hashes and
 *       sets, skiplist sorted sets);</li>
 *   <li>{@code DIGEST} and {@code DIGEST-VALUE <key>...}: the dataset digest (see {@link Digest});</li>
 *   <li>{@code SET-ACTIVE-EXPIRE <0|1>}: turns the active expire cycle off and on (atoi semantics:
 *       any text is accepted, what does not start with a non-zero number turns it off).</li>
 * </ul>
 * Each handler checks its own argument count; {@link #dispatch} answers false for anything that is
 * not one of these with the right count, and DEBUG then replies its syntax error.
 */
final class KeyspaceDebug {
    private KeyspaceDebug() {
    }

    /** Runs the subcommand when it is one of the keyspace's with the right arity; false otherwise. */
    static boolean dispatch(Client c) {
        String sub = Bytes.lower(c.arg(1));
        int argc = c.argv.length;
        switch (sub) {
            case "htstats" -> {
                if (argc != 3) {
                    return false;
                }
                htstats(c);
            }
            case "htstats-key" -> {
                if (argc != 3) {
                    return false;
                }
                htstatsKey(c);
            }
            case "digest" -> {
                if (argc != 2) {
                    return false;
                }
                c.addReplyStatus(Digest.dataset(c.server));
            }
            case "digest-value" -> digestValue(c);
            case "set-active-expire" -> {
                if (argc != 3) {
                    return false;
                }
                c.server.activeExpireEnabled = atoi(c.arg(2)) != 0;
                c.addReplyStatus("OK");
            }
            default -> {
                return false;
            }
        }
        return true;
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

    /** C's atoi: optional blanks and sign, then digits; clamps like strtol, then narrows to int. */
    static int atoi(byte[] s) {
        int i = 0;
        while (i < s.length && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r'))) {
            i++;
        }
        boolean negative = false;
        if (i < s.length && (s[i] == '+' || s[i] == '-')) {
            negative = s[i] == '-';
            i++;
        }
        long v = 0;
        boolean overflow = false;
        for (; i < s.length && s[i] >= '0' && s[i] <= '9'; i++) {
            int d = s[i] - '0';
            if (v > (Long.MAX_VALUE - d) / 10) {
                overflow = true;
            } else {
                v = v * 10 + d;
            }
        }
        if (overflow) {
            v = negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else if (negative) {
            v = -v;
        }
        return (int) v;
    }
}
