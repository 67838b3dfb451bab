package dev.respec.server.keyspace;

/**
 * redisObject: a value in the keyspace, its type, its encoding (what OBJECT ENCODING reports) and its
 * LRU clock or LFU counter. {@code ptr} holds the encoding's data: a byte[] for strings, and for the
 * aggregate types the structure their type API owns (listpack, quicklist, intset, dict, skiplist).
 * Only a type's API layer reads or converts {@code ptr}.
 */
public final class RedisObject {
    public static final byte STRING = 0;
    public static final byte LIST = 1;
    public static final byte SET = 2;
    public static final byte ZSET = 3;
    public static final byte HASH = 4;
    public static final byte MODULE = 5;
    public static final byte STREAM = 6;

    public static final byte ENC_RAW = 0;
    public static final byte ENC_INT = 1;
    public static final byte ENC_HT = 2;
    public static final byte ENC_ZIPMAP = 3;
    public static final byte ENC_LINKEDLIST = 4;
    public static final byte ENC_ZIPLIST = 5;
    public static final byte ENC_INTSET = 6;
    public static final byte ENC_SKIPLIST = 7;
    public static final byte ENC_EMBSTR = 8;
    public static final byte ENC_QUICKLIST = 9;
    public static final byte ENC_STREAM = 10;
    public static final byte ENC_LISTPACK = 11;

    public byte type;
    public byte encoding;
    /** LRU clock (seconds resolution, 24 bits) or LFU data (16-bit minutes + 8-bit counter). */
    public int lru;
    public Object ptr;
    /**
     * One of Redis's shared objects (OBJ_SHARED_REFCOUNT): the integers 0..9999 that Redis hands out
     * instead of allocating a value. OBJECT REFCOUNT reports INT_MAX for them. Decided when the value
     * is created (see StringType) and kept while the same value moves between keys.
     */
    public boolean shared;

    public RedisObject(byte type, byte encoding, Object ptr) {
        this.type = type;
        this.encoding = encoding;
        this.ptr = ptr;
    }

    public String typeName() {
        return typeName(type);
    }

    public static String typeName(byte type) {
        switch (type) {
            case STRING:
                return "string";
            case LIST:
                return "list";
            case SET:
                return "set";
            case ZSET:
                return "zset";
            case HASH:
                return "hash";
            case STREAM:
                return "stream";
            default:
                return "module";
        }
    }

    /** strEncoding: the name OBJECT ENCODING replies with. */
    public String encodingName() {
        switch (encoding) {
            case ENC_RAW:
                return "raw";
            case ENC_INT:
                return "int";
            case ENC_HT:
                return "hashtable";
            case ENC_ZIPMAP:
                return "zipmap";
            case ENC_LINKEDLIST:
                return "linkedlist";
            case ENC_ZIPLIST:
                return "ziplist";
            case ENC_INTSET:
                return "intset";
            case ENC_SKIPLIST:
                return "skiplist";
            case ENC_EMBSTR:
                return "embstr";
            case ENC_QUICKLIST:
                return "quicklist";
            case ENC_STREAM:
                return "stream";
            case ENC_LISTPACK:
                return "listpack";
            default:
                return "unknown";
        }
    }
}
