package dev.respec.server.persistence;

/**
 * rdb.h: the RDB file's constants as Redis 7.0 defines them, plus the type codes of RDB 11 (7.2)
 * and 12 (7.4) that the loader converts. These numbers are a file format: they never change.
 *
 * <p>A file is {@code "REDIS" + 4-digit version}, opcodes and key/value pairs, {@code EOF} and an
 * 8-byte little-endian CRC64 (see ../shared/design/rdb-format.md). The reference server writes
 * version {@link #RDB_VERSION} (10, Redis 7.0's) and loads 1 to {@link #RDB_LOAD_MAX_VERSION}.
 */
public final class RdbConstants {
    private RdbConstants() {
    }

    /** The version written, and the one DUMP payloads carry (Redis 7.0's RDB_VERSION). */
    public static final int RDB_VERSION = 10;
    /** Newest version loaded: 7.2's 11 and 7.4's 12 files load too, converted to what 7.0 holds. */
    public static final int RDB_LOAD_MAX_VERSION = 12;

    // Length encodings: the two high bits of the first byte.
    public static final int RDB_6BITLEN = 0;
    public static final int RDB_14BITLEN = 1;
    public static final int RDB_32BITLEN = 0x80;
    public static final int RDB_64BITLEN = 0x81;
    public static final int RDB_ENCVAL = 3;

    // Special string encodings (RDB_ENCVAL's low 6 bits).
    public static final int RDB_ENC_INT8 = 0;
    public static final int RDB_ENC_INT16 = 1;
    public static final int RDB_ENC_INT32 = 2;
    public static final int RDB_ENC_LZF = 3;

    // Object types.
    public static final int TYPE_STRING = 0;
    public static final int TYPE_LIST = 1;
    public static final int TYPE_SET = 2;
    public static final int TYPE_ZSET = 3;
    public static final int TYPE_HASH = 4;
    public static final int TYPE_ZSET_2 = 5;
    public static final int TYPE_MODULE_PRE_GA = 6;
    public static final int TYPE_MODULE_2 = 7;
    public static final int TYPE_HASH_ZIPMAP = 9;
    public static final int TYPE_LIST_ZIPLIST = 10;
    public static final int TYPE_SET_INTSET = 11;
    public static final int TYPE_ZSET_ZIPLIST = 12;
    public static final int TYPE_HASH_ZIPLIST = 13;
    public static final int TYPE_LIST_QUICKLIST = 14;
    public static final int TYPE_STREAM_LISTPACKS = 15;
    public static final int TYPE_HASH_LISTPACK = 16;
    public static final int TYPE_ZSET_LISTPACK = 17;
    public static final int TYPE_LIST_QUICKLIST_2 = 18;
    public static final int TYPE_STREAM_LISTPACKS_2 = 19;
    /** RDB 11 (7.2). */
    public static final int TYPE_SET_LISTPACK = 20;
    public static final int TYPE_STREAM_LISTPACKS_3 = 21;
    /** RDB 12 (7.4): hashes with field expiry (the PRE_GA ones are 7.4 release candidates'). */
    public static final int TYPE_HASH_METADATA_PRE_GA = 22;
    public static final int TYPE_HASH_LISTPACK_EX_PRE_GA = 23;
    public static final int TYPE_HASH_METADATA = 24;
    public static final int TYPE_HASH_LISTPACK_EX = 25;

    // Opcodes.
    public static final int OPCODE_SLOT_INFO = 244;
    public static final int OPCODE_FUNCTION2 = 245;
    public static final int OPCODE_FUNCTION_PRE_GA = 246;
    public static final int OPCODE_MODULE_AUX = 247;
    public static final int OPCODE_IDLE = 248;
    public static final int OPCODE_FREQ = 249;
    public static final int OPCODE_AUX = 250;
    public static final int OPCODE_RESIZEDB = 251;
    public static final int OPCODE_EXPIRETIME_MS = 252;
    public static final int OPCODE_EXPIRETIME = 253;
    public static final int OPCODE_SELECTDB = 254;
    public static final int OPCODE_EOF = 255;

    /** quicklist node containers in LIST_QUICKLIST_2. */
    public static final int QUICKLIST_NODE_CONTAINER_PLAIN = 1;
    public static final int QUICKLIST_NODE_CONTAINER_PACKED = 2;

    /** Old-style double (ZSET type 3): these length bytes stand for NaN, +inf and -inf. */
    public static final int DOUBLE_NAN = 253;
    public static final int DOUBLE_POS_INF = 254;
    public static final int DOUBLE_NEG_INF = 255;

    /** rdbIsObjectType for the versions loaded here: 0..7, 9..25. */
    public static boolean isObjectType(int t) {
        return (t >= 0 && t <= 7) || (t >= 9 && t <= 25);
    }

    /** The name redis-check-rdb gives a type ("hash-ziplist"), for error context. */
    public static String typeName(int t) {
        return switch (t) {
            case TYPE_STRING -> "string";
            case TYPE_LIST -> "list-linked";
            case TYPE_SET -> "set-hashtable";
            case TYPE_ZSET -> "zset-v1";
            case TYPE_HASH -> "hash-hashtable";
            case TYPE_ZSET_2 -> "zset-v2";
            case TYPE_MODULE_PRE_GA -> "module-pre-release";
            case TYPE_MODULE_2 -> "module-value";
            case TYPE_HASH_ZIPMAP -> "hash-zipmap";
            case TYPE_LIST_ZIPLIST -> "list-ziplist";
            case TYPE_SET_INTSET -> "set-intset";
            case TYPE_ZSET_ZIPLIST -> "zset-ziplist";
            case TYPE_HASH_ZIPLIST -> "hash-ziplist";
            case TYPE_LIST_QUICKLIST -> "quicklist";
            case TYPE_STREAM_LISTPACKS -> "stream";
            case TYPE_HASH_LISTPACK -> "hash-listpack";
            case TYPE_ZSET_LISTPACK -> "zset-listpack";
            case TYPE_LIST_QUICKLIST_2 -> "quicklist-v2";
            case TYPE_STREAM_LISTPACKS_2 -> "stream-v2";
            case TYPE_SET_LISTPACK -> "set-listpack";
            case TYPE_STREAM_LISTPACKS_3 -> "stream-v3";
            case TYPE_HASH_METADATA_PRE_GA -> "hash-hashtable-md-pre-ga";
            case TYPE_HASH_LISTPACK_EX_PRE_GA -> "hash-listpack-md-pre-ga";
            case TYPE_HASH_METADATA -> "hash-hashtable-md";
            case TYPE_HASH_LISTPACK_EX -> "hash-listpack-md";
            default -> "unknown";
        };
    }
}
