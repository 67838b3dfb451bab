package dev.respec.server.config;

/**
 * The event classes of notify-keyspace-events (notify.c): the flag bits, parsing the class
 * characters, printing them back in Redis's canonical order ("A" standing for g$lshzxetd), and the
 * class of each event name.
 */
public final class KeyspaceEvents {
    public static final int KEYSPACE = 1;
    public static final int KEYEVENT = 1 << 1;
    public static final int GENERIC = 1 << 2;
    public static final int STRING = 1 << 3;
    public static final int LIST = 1 << 4;
    public static final int SET = 1 << 5;
    public static final int HASH = 1 << 6;
    public static final int ZSET = 1 << 7;
    public static final int EXPIRED = 1 << 8;
    public static final int EVICTED = 1 << 9;
    public static final int STREAM = 1 << 10;
    public static final int KEY_MISS = 1 << 11;
    public static final int MODULE = 1 << 12;
    public static final int NEW = 1 << 13;
    /** "A": every class except key-miss and new-key events. */
    public static final int ALL = GENERIC | STRING | LIST | SET | HASH | ZSET | EXPIRED | EVICTED | STREAM | MODULE;

    private KeyspaceEvents() {
    }

    /**
     * The class of each event name the server fires (the NOTIFY_* argument of Redis 7.0's
     * notifyKeyspaceEvent calls), 0 for a name that is not an event. A new event name must be added
     * here, with the class Redis gives it, or it is never notified.
     */
    public static int classOf(String event) {
        return switch (event) {
            case "del", "expire", "persist", "rename_from", "rename_to", "move_from", "move_to", "copy_to",
                    "restore" -> GENERIC;
            case "set", "setrange", "incrby", "incrbyfloat", "append", "setbit", "pfadd" -> STRING;
            case "lpush", "rpush", "lpop", "rpop", "linsert", "lset", "lrem", "ltrim", "sortstore" -> LIST;
            case "sadd", "srem", "spop", "sinterstore", "sunionstore", "sdiffstore" -> SET;
            case "hset", "hdel", "hincrby", "hincrbyfloat" -> HASH;
            case "zadd", "zincr", "zrem", "zremrangebyscore", "zremrangebyrank", "zremrangebylex", "zunionstore",
                    "zinterstore", "zdiffstore", "zrangestore", "zpopmin", "zpopmax" -> ZSET;
            case "expired" -> EXPIRED;
            case "evicted" -> EVICTED;
            case "new" -> NEW;
            case "keymiss" -> KEY_MISS;
            default -> 0;
        };
    }

    /** keyspaceEventsStringToFlags: the flags, or -1 for an unknown class character. */
    public static int parse(String classes) {
        int flags = 0;
        for (int i = 0; i < classes.length(); i++) {
            int bit = switch (classes.charAt(i)) {
                case 'A' -> ALL;
                case 'g' -> GENERIC;
                case '$' -> STRING;
                case 'l' -> LIST;
                case 's' -> SET;
                case 'h' -> HASH;
                case 'z' -> ZSET;
                case 'x' -> EXPIRED;
                case 'e' -> EVICTED;
                case 'K' -> KEYSPACE;
                case 'E' -> KEYEVENT;
                case 't' -> STREAM;
                case 'm' -> KEY_MISS;
                case 'd' -> MODULE;
                case 'n' -> NEW;
                default -> -1;
            };
            if (bit < 0) {
                return -1;
            }
            flags |= bit;
        }
        return flags;
    }

    /** keyspaceEventsFlagsToString. */
    public static String format(int flags) {
        StringBuilder s = new StringBuilder();
        if ((flags & ALL) == ALL) {
            s.append('A');
        } else {
            String chars = "g$lshzxetdn";
            int[] bits = {GENERIC, STRING, LIST, SET, HASH, ZSET, EXPIRED, EVICTED, STREAM, MODULE, NEW};
            for (int i = 0; i < bits.length; i++) {
                if ((flags & bits[i]) != 0) {
                    s.append(chars.charAt(i));
                }
            }
        }
        if ((flags & KEYSPACE) != 0) {
            s.append('K');
        }
        if ((flags & KEYEVENT) != 0) {
            s.append('E');
        }
        if ((flags & KEY_MISS) != 0) {
            s.append('m');
        }
        return s.toString();
    }
}
