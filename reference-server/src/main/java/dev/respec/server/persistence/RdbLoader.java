package dev.respec.server.persistence;

import static dev.respec.server.persistence.RdbConstants.*;

import dev.respec.server.util.Bytes;
import dev.respec.server.util.Log;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * rdbLoadRio: reads a whole RDB stream (header, AUX fields, opcodes, key/value pairs, EOF, checksum)
 * and hands every key to a {@link Sink}, with Redis 7.0's loading semantics: versions 1 to 12, AUX
 * fields logged or ignored, empty collections skipped and counted, keys already expired dropped
 * and counted (unless the file is an AOF base, whose expired keys stay), IDLE/FREQ passed on, and
 * the CRC64 trailer verified when {@code rdbchecksum} is on.
 *
 * <p>Any failure is a {@link Failure} carrying the lines Redis logs for it; the caller decides
 * whether that ends the process (startup) or only the operation (DEBUG RELOAD). A file holding
 * something this server cannot represent (a stream, a function library, module data) is refused
 * the same way, with a message naming the key or library, before any of it is served.
 */
public final class RdbLoader {

    /** Where loaded keys go. */
    public interface Sink {
        /** The number of databases: a SELECTDB at or past it is fatal. */
        int databases();

        /**
         * A key to add: {@code expireMs} is -1 without an expire; {@code lruIdle} (seconds) and
         * {@code lfuFreq} are -1 unless the file carried IDLE / FREQ for it. Returns false when the
         * key already exists in that database.
         */
        boolean add(int db, byte[] key, RdbValue value, long expireMs, long lruIdle, int lfuFreq);
    }

    /** How a load failed: the lines to log (warnings), in order, and whether the file was unusable from its header. */
    public static final class Failure extends Exception {
        private final List<String> lines;
        /** Signature or version: Redis reports errno EINVAL ("Fatal error loading the DB: Invalid argument"). */
        private final boolean badHeader;

        Failure(List<String> lines, boolean badHeader) {
            super(String.join("\n", lines), null, false, false);
            this.lines = lines;
            this.badHeader = badHeader;
        }

        public List<String> lines() {
            return lines;
        }

        public boolean badHeader() {
            return badHeader;
        }
    }

    /** What a successful load found. */
    public record Result(long keysLoaded, long keysExpired, long emptyKeysSkipped, int version,
                         String replId, long replOffset, boolean aofBase) {
    }

    private final Sink sink;
    private final boolean verifyChecksum;
    private final boolean aofBase;
    private final long nowMs;

    /**
     * @param verifyChecksum {@code rdbchecksum}
     * @param aofBase        true when the stream is an AOF base or preamble (expired keys are kept)
     */
    public RdbLoader(Sink sink, boolean verifyChecksum, boolean aofBase, long nowMs) {
        this.sink = sink;
        this.verifyChecksum = verifyChecksum;
        this.aofBase = aofBase;
        this.nowMs = nowMs;
    }

