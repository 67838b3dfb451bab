package dev.respec.server.persistence;

import static dev.respec.server.persistence.RdbConstants.*;

import dev.respec.server.Main;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.util.Bytes;

/**
 * The records of an RDB file around the values (rdbSaveRio, rdbSaveInfoAuxFields, rdbSaveDb,
 * rdbSaveKeyValuePair), written exactly as Redis 7.0 writes them for a master without replicas:
 * {@code REDIS0010}, AUX redis-ver / redis-bits / ctime / used-mem / aof-base, then per non-empty
 * database SELECTDB and RESIZEDB, then per key [EXPIRETIME_MS] [IDLE | FREQ] type key value, then
 * EOF and the 8-byte CRC64 (which the file writer appends).
 */
public final class RdbFormat {
    private RdbFormat() {
    }

    /** The magic, the version and the AUX fields. */
    public static void writeHeader(RdbOutput out, long ctimeSec, long usedMem, boolean aofBase) {
        out.write(Bytes.latin1(String.format("REDIS%04d", RDB_VERSION)));
        writeAux(out, "redis-ver", Bytes.latin1(Main.REDIS_COMPAT_VERSION));
        writeAux(out, "redis-bits", Bytes.fromLong(64));
        writeAux(out, "ctime", Bytes.fromLong(ctimeSec));
        writeAux(out, "used-mem", Bytes.fromLong(usedMem));
        writeAux(out, "aof-base", Bytes.fromLong(aofBase ? 1 : 0));
    }

    private static void writeAux(RdbOutput out, String key, byte[] value) {
        out.writeType(OPCODE_AUX);
        out.writeString(Bytes.latin1(key));
        out.writeString(value);
    }

    /** SELECTDB and RESIZEDB, opening a database's section. */
    public static void writeDbHeader(RdbOutput out, int dbid, long size, long expiresSize) {
        out.writeType(OPCODE_SELECTDB);
        out.writeLen(dbid);
        out.writeType(OPCODE_RESIZEDB);
        out.writeLen(size);
        out.writeLen(expiresSize);
    }

    /**
     * rdbSaveKeyValuePair: {@code expireMs} -1 for none; {@code idleSec} (LRU policies) and
     * {@code lfuFreq} (LFU policies) -1 when not written.
     */
    public static void writeKeyValue(RdbOutput out, byte[] key, RedisObject val, long expireMs, long idleSec,
                                     int lfuFreq) {
        if (expireMs != -1) {
            out.writeType(OPCODE_EXPIRETIME_MS);
            out.writeMillis(expireMs);
        }
        if (idleSec >= 0) {
            out.writeType(OPCODE_IDLE);
            out.writeLen(idleSec);
        }
        if (lfuFreq >= 0) {
            out.writeType(OPCODE_FREQ);
            out.writeByte(lfuFreq);
        }
        out.writeType(RdbObjectWriter.typeOf(val));
        out.writeString(key);
        RdbObjectWriter.write(out, val);
    }

    public static void writeEof(RdbOutput out) {
        out.writeType(OPCODE_EOF);
    }
}
