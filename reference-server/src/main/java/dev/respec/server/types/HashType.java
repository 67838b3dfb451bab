package dev.respec.server.types;

import dev.respec.server.keyspace.ObjectSizes;
import dev.respec.server.keyspace.Digest;
import dev.respec.server.config.ServerConfig;
import dev.respec.server.keyspace.Dict;
import dev.respec.server.keyspace.RedisObject;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The hash type's API (t_hash.c "Hash type API"): the only code that knows how hashes are encoded
 * and that converts them.
 *
 * <p>Encodings, as Redis 7.0: a new hash is a {@link Listpack} of field,value,field,value... in
 * insertion order ("listpack"); it becomes a {@link Dict} of field → value byte[] ("hashtable") when
 * it would hold more than {@code hash-max-listpack-entries} fields, when a field or value longer than
 * {@code hash-max-listpack-value} bytes is written (HSET/HMSET/HSETNX check their arguments before
 * writing, HINCRBY/HINCRBYFLOAT check the field and the value they produce), or when the listpack
 * would pass 1 GB. A hashtable never converts back, whatever is deleted.
 *
 * <p>Values come back as byte[] (listpack integers printed in decimal). Callers must not mutate the
 * arrays they are given.
 */
public final class HashType {
    /** LISTPACK_MAX_SAFETY_SIZE: lpSafeToAdd refuses to grow a listpack past 1 GB. */
    private static final long LISTPACK_MAX_SAFETY_SIZE = 1L << 30;
    /** HRANDFIELD_SUB_STRATEGY_MUL: below this ratio of size to count, copy and remove. */
    private static final int SUB_STRATEGY_MUL = 3;
    /** HRANDFIELD_RANDOM_SAMPLE_LIMIT: draws with repetition are made in batches of this size. */
    private static final int RANDOM_SAMPLE_LIMIT = 1000;

    private HashType() {
    }

    /** Receives fields and values during iteration; {@code value} is null when values were not asked for. */
    @FunctionalInterface
    public interface PairVisitor {
        void visit(byte[] field, byte[] value);
    }

    /** createHashObject: an empty listpack hash. */
    public static RedisObject create() {
        return new RedisObject(RedisObject.HASH, RedisObject.ENC_LISTPACK, new Listpack());
    }

    // ------------------------------------------------------------------ conversion

    /**
     * hashTypeTryConversion: before a write of argv[start..end] (fields and values), converts to a
     * hashtable when any of them is longer than hash-max-listpack-value or the listpack would pass
     * its safety size.
     */
    public static void tryConversion(ServerConfig cfg, RedisObject o, byte[][] argv, int start, int end) {
        if (o.encoding != RedisObject.ENC_LISTPACK) {
            return;
        }
        long sum = 0;
        for (int i = start; i <= end; i++) {
            long len = argv[i].length;
            if (len > cfg.hashMaxListpackValue) {
                convertToHashtable(o);
                return;
            }
            sum += len;
        }
        if (((Listpack) o.ptr).bytesUsed() + sum > LISTPACK_MAX_SAFETY_SIZE) {
            convertToHashtable(o);
        }
    }

    /** hashTypeConvert(listpack → hashtable), the dict presized for every field. */
    public static void convertToHashtable(RedisObject o) {
        if (o.encoding != RedisObject.ENC_LISTPACK) {
            return;
        }
        Listpack lp = (Listpack) o.ptr;
        Dict d = new Dict();
        d.expand(lp.size() / 2);
        for (int p = lp.first(); p >= 0; p = lp.next(lp.next(p))) {
            if (d.add(lp.getBytes(p), lp.getBytes(lp.next(p))) == null) {
                throw new IllegalStateException("listpack hash with a duplicate field");
            }
        }
        o.ptr = d;
        o.encoding = RedisObject.ENC_HT;
    }

    // ------------------------------------------------------------------ reads

