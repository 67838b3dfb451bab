package dev.respec.server.commands;

import dev.respec.server.command.CommandTable;
import dev.respec.server.command.Errors;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.network.Client;
import dev.respec.server.protocol.SharedReplies;
import dev.respec.server.types.HyperLogLog;
import dev.respec.server.types.StringType;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;

/**
 * The HyperLogLog commands (hyperloglog.c): PFADD, PFCOUNT, PFMERGE, PFDEBUG and PFSELFTEST. An HLL
 * is a plain string value (raw) whose bytes {@link HyperLogLog} reads and writes; these handlers
 * check the value is an HLL, edit a private copy, store it back and end the write the common way.
 *
 * <p>Redis writes an HLL in place, so a few things that look like reads are writes here too: a
 * PFCOUNT that recomputes a stale cached count stores it (and touches WATCH, without an event), and
 * PFDEBUG GETREG/TODENSE store the dense form. Every write event is "pfadd", PFMERGE's included.
 */
public final class HyperLogLogCommands {
    private static final String INVALID_HLL = "-WRONGTYPE Key is not a valid HyperLogLog string value.";
    private static final String CORRUPTED_HLL = "-INVALIDOBJ Corrupted HLL object detected";

    private HyperLogLogCommands() {
    }

    public static void register(CommandTable t) {
        t.bind("pfadd", HyperLogLogCommands::pfadd);
        t.bind("pfcount", HyperLogLogCommands::pfcount);
        t.bind("pfmerge", HyperLogLogCommands::pfmerge);
        t.bind("pfdebug", HyperLogLogCommands::pfdebug);
        t.bind("pfselftest", HyperLogLogCommands::pfselftest);
    }

    /** isHLLObjectOrReply: a string holding a well-formed HLL header, else Redis's error is sent. */
    private static boolean checkHll(Client c, RedisObject o) {
        if (o.type != RedisObject.STRING) {
            c.addReplyError(Errors.WRONGTYPE);
            return false;
        }
        if (o.encoding == RedisObject.ENC_INT || !HyperLogLog.isValid(StringType.buffer(o), StringType.length(o))) {
            c.addReplyError(INVALID_HLL);
            return false;
        }
        return true;
    }

    private static HyperLogLog.Editor editor(Client c, RedisObject o) {
        return new HyperLogLog.Editor(StringType.buffer(o), StringType.length(o), c.server.config().hllSparseMaxBytes);
    }

    /** PFADD key [element ...]: 1 when the key was created or a register grew. */
    private static void pfadd(Client c) {
        byte[] key = c.arg(1);
        RedisObject o = c.db.lookupWrite(key);
        boolean created = o == null;
        if (!created && !checkHll(c, o)) {
            return;
        }
        HyperLogLog.Editor e = created
                ? new HyperLogLog.Editor(HyperLogLog.create(), HyperLogLog.HDR_SIZE + 2, c.server.config().hllSparseMaxBytes)
                : editor(c, o);
        int updated = created ? 1 : 0;
        for (int j = 2; j < c.argc(); j++) {
            int r = e.add(c.arg(j));
            if (r < 0) {
                // Redis edits in place: what changed before the corruption was found stays, unsignalled.
                if (created) {
                    c.db.add(key, StringType.createRaw(e.toBytes()));
                } else {
                    c.db.overwrite(key, StringType.createRaw(e.toBytes()));
                }
                c.addReplyError(CORRUPTED_HLL);
                return;
            }
            updated += r;
        }
        if (updated > 0) {
            e.invalidateCache();
            RedisObject v = StringType.createRaw(e.toBytes());
            if (created) {
                c.db.add(key, v);
            } else {
                c.db.overwrite(key, v);
            }
            c.server.keyModified(c.db, key, "pfadd");
            c.server.dirty += updated - 1;
        }
        c.addReplyProto(updated > 0 ? SharedReplies.CONE : SharedReplies.CZERO);
    }

    /** PFCOUNT key [key ...]: one key uses (and refreshes) the cached count; several count the union. */
    private static void pfcount(Client c) {
        if (c.argc() > 2) {
            byte[] max = new byte[HyperLogLog.REGISTERS];
            for (int j = 1; j < c.argc(); j++) {
                RedisObject o = c.db.lookupRead(c.arg(j));
                if (o == null) {
                    continue;
                }
                if (!checkHll(c, o)) {
                    return;
                }
                if (!HyperLogLog.mergeInto(max, StringType.buffer(o), StringType.length(o))) {
                    c.addReplyError(CORRUPTED_HLL);
                    return;
                }
            }
            c.addReplyLongLong(HyperLogLog.countRaw(max));
            return;
        }
        byte[] key = c.arg(1);
        RedisObject o = c.db.lookupRead(key);
        if (o == null) {
            c.addReplyProto(SharedReplies.CZERO);
            return;
        }
        if (!checkHll(c, o)) {
            return;
        }
        byte[] v = StringType.bytes(o);
        long card = HyperLogLog.cachedCount(v);
        if (card < 0) {
            card = HyperLogLog.count(v, v.length);
            if (card < 0) {
                c.addReplyError(CORRUPTED_HLL);
                return;
            }
            c.db.overwrite(key, StringType.createRaw(HyperLogLog.withCachedCount(v, card)));
            c.server.transactions().touch(c.db, key);
            c.server.dirty++;
        }
        c.addReplyLongLong(card);
    }

