package dev.respec.server.types;

import dev.respec.server.keyspace.ObjectSizes;
import dev.respec.server.keyspace.Digest;
import dev.respec.server.config.ServerConfig;
import dev.respec.server.keyspace.Dict;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.util.Bytes;
import java.util.List;

/**
 * The set type's API (t_set.c "Set type API"): the only code that knows how sets are encoded and
 * that converts them.
 *
 * <p>Encodings, as Redis 7.0 (7.0 has no listpack sets; they came in 7.2): an {@link Intset}
 * ("intset") while every member is a canonical integer (string2ll) and there are at most
 * {@code set-max-intset-entries} of them; otherwise a {@link Dict} of member → null ("hashtable").
 * A set is created as an intset when its first member is an integer; adding a non-integer or one
 * member too many converts it, and a hashtable never converts back. The only way a set key becomes an
 * intset again is a fresh value: SPOP with a count close to the size rebuilds the set from the
 * members that remain, and SINTERSTORE / SUNIONSTORE / SDIFFSTORE build their result from an empty
 * intset.
 *
 * <p>Members come back as byte[] (intset members printed in decimal); callers must not mutate them.
 */
public final class SetType {
    /** SRANDMEMBER_SUB_STRATEGY_MUL: below this ratio of size to count, copy and remove. */
    private static final int SUB_STRATEGY_MUL = 3;
    /** SPOP_MOVE_STRATEGY_MUL: above this ratio of count to what remains, rebuild from the rest. */
    private static final int MOVE_STRATEGY_MUL = 5;
    /** Intsets are limited to 2^30 entries whatever set-max-intset-entries says. */
    private static final long INTSET_HARD_LIMIT = 1L << 30;

    private SetType() {
    }

    /** Receives members during iteration. */
    @FunctionalInterface
    public interface MemberVisitor {
        void visit(byte[] member);
    }

    /** setTypeCreate: an empty set that can hold {@code first}: an intset for an integer. */
    public static RedisObject create(byte[] first) {
        return Bytes.isLong(first) ? createIntset() : createHashtable();
    }

    /** createIntsetObject. */
    public static RedisObject createIntset() {
        return new RedisObject(RedisObject.SET, RedisObject.ENC_INTSET, new Intset());
    }

    /** createSetObject. */
    public static RedisObject createHashtable() {
        return new RedisObject(RedisObject.SET, RedisObject.ENC_HT, new Dict());
    }

    private static long maxIntsetEntries(ServerConfig cfg) {
        return Math.min(cfg.setMaxIntsetEntries, INTSET_HARD_LIMIT);
    }

    /** setTypeConvert(intset → hashtable), the dict presized for every member. */
    public static void convertToHashtable(RedisObject o) {
        if (o.encoding != RedisObject.ENC_INTSET) {
            return;
        }
        Intset is = (Intset) o.ptr;
        Dict d = new Dict();
        d.expand(is.size());
        for (int i = 0; i < is.size(); i++) {
            d.add(Bytes.fromLong(is.get(i)), null);
        }
        o.ptr = d;
        o.encoding = RedisObject.ENC_HT;
    }

    // ------------------------------------------------------------------ reads

    public static long size(RedisObject o) {
        if (o.encoding == RedisObject.ENC_INTSET) {
            return ((Intset) o.ptr).size();
        }
        return ((Dict) o.ptr).size();
    }

    /** setTypeIsMember. */
    public static boolean isMember(RedisObject o, byte[] member) {
        if (o.encoding == RedisObject.ENC_INTSET) {
            long[] v = new long[1];
            return Bytes.parseLong(member, 0, member.length, v) && ((Intset) o.ptr).contains(v[0]);
        }
        return ((Dict) o.ptr).contains(member);
    }

    /** Every member, in the encoding's order (ascending for an intset). */
    public static void forEach(RedisObject o, MemberVisitor v) {
        if (o.encoding == RedisObject.ENC_INTSET) {
            Intset is = (Intset) o.ptr;
            for (int i = 0; i < is.size(); i++) {
                v.visit(Bytes.fromLong(is.get(i)));
            }
        } else {
            ((Dict) o.ptr).forEach(e -> v.visit(e.key));
        }
    }

    /** setTypeRandomElement: a random member of a non-empty set. */
    public static byte[] random(RedisObject o) {
        if (o.encoding == RedisObject.ENC_INTSET) {
            return Bytes.fromLong(((Intset) o.ptr).random());
        }
        return ((Dict) o.ptr).fairRandomEntry().key;
    }

    // ------------------------------------------------------------------ writes

    /**
     * setTypeAdd: true when the member was added. An intset converts when the member is not an
     * integer, or when it grows past set-max-intset-entries.
     */
    public static boolean add(ServerConfig cfg, RedisObject o, byte[] member) {
        if (o.encoding == RedisObject.ENC_INTSET) {
            long[] v = new long[1];
            if (Bytes.parseLong(member, 0, member.length, v)) {
                Intset is = (Intset) o.ptr;
                if (!is.add(v[0])) {
                    return false;
                }
                if (is.size() > maxIntsetEntries(cfg)) {
                    convertToHashtable(o);
                }
                return true;
            }
            convertToHashtable(o);
        }
        return ((Dict) o.ptr).add(member, null) != null;
    }