    public static long length(RedisObject o) {
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            return ((Listpack) o.ptr).size() / 2;
        }
        return ((Dict) o.ptr).size();
    }

    /** Position of the field's value in a listpack hash, or -1. */
    private static int valuePosition(Listpack lp, byte[] field) {
        int p = lp.find(lp.first(), field, 1);
        return p < 0 ? -1 : lp.next(p);
    }

    /** hashTypeGetValue: the value, or null when the field is absent. */
    public static byte[] get(RedisObject o, byte[] field) {
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            Listpack lp = (Listpack) o.ptr;
            int v = valuePosition(lp, field);
            return v < 0 ? null : lp.getBytes(v);
        }
        return (byte[]) ((Dict) o.ptr).get(field);
    }

    /** hashTypeGetValueLength: 0 when the field is absent. */
    public static long valueLength(RedisObject o, byte[] field) {
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            Listpack lp = (Listpack) o.ptr;
            int v = valuePosition(lp, field);
            return v < 0 ? 0 : lp.elementLength(v);
        }
        byte[] v = (byte[]) ((Dict) o.ptr).get(field);
        return v == null ? 0 : v.length;
    }

    public static boolean exists(RedisObject o, byte[] field) {
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            Listpack lp = (Listpack) o.ptr;
            return lp.find(lp.first(), field, 1) >= 0;
        }
        return ((Dict) o.ptr).contains(field);
    }

    /** Every field and value, in the encoding's order (insertion order for a listpack). */
    public static void forEach(RedisObject o, boolean withValues, PairVisitor v) {
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            Listpack lp = (Listpack) o.ptr;
            for (int p = lp.first(); p >= 0; p = lp.next(lp.next(p))) {
                v.visit(lp.getBytes(p), withValues ? lp.getBytes(lp.next(p)) : null);
            }
        } else {
            ((Dict) o.ptr).forEach(e -> v.visit(e.key, withValues ? (byte[]) e.val : null));
        }
    }

    // ------------------------------------------------------------------ writes

    /**
     * hashTypeSet: sets the field, returns true when it was created (false when overwritten).
     * A listpack converts first when the field or value is too long for it, and after any write that
     * leaves it with more than hash-max-listpack-entries fields.
     */
    public static boolean set(ServerConfig cfg, RedisObject o, byte[] field, byte[] value) {
        if (o.encoding == RedisObject.ENC_LISTPACK
                && (field.length > cfg.hashMaxListpackValue || value.length > cfg.hashMaxListpackValue)) {
            convertToHashtable(o);
        }
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            Listpack lp = (Listpack) o.ptr;
            int v = valuePosition(lp, field);
            boolean created = v < 0;
            if (created) {
                lp.append(field);
                lp.append(value);
            } else {
                lp.replace(v, value);
            }
            // checked after updates too: a listpack left over the limit by CONFIG SET converts on its next write
            if (length(o) > cfg.hashMaxListpackEntries) {
                convertToHashtable(o);
            }
            return created;
        }
        Dict d = (Dict) o.ptr;
        Dict.Entry e = d.find(field);
        if (e != null) {
            d.setValue(e, value);
            return false;
        }
        d.add(field, value);
        return true;
    }

    /** hashTypeDelete: true when the field existed. A hashtable shrinks when it gets sparse. */
    public static boolean delete(RedisObject o, byte[] field) {
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            Listpack lp = (Listpack) o.ptr;
            int p = lp.find(lp.first(), field, 1);
            if (p < 0) {
                return false;
            }
            lp.delete(lp.delete(p));
            return true;
        }
        Dict d = (Dict) o.ptr;
        if (d.remove(field) == null) {
            return false;
        }
        d.shrinkIfNeeded();
        return true;
    }

    // ------------------------------------------------------------------ persistence

    /** A listpack hash of these pairs, kept as it is (an RDB HASH_LISTPACK blob, already validated). */
    public static RedisObject fromListpack(Listpack lp) {
        return new RedisObject(RedisObject.HASH, RedisObject.ENC_LISTPACK, lp);
    }

    /** The exact listpack image of a listpack hash (what RDB and DUMP write). */
    public static byte[] listpackImage(RedisObject o) {
        return ((Listpack) o.ptr).toBytes();
    }

    /** hashTypeDup (COPY): a deep copy in the same encoding. */
    public static RedisObject dup(RedisObject o) {
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            return new RedisObject(RedisObject.HASH, RedisObject.ENC_LISTPACK, ((Listpack) o.ptr).copy());
        }
        Dict src = (Dict) o.ptr;
        Dict d = new Dict();
        d.expand(src.size());
        src.forEach(e -> d.add(e.key, e.val));
        return new RedisObject(RedisObject.HASH, RedisObject.ENC_HT, d);
    }

    // ------------------------------------------------------------------ scanning

    /**
     * One HSCAN step: a listpack hands over every field and value with cursor 0; a hashtable visits
     * one dictScan bucket (plus its expansions) and returns the next cursor.
     */
    public static long scan(RedisObject o, long cursor, List<byte[]> out) {
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            Listpack lp = (Listpack) o.ptr;
            for (int p = lp.first(); p >= 0; p = lp.next(p)) {
                out.add(lp.getBytes(p));
            }
            return 0;
        }
        return ((Dict) o.ptr).scan(cursor, e -> {
            out.add(e.key);
            out.add((byte[]) e.val);
        });
    }

    // ------------------------------------------------------------------ random fields

    /** hashTypeRandomElement (HRANDFIELD without a count): a random field of a non-empty hash. */
    public static byte[] randomField(RedisObject o) {
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            Listpack lp = (Listpack) o.ptr;
            return lp.getBytes(lp.seek(2L * ThreadLocalRandom.current().nextInt(lp.size() / 2)));
        }
        return ((Dict) o.ptr).fairRandomEntry().key;
    }

    /**
     * HRANDFIELD with a count (hrandfieldWithCountCommand's four cases): when {@code unique} is
     * false, exactly {@code count} draws with repetition; otherwise min(count, length) distinct fields,
     * chosen by the strategy Redis picks for the ratio of count to size. The caller has sized the
     * reply; {@code v} gets each pick.
     */
    public static void randomFields(RedisObject o, long count, boolean unique, boolean withValues, PairVisitor v) {
        long size = length(o);
        if (!unique || count == 1) {
            randomWithRepetition(o, count, withValues, v);
        } else if (count >= size) {
            forEach(o, withValues, v);
        } else if (count * SUB_STRATEGY_MUL > size) {
            randomByRemoval(o, count, withValues, v);
        } else if (o.encoding == RedisObject.ENC_LISTPACK) {
            randomUniqueListpack((Listpack) o.ptr, (int) count, withValues, v);
        } else {
            randomUniqueHashtable((Dict) o.ptr, count, withValues, v);
        }
    }

    /** CASE 1: count independent draws (a listpack draws in batches, as lpRandomPairs). */
    private static void randomWithRepetition(RedisObject o, long count, boolean withValues, PairVisitor v) {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        if (o.encoding == RedisObject.ENC_HT) {
            Dict d = (Dict) o.ptr;
            while (count-- > 0) {
                Dict.Entry e = d.fairRandomEntry();
                v.visit(e.key, withValues ? (byte[]) e.val : null);
            }
            return;
        }
        Listpack lp = (Listpack) o.ptr;
        int[] fields = fieldPositions(lp);
        while (count > 0) {
            int batch = (int) Math.min(count, RANDOM_SAMPLE_LIMIT);
            count -= batch;
            for (int i = 0; i < batch; i++) {
                int p = fields[rnd.nextInt(fields.length)];
                v.visit(lp.getBytes(p), withValues ? lp.getBytes(lp.next(p)) : null);
            }
        }
    }

    /** CASE 3: copy everything into a scratch dict, remove random entries until count remain. */
    private static void randomByRemoval(RedisObject o, long count, boolean withValues, PairVisitor v) {
        Dict scratch = new Dict();
        scratch.expand(length(o));
        forEach(o, withValues, (f, val) -> scratch.add(f, val));
        long size = scratch.size();
        while (size > count) {
            scratch.remove(scratch.fairRandomEntry().key);
            size--;
        }
        scratch.forEach(e -> v.visit(e.key, (byte[]) e.val));
    }

    /** CASE 4, listpack: lpRandomPairsUnique's selection sampling, picks in listpack order. */
    private static void randomUniqueListpack(Listpack lp, int count, boolean withValues, PairVisitor v) {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        int total = lp.size() / 2;
        int picked = 0;
        int index = 0;
        for (int p = lp.first(); p >= 0 && picked < count; p = lp.next(lp.next(p)), index++) {
            int remainingNeeded = count - picked;
            int remainingAvailable = total - index;
            if (rnd.nextDouble() * remainingAvailable < remainingNeeded) {
                v.visit(lp.getBytes(p), withValues ? lp.getBytes(lp.next(p)) : null);
                picked++;
            }
        }
    }

    /** CASE 4, hashtable: draw until count distinct fields came up, replying as they come. */
    private static void randomUniqueHashtable(Dict d, long count, boolean withValues, PairVisitor v) {
        Dict seen = new Dict();
        seen.expand(count);
        long added = 0;
        while (added < count) {
            Dict.Entry e = d.fairRandomEntry();
            if (seen.add(e.key, null) == null) {
                continue;
            }
            added++;
            v.visit(e.key, withValues ? (byte[]) e.val : null);
        }
    }

    private static int[] fieldPositions(Listpack lp) {
        int[] fields = new int[lp.size() / 2];
        int i = 0;
        for (int p = lp.first(); p >= 0; p = lp.next(lp.next(p))) {
            fields[i++] = p;
        }
        return i == fields.length ? fields : Arrays.copyOf(fields, i);
    }

    /** The digest feed (see {@link Values}): each field-value pair, in any order. */
    public static void digest(RedisObject o, Digest d) {
        forEach(o, true, d::xorPair);
    }

    /** The heap bytes behind ptr (see {@link Values}): the listpack and its buffer, or the dict. */
    public static long allocatedBytes(RedisObject o) {
        if (o.encoding == RedisObject.ENC_LISTPACK) {
            return Listpack.OBJECT_BYTES + ObjectSizes.byteArray(((Listpack) o.ptr).bytesAllocated());
        }
        return Values.dictBytes((Dict) o.ptr);
    }
}
