package dev.respec.server.commands;

import dev.respec.server.config.ConfigTypes;
import dev.respec.server.keyspace.Database;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.network.Client;
import dev.respec.server.protocol.SharedReplies;
import dev.respec.server.types.ListType;
import dev.respec.server.types.Quicklist;
import dev.respec.server.util.Bytes;

/**
 * The DEBUG subcommands about the list encoding (debug.c): QUICKLIST-PACKED-THRESHOLD, which moves
 * the size from which an element gets a plain node of its own, and QUICKLIST, which prints a list's
 * nodes on the server's standard output as Redis does.
 */
final class ListDebug {
    private ListDebug() {
    }

    static void addDebugSubcommands(DebugCommand.Registry r) {
        r.add("quicklist-packed-threshold", argc -> argc == 3, new String[] {
            "QUICKLIST-PACKED-THRESHOLD <size>",
            "    Sets the threshold for elements to be inserted as plain vs packed nodes",
            "    Default value is 1GB, allows values up to 4GB. Setting to 0 restores to default.",
        }, ListDebug::packedThreshold);
        r.add("quicklist", argc -> argc == 3 || argc == 4, new String[] {
            "QUICKLIST <key> [<0|1>]",
            "    Show low level info about the quicklist encoding of <key>.",
            "    The optional argument (0 by default) sets the level of detail",
        }, ListDebug::quicklist);
    }

    /** DEBUG QUICKLIST-PACKED-THRESHOLD size: a memory value, 0 for the 1 GB default, at most 4 GB - 1 MB. */
    private static void packedThreshold(Client c) {
        long[] size = new long[1];
        if (!ConfigTypes.memtoull(Bytes.str(c.arg(2)), size) || !Quicklist.setPackedThreshold(size[0])) {
            c.addReplyError("argument must be a memory value bigger than 1 and smaller than 4gb");
            return;
        }
        c.addReplyProto(SharedReplies.OK);
    }

    /** DEBUG QUICKLIST key [level]: quicklistRepr on stdout. */
    private static void quicklist(Client c) {
        RedisObject o = c.db.lookup(c.arg(2), Database.LOOKUP_NOTOUCH | Database.LOOKUP_NONOTIFY);
        if (o == null) {
            c.addReplyError("no such key");
            return;
        }
        if (o.encoding != RedisObject.ENC_QUICKLIST) {
            c.addReplyError("Not a quicklist encoded object.");
            return;
        }
        System.out.print(ListType.describe(o));
        System.out.flush();
        c.addReplyStatus("Quicklist structure printed on stdout");
    }
}