    public Result load(RdbInput in) throws Failure {
        int version = header(in);
        long loaded = 0;
        long expired = 0;
        long empty = 0;
        String replId = null;
        long replOffset = -1;
        boolean aofBaseAux = false;
        int db = 0;
        long expireMs = -1;
        long lruIdle = -1;
        int lfuFreq = -1;
        RdbObjectReader.Context ctx = new RdbObjectReader.Context(nowMs, !aofBase);
        byte[] key = null;
        try {
            while (true) {
                int type = in.readByte();
                switch (type) {
                    case OPCODE_EXPIRETIME:
                        expireMs = (int) in.readLittleEndian(4) * 1000L;
                        continue;
                    case OPCODE_EXPIRETIME_MS:
                        expireMs = in.readMillis();
                        continue;
                    case OPCODE_FREQ:
                        lfuFreq = in.readByte();
                        continue;
                    case OPCODE_IDLE:
                        lruIdle = in.readLen();
                        continue;
                    case OPCODE_SELECTDB: {
                        long id = in.readLen();
                        if (id >= sink.databases()) {
                            throw new Failure(List.of("FATAL: Data file was created with a Redis server configured to "
                                    + "handle more than " + sink.databases() + " databases. Exiting\n"), false);
                        }
                        db = (int) id;
                        continue;
                    }
                    case OPCODE_RESIZEDB:
                        in.readLen();
                        in.readLen();
                        continue;
                    case OPCODE_SLOT_INFO:
                        in.readLen();
                        in.readLen();
                        in.readLen();
                        continue;
                    case OPCODE_AUX: {
                        byte[] auxKey = in.readString();
                        byte[] auxVal = in.readString();
                        String k = Bytes.str(auxKey);
                        String v = Bytes.str(auxVal);
                        switch (k) {
                            case "repl-id" -> {
                                if (auxVal.length == 40) {
                                    replId = v;
                                }
                            }
                            case "repl-offset" -> replOffset = parseLong(v, -1);
                            case "aof-base", "aof-preamble" -> aofBaseAux |= parseLong(v, 0) != 0;
                            case "redis-ver" -> Log.notice("Loading RDB produced by version " + v);
                            case "ctime" -> {
                                long age = nowMs / 1000 - parseLong(v, 0);
                                Log.notice("RDB age " + Math.max(age, 0) + " seconds");
                            }
                            case "used-mem" -> Log.notice("RDB memory usage when created "
                                    + String.format(Locale.ROOT, "%.2f", parseLong(v, 0) / 1024.0 / 1024.0) + " Mb");
                            case "redis-bits", "repl-stream-db", "lua" -> {
                            }
                            default -> {
                                if (k.startsWith("%")) {
                                    Log.notice("RDB '" + k + "': " + v);
                                } else {
                                    Log.debug("Unrecognized RDB AUX field: '" + k + "'");
                                }
                            }
                        }
                        continue;
                    }
                    case OPCODE_MODULE_AUX: {
                        long moduleId = in.readLen();
                        throw new Failure(List.of("The RDB file contains AUX module data I can't load: no matching module '"
                                + RdbObjectReader.moduleTypeName(moduleId) + "'"), false);
                    }
                    case OPCODE_FUNCTION_PRE_GA:
                        throw new Failure(List.of("Pre-release function format not supported."), false);
                    case OPCODE_FUNCTION2: {
                        String library = libraryName(in.readString());
                        throw new Failure(List.of("The RDB file contains the function library '" + library
                                + "' (RDB opcode " + OPCODE_FUNCTION2 + "): this server has no functions yet, so it "
                                + "refuses to load the file rather than load it in part."), false);
                    }
                    case OPCODE_EOF:
                        break;
                    default: {
                        key = in.readString();
                        RdbValue value;
                        try {
                            value = RdbObjectReader.read(in, type, ctx);
                        } catch (RdbObjectReader.UnsupportedValue e) {
                            throw new Failure(List.of("The RDB file holds " + e.getMessage() + " at key '"
                                    + Bytes.str(key) + "' in DB " + db + ": this server cannot hold it yet, so it "
                                    + "refuses to load the file rather than load it in part."), false);
                        }
                        if (value == RdbObjectReader.EMPTY) {
                            if (empty++ < 10) {
                                Log.warning("rdbLoadObject skipping empty key: " + Bytes.str(key));
                            }
                        } else if (!aofBase && expireMs != -1 && expireMs < nowMs) {
                            expired++;
                        } else {
                            if (value instanceof RdbValue.HashValue h && h.droppedFieldTtls() > 0) {
                                Log.warning("Hash '" + Bytes.str(key) + "' had " + h.droppedFieldTtls()
                                        + " field expiry time(s) (Redis 7.4 hash field TTLs), which Redis 7.0 cannot "
                                        + "hold: fields already expired were dropped, the others kept without a TTL.");
                            }
                            if (!sink.add(db, key, value, expireMs, lruIdle, lfuFreq)) {
                                throw new Failure(List.of("RDB has duplicated key '" + Bytes.str(key) + "' in DB " + db,
                                        "Duplicated keys found in RDB file"), false);
                            }
                            loaded++;
                        }
                        key = null;
                        expireMs = -1;
                        lruIdle = -1;
                        lfuFreq = -1;
                        continue;
                    }
                }
                break; // EOF
            }
            if (version >= 5) {
                long computed = in.checksum();
                long stored = in.readLittleEndian(8);
                if (verifyChecksum) {
                    if (stored == 0) {
                        Log.warning("RDB file was saved with checksum disabled: no check performed.");
                    } else if (stored != computed) {
                        throw new Failure(List.of("Wrong RDB checksum expected: (" + Long.toHexString(computed)
                                + ") but got (" + Long.toHexString(stored) + "). Aborting now.",
                                internalError(in, "RDB CRC error")), false);
                    }
                }
            }
        } catch (RdbException e) {
            List<String> lines = new ArrayList<>();
            if (!e.isCorruption()) {
                lines.add("Short read or OOM loading DB. Unrecoverable error, aborting now.");
            }
            lines.add(internalError(in, e.getMessage()));
            if (key != null) {
                lines.add("[additional info] Reading key '" + Bytes.str(key) + "'");
            }
            throw new Failure(lines, false);
        }
        if (empty > 0) {
            Log.warning("Done loading RDB, keys loaded: " + loaded + ", keys expired: " + expired
                    + ", empty keys skipped: " + empty + ".");
        } else {
            Log.notice("Done loading RDB, keys loaded: " + loaded + ", keys expired: " + expired + ".");
        }
        return new Result(loaded, expired, empty, version, replId, replOffset, aofBaseAux);
    }

    /** The magic and version: "REDIS" and 1..12. */
    private static int header(RdbInput in) throws Failure {
        byte[] magic;
        try {
            magic = in.readBytes(9);
        } catch (RdbException e) {
            throw new Failure(List.of("Short read or OOM loading DB. Unrecoverable error, aborting now.",
                    internalError(in, e.getMessage())), false);
        }
        if (!Bytes.str(magic, 0, 5).equals("REDIS")) {
            throw new Failure(List.of("Wrong signature trying to load DB from file"), true);
        }
        int version = atoi(magic, 5);
        if (version < 1 || version > RDB_LOAD_MAX_VERSION) {
            throw new Failure(List.of("Can't handle RDB format version " + version), true);
        }
        return version;
    }

    /** atoi: leading digits, 0 when there are none. */
    private static int atoi(byte[] b, int off) {
        int v = 0;
        for (int i = off; i < b.length && b[i] >= '0' && b[i] <= '9'; i++) {
            v = v * 10 + (b[i] - '0');
        }
        return v;
    }

    private static String internalError(RdbInput in, String message) {
        return "Internal error in RDB reading offset " + in.offset() + ", function at rdb.c -> " + message;
    }

    private static long parseLong(String s, long fallback) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The name in a library's "#!lua name=mylib" first line, or the first line itself. */
    static String libraryName(byte[] code) {
        String s = Bytes.str(code);
        int nl = s.indexOf('\n');
        String first = nl < 0 ? s : s.substring(0, nl);
        int at = first.indexOf("name=");
        if (at < 0) {
            return first;
        }
        String rest = first.substring(at + 5);
        int sp = rest.indexOf(' ');
        return sp < 0 ? rest : rest.substring(0, sp);
    }
}