    /**
     * PFMERGE destkey [sourcekey ...]: the register-wise max of the sources and of the destination
     * itself, written into the destination (created when missing); dense when any input is dense.
     */
    private static void pfmerge(Client c) {
        byte[] max = new byte[HyperLogLog.REGISTERS];
        boolean useDense = false;
        for (int j = 1; j < c.argc(); j++) {
            RedisObject o = c.db.lookupWrite(c.arg(j));
            if (o == null) {
                continue;
            }
            if (!checkHll(c, o)) {
                return;
            }
            byte[] v = StringType.buffer(o);
            if (!HyperLogLog.isSparse(v)) {
                useDense = true;
            }
            if (!HyperLogLog.mergeInto(max, v, StringType.length(o))) {
                c.addReplyError(CORRUPTED_HLL);
                return;
            }
        }
        byte[] key = c.arg(1);
        RedisObject dest = c.db.lookupWrite(key);
        HyperLogLog.Editor e = dest == null
                ? new HyperLogLog.Editor(HyperLogLog.create(), HyperLogLog.HDR_SIZE + 2, c.server.config().hllSparseMaxBytes)
                : editor(c, dest);
        if (useDense && !e.toDense()) {
            c.addReplyError(CORRUPTED_HLL);
            return;
        }
        for (int j = 0; j < HyperLogLog.REGISTERS; j++) {
            if (max[j] != 0) {
                e.set(j, max[j]);
            }
        }
        e.invalidateCache();
        RedisObject v = StringType.createRaw(e.toBytes());
        if (dest == null) {
            c.db.add(key, v);
        } else {
            c.db.overwrite(key, v);
        }
        c.server.keyModified(c.db, key, "pfadd");
        c.addReplyProto(SharedReplies.OK);
    }

    /** PFDEBUG GETREG|DECODE|ENCODING|TODENSE key (arity 3, so every subcommand takes just the key). */
    private static void pfdebug(Client c) {
        String cmd = new String(c.arg(1), StandardCharsets.ISO_8859_1);
        byte[] key = c.arg(2);
        RedisObject o = c.db.lookupWrite(key);
        if (o == null) {
            c.addReplyError("The specified key does not exist");
            return;
        }
        if (!checkHll(c, o)) {
            return;
        }
        HyperLogLog.Editor e = editor(c, o);
        switch (cmd.toLowerCase(Locale.ROOT)) {
            case "getreg" -> {
                if (e.isSparse()) {
                    if (!e.toDense()) {
                        c.addReplyError(CORRUPTED_HLL);
                        return;
                    }
                    c.db.overwrite(key, StringType.createRaw(e.toBytes()));
                    c.server.dirty++;
                }
                int[] regs = HyperLogLog.registers(e.toBytes());
                c.addReplyArrayLen(regs.length);
                for (int r : regs) {
                    c.addReplyLongLong(r);
                }
            }
            case "decode" -> {
                if (!e.isSparse()) {
                    c.addReplyError("HLL encoding is not sparse");
                    return;
                }
                byte[] v = StringType.bytes(o);
                c.addReplyBulk(HyperLogLog.decode(v, v.length).getBytes(StandardCharsets.ISO_8859_1));
            }
            case "encoding" -> c.addReplyStatus(e.isSparse() ? "sparse" : "dense");
            case "todense" -> {
                boolean conv = e.isSparse();
                if (conv) {
                    if (!e.toDense()) {
                        c.addReplyError(CORRUPTED_HLL);
                        return;
                    }
                    c.db.overwrite(key, StringType.createRaw(e.toBytes()));
                    c.server.dirty++;
                }
                c.addReplyProto(conv ? SharedReplies.CONE : SharedReplies.CZERO);
            }
            default -> c.addReplyError("Unknown PFDEBUG subcommand '" + cmd + "'");
        }
    }

    /**
     * PFSELFTEST: checks the register packing (random values set in every register and read back)
     * and that the sparse and dense forms of the same elements count alike; replies OK.
     */
    private static void pfselftest(Client c) {
        Random rnd = new Random();
        for (int round = 0; round < 10; round++) {
            HyperLogLog.Editor e = new HyperLogLog.Editor(new byte[HyperLogLog.DENSE_SIZE], HyperLogLog.DENSE_SIZE,
                    Long.MAX_VALUE);
            int[] expect = new int[HyperLogLog.REGISTERS];
            for (int j = 0; j < HyperLogLog.REGISTERS; j++) {
                expect[j] = rnd.nextInt(64);
                e.set(j, expect[j]);
            }
            int[] got = HyperLogLog.registers(e.toBytes());
            for (int j = 0; j < HyperLogLog.REGISTERS; j++) {
                if (got[j] != expect[j]) {
                    c.addReplyError("TESTFAILED Register error at " + j);
                    return;
                }
            }
        }
        HyperLogLog.Editor sparse = new HyperLogLog.Editor(HyperLogLog.create(), HyperLogLog.HDR_SIZE + 2, Long.MAX_VALUE);
        HyperLogLog.Editor dense = new HyperLogLog.Editor(HyperLogLog.create(), HyperLogLog.HDR_SIZE + 2, Long.MAX_VALUE);
        dense.toDense();
        for (int j = 1; j <= 5000; j++) {
            byte[] ele = Long.toString(rnd.nextLong()).getBytes(StandardCharsets.ISO_8859_1);
            sparse.add(ele);
            dense.add(ele);
            if (j % 500 == 0) {
                byte[] s = sparse.toBytes();
                byte[] d = dense.toBytes();
                if (HyperLogLog.count(s, s.length) != HyperLogLog.count(d, d.length)) {
                    c.addReplyError("TESTFAILED sparse and dense counts differ");
                    return;
                }
            }
        }
        c.addReplyProto(SharedReplies.OK);
    }
}
