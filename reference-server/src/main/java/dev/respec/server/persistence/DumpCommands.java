package dev.respec.server.persistence;

import dev.respec.server.command.Args;
import dev.respec.server.command.Errors;
import dev.respec.server.command.CommandTable;
import dev.respec.server.keyspace.Database;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.network.Client;
import dev.respec.server.protocol.SharedReplies;

/**
 * DUMP and RESTORE (cluster.c): a value in Redis's serialization — the RDB type byte and value,
 * the 2-byte little-endian RDB version and the CRC64 of everything before it, little-endian — so a
 * DUMP of real Redis restores here and the other way round.
 *
 * <p>RESTORE validates every payload deeply, whatever sanitize-dump-payload says: a malformed one
 * is refused with "Bad data format" rather than stored. It accepts payloads up to RDB version 12
 * (Redis 7.4's), converting them as an RDB file of that version is converted; DUMP writes 10.
 */
public final class DumpCommands {
    private DumpCommands() {
    }

    static void register(CommandTable t) {
        t.bind("dump", DumpCommands::dump);
        t.bind("restore", DumpCommands::restore);
        // Outside a cluster, RESTORE-ASKING is RESTORE (the ASKING flag only matters to slot redirection).
        t.bind("restore-asking", DumpCommands::restore);
    }

    /** createDumpPayload. */
    public static byte[] payload(RedisObject o, boolean compress) {
        RdbOutput out = new RdbOutput(compress, 64);
        out.writeType(RdbObjectWriter.typeOf(o));
        RdbObjectWriter.write(out, o);
        out.writeLittleEndian(RdbConstants.RDB_VERSION, 2);
        byte[] body = out.toByteArray();
        out.writeLittleEndian(Crc64.of(body), 8);
        return out.toByteArray();
    }

    private static void dump(Client c) {
        RedisObject o = c.db.lookupRead(c.arg(1));
        if (o == null) {
            c.addReplyNull();
            return;
        }
        c.addReplyBulk(payload(o, c.server.config().rdbCompression));
    }

    /** verifyDumpPayload: a version this server loads and (unless checks are skipped) a matching CRC64. */
    static boolean verify(byte[] p, boolean skipChecksum) {
        if (p.length < 10) {
            return false;
        }
        int version = (p[p.length - 10] & 0xff) | (p[p.length - 9] & 0xff) << 8;
        if (version > RdbConstants.RDB_LOAD_MAX_VERSION) {
            return false;
        }
        if (skipChecksum) {
            return true;
        }
        long crc = 0;
        for (int i = 0; i < 8; i++) {
            crc |= (p[p.length - 8 + i] & 0xffL) << (8 * i);
        }
        return Crc64.update(0, p, 0, p.length - 8) == crc;
    }

    /**
     * The value in a verified payload, or null when it does not decode to a value this server holds.
     * The value is read from the whole payload, footer included, as Redis reads it: a string whose
     * length runs into the footer takes the footer's bytes.
     */
    static RedisObject decode(byte[] p, Client c) {
        try {
            RdbInput in = RdbInput.of(p, 0, p.length);
            int type = in.readByte();
            if (!RdbConstants.isObjectType(type)) {
                return null;
            }
            RdbValue v = RdbObjectReader.read(in, type, new RdbObjectReader.Context(c.server.mstime(), false));
            return v == RdbObjectReader.EMPTY ? null : ValueFactory.create(v, c.server.config());
        } catch (RdbException | RdbObjectReader.UnsupportedValue | RuntimeException e) {
            return null;
        }
    }

    /** RESTORE key ttl serialized-value [REPLACE] [ABSTTL] [IDLETIME seconds] [FREQ frequency]. */
    private static void restore(Client c) {
        boolean replace = false;
        boolean absttl = false;
        long lruIdle = -1;
        long lfuFreq = -1;
        long[] v = new long[1];
        for (int j = 4; j < c.argc(); j++) {
            int additional = c.argc() - j - 1;
            byte[] a = c.arg(j);
            if (Args.is(a, "replace")) {
                replace = true;
            } else if (Args.is(a, "absttl")) {
                absttl = true;
            } else if (Args.is(a, "idletime") && additional >= 1 && lfuFreq == -1) {
                if (!Args.getLong(c, c.arg(j + 1), v)) {
                    return;
                }
                if (v[0] < 0) {
                    c.addReplyError("Invalid IDLETIME value, must be >= 0");
                    return;
                }
                lruIdle = v[0];
                j++;
            } else if (Args.is(a, "freq") && additional >= 1 && lruIdle == -1) {
                if (!Args.getLong(c, c.arg(j + 1), v)) {
                    return;
                }
                if (v[0] < 0 || v[0] > 255) {
                    c.addReplyError("Invalid FREQ value, must be >= 0 and <= 255");
                    return;
                }
                lfuFreq = v[0];
                j++;
            } else {
                c.addReplyError(Errors.SYNTAX);
                return;
            }
        }
        byte[] key = c.arg(1);
        Database db = c.db;
        if (!replace && db.lookupWrite(key) != null) {
            c.addReplyError("-BUSYKEY Target key name already exists.");
            return;
        }
        if (!Args.getLong(c, c.arg(2), v)) {
            return;
        }
        long ttl = v[0];
        if (ttl < 0) {
            c.addReplyError("Invalid TTL value, must be >= 0");
            return;
        }
        byte[] payload = c.arg(3);
        if (!verify(payload, c.server.rdb().skipChecksumValidation())) {
            c.addReplyError("DUMP payload version or checksum are wrong");
            return;
        }
        RedisObject o = decode(payload, c);
        if (o == null) {
            c.addReplyError("Bad data format");
            return;
        }
        boolean deleted = replace && db.delete(key);
        if (ttl != 0 && !absttl) {
            ttl += c.server.commandTimeMs();
        }
        if (ttl != 0 && ttl <= c.server.commandTimeMs()) {
            if (deleted) {
                c.server.keyModified(db, key, "del");
            }
            c.addReplyProto(SharedReplies.OK);
            return;
        }
        db.add(key, o);
        if (ttl != 0) {
            db.setExpire(key, ttl);
        }
        RdbPersistence.setLruOrLfu(c.server, o, (int) lfuFreq, lruIdle);
        c.server.keyModified(db, key, "restore");
        c.addReplyProto(SharedReplies.OK);
    }
}