    /** setTypeRemove: true when the member was there. A hashtable shrinks when it gets sparse. */
    public static boolean remove(RedisObject o, byte[] member) {
        if (o.encoding == RedisObject.ENC_INTSET) {
            long[] v = new long[1];
            return Bytes.parseLong(member, 0, member.length, v) && ((Intset) o.ptr).remove(v[0]);
        }
        Dict d = (Dict) o.ptr;
        if (d.remove(member) == null) {
            return false;
        }
        d.shrinkIfNeeded();
        return true;
    }

    /** SPOP without a count: removes and returns a random member of a non-empty set. */
    public static byte[] pop(RedisObject o) {
        byte[] m = random(o);
        remove(o, m);
        return m;
    }

    /**
     * SPOP with 0 < count < size (spopWithCountCommand's cases 2 and 3): gives each popped member to
     * {@code v}. When few members would remain (remaining*5 <= count), the value is rebuilt from
     * randomly drawn survivors — a fresh set, so it may come back as an intset — and the members
     * left in the old structure are the popped ones.
     */
    public static void popMany(ServerConfig cfg, RedisObject o, long count, MemberVisitor v) {
        long remaining = size(o) - count;
        if (remaining * MOVE_STRATEGY_MUL > count) {
            while (count-- > 0) {
                v.visit(pop(o));
            }
            return;
        }
        RedisObject survivors = null;
        while (remaining-- > 0) {
            byte[] m = pop(o);
            if (survivors == null) {
                survivors = create(m);
            }
            add(cfg, survivors, m);
        }
        forEach(o, v);
        o.ptr = survivors.ptr;
        o.encoding = survivors.encoding;
    }

    // ------------------------------------------------------------------ persistence

    /** An intset kept as it is (an RDB SET_INTSET blob, already validated). */
    public static RedisObject fromIntset(Intset is) {
        return new RedisObject(RedisObject.SET, RedisObject.ENC_INTSET, is);
    }

    /** The exact intset image of an intset set (what RDB and DUMP write). */
    public static byte[] intsetImage(RedisObject o) {
        return ((Intset) o.ptr).toBytes();
    }

    /** setTypeDup (COPY): a deep copy in the same encoding. */
    public static RedisObject dup(RedisObject o) {
        if (o.encoding == RedisObject.ENC_INTSET) {
            return new RedisObject(RedisObject.SET, RedisObject.ENC_INTSET, ((Intset) o.ptr).copy());
        }
        Dict src = (Dict) o.ptr;
        Dict d = new Dict();
        d.expand(src.size());
        src.forEach(e -> d.add(e.key, null));
        return new RedisObject(RedisObject.SET, RedisObject.ENC_HT, d);
    }

    // ------------------------------------------------------------------ scanning and sampling

    /**
     * One SSCAN step: an intset hands over every member with cursor 0; a hashtable visits one
     * dictScan bucket (plus its expansions) and returns the next cursor.
     */
    public static long scan(RedisObject o, long cursor, List<byte[]> out) {
        if (o.encoding == RedisObject.ENC_INTSET) {
            forEach(o, out::add);
            return 0;
        }
        return ((Dict) o.ptr).scan(cursor, e -> out.add(e.key));
    }

    /**
     * SRANDMEMBER with a count (srandmemberWithCountCommand's four cases): when {@code unique} is
     * false, exactly {@code count} draws with repetition; otherwise min(count, size) distinct members,
     * chosen by the strategy Redis picks for the ratio of count to size.
     */
    public static void randomMembers(RedisObject o, long count, boolean unique, MemberVisitor v) {
        long size = size(o);
        if (!unique || count == 1) {
            while (count-- > 0) {
                v.visit(random(o));
            }
        } else if (count >= size) {
            forEach(o, v);
        } else if (count * SUB_STRATEGY_MUL > size) {
            Dict scratch = new Dict();
            scratch.expand(size);
            forEach(o, m -> scratch.add(m, null));
            while (size > count) {
                scratch.remove(scratch.fairRandomEntry().key);
                size--;
            }
            scratch.forEach(e -> v.visit(e.key));
        } else {
            Dict picked = new Dict();
            picked.expand(count);
            while (picked.size() < count) {
                picked.add(random(o), null);
            }
            picked.forEach(e -> v.visit(e.key));
        }
    }

    /** The digest feed (see {@link Values}): each member (an intset's as decimal text), any order. */
    public static void digest(RedisObject o, Digest d) {
        forEach(o, d::xorElement);
    }

    /** The heap bytes behind ptr (see {@link Values}): the intset and its blob, or the dict. */
    public static long allocatedBytes(RedisObject o) {
        if (o.encoding == RedisObject.ENC_INTSET) {
            return Intset.OBJECT_BYTES + ObjectSizes.byteArray(((Intset) o.ptr).blobLength());
        }
        return Values.dictBytes((Dict) o.ptr);
    }
}
