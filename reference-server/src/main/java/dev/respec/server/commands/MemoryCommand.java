package dev.respec.server.commands;

import dev.respec.server.command.Args;
import dev.respec.server.command.CommandTable;
import dev.respec.server.command.Errors;
import dev.respec.server.keyspace.Dict;
import dev.respec.server.keyspace.MemoryAccounting;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.network.Client;
import dev.respec.server.protocol.SharedReplies;

/**
 * MEMORY (object.c memoryCommand) over the reference server's memory accounting
 * ({@link MemoryAccounting}): the same subcommands, arguments, errors and reply shapes as Redis 7.0;
 * the figures are the reference server's own heap estimates. MEMORY STATS's allocator fields report
 * the JVM (heap used, heap committed, process RSS), which plays the allocator's part here.
 */
final class MemoryCommand {
    /** OBJ_COMPUTE_SIZE_DEF_SAMPLES. */
    private static final long DEFAULT_SAMPLES = 5;

    private static final String[] HELP = {
        "DOCTOR",
        "    Return memory problems reports.",
        "MALLOC-STATS",
        "    Return internal statistics report from the memory allocator.",
        "PURGE",
        "    Attempt to purge dirty pages for reclamation by the allocator.",
        "STATS",
        "    Return information about the memory usage of the server.",
        "USAGE <key> [SAMPLES <count>]",
        "    Return memory in bytes used by <key> and its value. Nested values are",
        "    sampled up to <count> times (default: 5, 0 means sample all).",
    };

    private MemoryCommand() {
    }

    static void register(CommandTable t) {
        t.bind("memory|help", c -> c.addReplyHelp("MEMORY", HELP));
        t.bind("memory|usage", MemoryCommand::usage);
        t.bind("memory|stats", MemoryCommand::stats);
        t.bind("memory|doctor", c -> c.addReplyVerbatim(c.server.memory().doctorReport(), "txt"));
        t.bind("memory|malloc-stats", c -> c.addReplyBulkCString("Stats not supported for the current allocator"));
        t.bind("memory|purge", c -> c.addReplyProto(SharedReplies.OK));
    }

    /**
     * MEMORY USAGE key [SAMPLES n]: the key's entry, its bytes and its value; nil when absent. Like
     * Redis it reads the dict directly, so a logically expired key still present is measured. The
     * accounting is exact and O(1) per value, so SAMPLES is parsed and checked but changes nothing.
     */
    private static void usage(Client c) {
        long[] samples = {DEFAULT_SAMPLES};
        for (int j = 3; j < c.argv.length; j++) {
            if (Args.is(c.arg(j), "samples") && j + 1 < c.argv.length) {
                if (!Args.getLong(c, c.arg(j + 1), samples)) {
                    return;
                }
                if (samples[0] < 0) {
                    c.addReplyError(Errors.SYNTAX);
                    return;
                }
                j++;
            } else {
                c.addReplyError(Errors.SYNTAX);
                return;
            }
        }
        Dict.Entry e = c.db.keys.find(c.arg(2));
        if (e == null) {
            c.addReplyNull();
            return;
        }
        c.addReplyLongLong(MemoryAccounting.keyUsage(e.key, (RedisObject) e.val));
    }

    /** MEMORY STATS: Redis 7.0.15's fields in its order (a map; doubles for the ratios). */
    private static void stats(Client c) {
        MemoryAccounting.Overhead mh = c.server.memory().overhead();
        c.addReplyMapLen(27 + mh.dbs.size());
        field(c, "peak.allocated", mh.peakAllocated);
        field(c, "total.allocated", mh.totalAllocated);
        field(c, "startup.allocated", mh.startupAllocated);
        field(c, "replication.backlog", 0);
        field(c, "clients.slaves", 0);
        field(c, "clients.normal", mh.clientsNormal);
        field(c, "cluster.links", 0);
        field(c, "aof.buffer", 0);
        field(c, "lua.caches", 0);
        field(c, "functions.caches", 0);
        for (long[] db : mh.dbs) {
            c.addReplyBulkCString("db." + db[0]);
            c.addReplyMapLen(3);
            field(c, "overhead.hashtable.main", db[1]);
            field(c, "overhead.hashtable.expires", db[2]);
            field(c, "overhead.hashtable.slot-to-keys", 0);
        }
        field(c, "overhead.total", mh.overheadTotal);
        field(c, "keys.count", mh.totalKeys);
        field(c, "keys.bytes-per-key", mh.bytesPerKey);
        field(c, "dataset.bytes", mh.dataset);
        ratio(c, "dataset.percentage", mh.datasetPercentage);
        ratio(c, "peak.percentage", mh.peakPercentage);
        long allocated = mh.heapUsed;
        long active = mh.heapCommitted;
        long resident = mh.rss;
        field(c, "allocator.allocated", allocated);
        field(c, "allocator.active", active);
        field(c, "allocator.resident", resident);
        ratio(c, "allocator-fragmentation.ratio", (float) active / allocated);
        field(c, "allocator-fragmentation.bytes", active - allocated);
        ratio(c, "allocator-rss.ratio", (float) resident / active);
        field(c, "allocator-rss.bytes", resident - active);
        ratio(c, "rss-overhead.ratio", 1f);
        field(c, "rss-overhead.bytes", 0);
        ratio(c, "fragmentation", (float) resident / mh.totalAllocated);
        field(c, "fragmentation.bytes", resident - mh.totalAllocated);
    }

    private static void field(Client c, String name, long value) {
        c.addReplyBulkCString(name);
        c.addReplyLongLong(value);
    }

    /** Redis computes these ratios as floats and replies them as doubles. */
    private static void ratio(Client c, String name, float value) {
        c.addReplyBulkCString(name);
        c.addReplyDouble(value);
    }
}
