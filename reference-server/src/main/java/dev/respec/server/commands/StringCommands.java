package dev.respec.server.commands;

import dev.respec.server.command.Args;
import dev.respec.server.command.CommandTable;
import dev.respec.server.command.Errors;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.network.Client;
import dev.respec.server.protocol.SharedReplies;
import dev.respec.server.types.StringType;
import dev.respec.server.util.Bytes;

/**
 * The string group (t_string.c). Handlers are small and share the *Generic helpers, as Redis's do.
 */
public final class StringCommands {
    private StringCommands() {
    }

    static void register(CommandTable t) {
        t.bind("get", StringCommands::get);
        t.bind("set", StringCommands::set);
        t.bind("incr", c -> incrDecr(c, 1));
        t.bind("decr", c -> incrDecr(c, -1));
    }

    /** getGenericCommand: the string value, nil when absent, WRONGTYPE for other types. */
    static boolean getGeneric(Client c) {
        RedisObject o = c.db.lookupRead(c.arg(1));
        if (o == null) {
            c.addReplyNull();
            return true;
        }
        if (o.type != RedisObject.STRING) {
            c.addReplyError(Errors.WRONGTYPE);
            return false;
        }
        c.addReplyBulk(StringType.bytes(o));
        return true;
    }

    private static void get(Client c) {
        getGeneric(c);
    }

    private static void set(Client c) {
        byte[] key = c.arg(1);
        RedisObject val = StringType.createEncoded(c.arg(2));
        c.db.setKey(key, val, false);
        c.server.keyModified(c.db, key, "set");
        c.addReplyProto(SharedReplies.OK);
    }

    /** incrDecrCommand. */
    static void incrDecr(Client c, long incr) {
        byte[] key = c.arg(1);
        RedisObject o = c.db.lookupWrite(key);
        long value = 0;
        if (o != null) {
            if (o.type != RedisObject.STRING) {
                c.addReplyError(Errors.WRONGTYPE);
                return;
            }
            long[] v = new long[1];
            if (!Args.getLong(c, StringType.bytes(o), v)) {
                return;
            }
            value = v[0];
        }
        if ((incr < 0 && value < 0 && incr < Long.MIN_VALUE - value)
                || (incr > 0 && value > 0 && incr > Long.MAX_VALUE - value)) {
            c.addReplyError(Errors.OVERFLOW);
            return;
        }
        value += incr;
        c.db.setKey(key, StringType.fromLong(value), true);
        c.server.keyModified(c.db, key, "incrby");
        c.addReplyLongLong(value);
        Bytes.fromLong(0);
    }
}
