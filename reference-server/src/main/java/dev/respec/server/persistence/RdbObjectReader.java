package dev.respec.server.persistence;

import static dev.respec.server.persistence.RdbConstants.*;

import dev.respec.server.types.Listpack;
import dev.respec.server.util.Bytes;
import dev.respec.server.util.NumberFormat;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * rdbLoadObject: decodes one value of any type Redis 7.0 loads (RDB 1 to 10, every encoding ever
 * written: plain, zipmap, ziplist, intset, quicklist v1/v2, listpack) plus the set and hash forms
 * of RDB 11 and 12, into an encoding-free {@link RdbValue}. Shared by file loading and RESTORE.
 *
 * <p>Every compact blob is validated deeply (structure, counts, duplicates, pairs), whatever
 * sanitize-dump-payload says: Redis may skip that and trust the blob, but this server decodes every
 * element, so an invalid blob is always refused with the message Redis gives when it validates.
 * An empty collection is {@link #EMPTY} (the caller skips the key as Redis does). Streams,
 * modules and other values this server cannot hold are refused with {@link UnsupportedValue}.
 */
public final class RdbObjectReader {
    /** The value decoded to nothing: an empty collection, skipped like Redis's RDB_LOAD_ERR_EMPTY_KEY. */
    public static final RdbValue EMPTY = new RdbValue.ListValue(List.of(), null);

    /** A value of a type this server cannot hold (streams, module values). */
    public static final class UnsupportedValue extends Exception {
        public UnsupportedValue(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * How to treat the field expiry times of Redis 7.4 hashes: fields already past {@code nowMs}
     * are dropped when {@code dropExpiredFields} (a master loading an RDB file, as 7.4 does); the
     * other fields lose their expiry time, which Redis 7.0 cannot hold.
     */
    public record Context(long nowMs, boolean dropExpiredFields) {
    }

    private RdbObjectReader() {
    }

    public static RdbValue read(RdbInput in, int type, Context ctx) throws RdbException, UnsupportedValue {
        switch (type) {
            case TYPE_STRING:
                return new RdbValue.Str(in.readString());
            case TYPE_LIST:
                return readList(in);
            case TYPE_SET:
                return readSet(in);
            case TYPE_ZSET:
            case TYPE_ZSET_2:
                return readZSet(in, type == TYPE_ZSET_2);
            case TYPE_HASH:
                return readHash(in);
            case TYPE_LIST_QUICKLIST:
            case TYPE_LIST_QUICKLIST_2:
                return readQuicklist(in, type == TYPE_LIST_QUICKLIST_2);
            case TYPE_HASH_ZIPMAP:
                return readZipmapHash(in.readString());
            case TYPE_LIST_ZIPLIST:
                return readZiplistList(in.readString());
            case TYPE_SET_INTSET:
                return readIntset(in.readString());
            case TYPE_ZSET_ZIPLIST:
                return zsetFromPairs(Ziplist.entries(in.readString()), null, "Zset ziplist integrity check failed.");
            case TYPE_HASH_ZIPLIST:
                return hashFromPairs(Ziplist.entries(in.readString()), null, "Hash ziplist integrity check failed.", 0);
            case TYPE_HASH_LISTPACK: {
                byte[] blob = in.readString();
                return hashFromPairs(listpack(blob), blob, "Hash listpack integrity check failed.", 0);
            }
            case TYPE_ZSET_LISTPACK: {
                byte[] blob = in.readString();
                return zsetFromPairs(listpack(blob), blob, "Zset listpack integrity check failed.");
            }
            case TYPE_SET_LISTPACK:
                return readListpackSet(in.readString());
            case TYPE_HASH_LISTPACK_EX:
            case TYPE_HASH_LISTPACK_EX_PRE_GA:
                return readListpackExHash(in, type == TYPE_HASH_LISTPACK_EX, ctx);
            case TYPE_HASH_METADATA:
            case TYPE_HASH_METADATA_PRE_GA:
                return readMetadataHash(in, type == TYPE_HASH_METADATA, ctx);
            case TYPE_STREAM_LISTPACKS:
            case TYPE_STREAM_LISTPACKS_2:
            case TYPE_STREAM_LISTPACKS_3:
                throw new UnsupportedValue("a stream (RDB type " + type + ")");
            case TYPE_MODULE_PRE_GA:
            case TYPE_MODULE_2:
                throw new UnsupportedValue("module data of type '" + moduleTypeName(in.readLen()) + "' (RDB type "
                        + type + ")");
            default:
                throw RdbException.corrupt("Unknown RDB encoding type " + type);
        }
    }

    /** moduleTypeNameByID: the 9-character type name in the top 54 bits of a module id. */
    public static String moduleTypeName(long id) {
        String cset = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char[] name = new char[9];
        id >>>= 10;
        for (int j = 8; j >= 0; j--) {
            name[j] = cset.charAt((int) (id & 63));
            id >>>= 6;
        }
        return new String(name);
    }

    // ------------------------------------------------------------------ plain encodings

    private static RdbValue readList(RdbInput in) throws RdbException {
        long len = in.readLen();
        if (len == 0) {
            return EMPTY;
        }
        List<byte[]> elements = new ArrayList<>(initialCapacity(len));
        for (long i = 0; i < len; i++) {
            elements.add(in.readString());
        }
        return new RdbValue.ListValue(elements, null);
    }

    private static RdbValue readSet(RdbInput in) throws RdbException {
        long len = in.readLen();
        if (len == 0) {
            return EMPTY;
        }
        List<byte[]> members = new ArrayList<>(initialCapacity(len));
        Set<ByteBuffer> seen = new HashSet<>(initialCapacity(len) * 2);
        for (long i = 0; i < len; i++) {
            byte[] m = in.readString();
            if (!seen.add(ByteBuffer.wrap(m))) {
                throw RdbException.corrupt("Duplicate set members detected");
            }
            members.add(m);
        }
        return new RdbValue.SetValue(members, null);
    }

    private static RdbValue readZSet(RdbInput in, boolean binaryScores) throws RdbException {
        long len = in.readLen();
        if (len == 0) {
            return EMPTY;
        }
        int cap = initialCapacity(len);
        List<byte[]> members = new ArrayList<>(cap);
        double[] scores = new double[cap];
        Set<ByteBuffer> seen = new HashSet<>(cap * 2);
        for (long i = 0; i < len; i++) {
            byte[] m = in.readString();
            double score = binaryScores ? in.readBinaryDouble() : in.readOldDouble();
            if (Double.isNaN(score)) {
                throw RdbException.corrupt("Zset with NAN score detected");
            }
            if (!seen.add(ByteBuffer.wrap(m))) {
                throw RdbException.corrupt("Duplicate zset fields detected");
            }
            if (members.size() == scores.length) {
                scores = java.util.Arrays.copyOf(scores, scores.length * 2);
            }
            scores[members.size()] = score;
            members.add(m);
        }
        return new RdbValue.ZSetValue(members, java.util.Arrays.copyOf(scores, members.size()), false, null);
    }

    private static RdbValue readHash(RdbInput in) throws RdbException {
        long len = in.readLen();
        if (len == 0) {
            return EMPTY;
        }
        int cap = initialCapacity(len);
        List<byte[]> fields = new ArrayList<>(cap);
        List<byte[]> values = new ArrayList<>(cap);
        Set<ByteBuffer> seen = new HashSet<>(cap * 2);
        for (long i = 0; i < len; i++) {
            byte[] f = in.readString();
            byte[] v = in.readString();
            if (!seen.add(ByteBuffer.wrap(f))) {
                throw RdbException.corrupt("Duplicate hash fields detected");
            }
            fields.add(f);
            values.add(v);
        }
        return new RdbValue.HashValue(fields, values, false, null, 0);
    }

    // ------------------------------------------------------------------ lists

    private static RdbValue readQuicklist(RdbInput in, boolean v2) throws RdbException {
        long nodes = in.readLen();
        if (nodes == 0) {
            return EMPTY;
        }
        List<byte[]> elements = new ArrayList<>();
        List<RdbValue.Node> kept = new ArrayList<>();
        for (long n = 0; n < nodes; n++) {
            long container = QUICKLIST_NODE_CONTAINER_PACKED;
            if (v2) {
                container = in.readLen();
                if (container != QUICKLIST_NODE_CONTAINER_PACKED && container != QUICKLIST_NODE_CONTAINER_PLAIN) {
                    throw RdbException.corrupt("Quicklist integrity check failed.");
                }
            }
            byte[] data = in.readString();
            if (data.length == 0) {
                throw RdbException.shortRead(); // rdbLoadObject returns NULL: reported as a short read
            }
            if (container == QUICKLIST_NODE_CONTAINER_PLAIN) {
                elements.add(data);
                kept.add(new RdbValue.Node(data, true));
                continue;
            }
            List<byte[]> node = v2 ? listpack(data) : Ziplist.entries(data);
            if (node == null) {
                throw RdbException.corrupt(v2 ? "Listpack integrity check failed." : "Ziplist integrity check failed.");
            }
            if (!node.isEmpty()) { // an empty node is skipped silently
                elements.addAll(node);
                kept.add(new RdbValue.Node(v2 ? data : listpackOf(node), false));
            }
        }
        return elements.isEmpty() ? EMPTY : new RdbValue.ListValue(elements, kept);
    }

    private static RdbValue readZiplistList(byte[] blob) throws RdbException {
        List<byte[]> elements = Ziplist.entries(blob);
        if (elements == null) {
            throw RdbException.corrupt("List ziplist integrity check failed.");
        }
        return elements.isEmpty() ? EMPTY : new RdbValue.ListValue(elements, null);
    }

    // ------------------------------------------------------------------ sets

    /** intsetValidateIntegrity (deep): encoding 2/4/8, exact size, not empty, strictly increasing. */
    private static RdbValue readIntset(byte[] blob) throws RdbException {
        String failed = "Intset integrity check failed.";
        if (blob.length < 8) {
            throw RdbException.corrupt(failed);
        }
        long enc = u32(blob, 0);
        long count = u32(blob, 4);
        if ((enc != 2 && enc != 4 && enc != 8) || 8 + count * enc != blob.length || count == 0) {
            throw RdbException.corrupt(failed);
        }
        List<byte[]> members = new ArrayList<>((int) count);
        long prev = 0;
        for (int i = 0; i < count; i++) {
            int p = 8 + i * (int) enc;
            long v = 0;
            for (int b = (int) enc - 1; b >= 0; b--) {
                v = (v << 8) | (blob[p + b] & 0xff);
            }
            v = (v << (64 - 8 * enc)) >> (64 - 8 * enc); // sign-extend
            if (i > 0 && v <= prev) {
                throw RdbException.corrupt(failed);
            }
            prev = v;
            members.add(Bytes.fromLong(v));
        }
        return new RdbValue.SetValue(members, blob);
    }

    private static RdbValue readListpackSet(byte[] blob) throws RdbException {
        List<byte[]> members = listpack(blob);
        String failed = "Set listpack integrity check failed.";
        if (members == null || !distinct(members, 1)) {
            throw RdbException.corrupt(failed);
        }
        return members.isEmpty() ? EMPTY : new RdbValue.SetValue(members, null);
    }

    // ------------------------------------------------------------------ hashes and sorted sets

    private static RdbValue readZipmapHash(byte[] blob) throws RdbException {
        List<byte[]> pairs = Zipmap.pairs(blob);
        if (pairs == null) {
            throw RdbException.corrupt("Zipmap integrity check failed.");
        }
        List<byte[]> fields = new ArrayList<>();
        List<byte[]> values = new ArrayList<>();
        Set<ByteBuffer> seen = new HashSet<>();
        for (int i = 0; i < pairs.size(); i += 2) {
            byte[] f = pairs.get(i);
            if (!seen.add(ByteBuffer.wrap(f))) {
                throw RdbException.corrupt("Hash zipmap with dup elements, or big length (" + f.length + ")");
            }
            fields.add(f);
            values.add(pairs.get(i + 1));
        }
        // a zipmap converts like a plain hash: the element sizes count too
        return new RdbValue.HashValue(fields, values, false, null, 0);
    }

    private static RdbValue hashFromPairs(List<byte[]> pairs, byte[] listpack, String failed, int droppedTtls)
            throws RdbException {
        if (pairs == null || (pairs.size() & 1) != 0 || !distinct(pairs, 2)) {
            throw RdbException.corrupt(failed);
        }
        if (pairs.isEmpty()) {
            return EMPTY;
        }
        List<byte[]> fields = new ArrayList<>(pairs.size() / 2);
        List<byte[]> values = new ArrayList<>(pairs.size() / 2);
        for (int i = 0; i < pairs.size(); i += 2) {
            fields.add(pairs.get(i));
            values.add(pairs.get(i + 1));
        }
        // a ziplist (or a 7.4 listpack of triplets) becomes the listpack Redis's conversion appends
        return new RdbValue.HashValue(fields, values, true, listpack != null ? listpack : listpackOf(pairs),
                droppedTtls);
    }

    private static RdbValue zsetFromPairs(List<byte[]> pairs, byte[] listpack, String failed) throws RdbException {
        if (pairs == null || (pairs.size() & 1) != 0 || !distinct(pairs, 2)) {
            throw RdbException.corrupt(failed);
        }
        if (pairs.isEmpty()) {
            return EMPTY;
        }
        List<byte[]> members = new ArrayList<>(pairs.size() / 2);
        double[] scores = new double[pairs.size() / 2];
        for (int i = 0; i < pairs.size(); i += 2) {
            double s = NumberFormat.parseDouble(pairs.get(i + 1)); // "inf" and "-inf" included
            if (Double.isNaN(s)) {
                throw RdbException.corrupt(failed);
            }
            scores[i / 2] = s;
            members.add(pairs.get(i));
        }
        return new RdbValue.ZSetValue(members, scores, true, listpack != null ? listpack : listpackOf(pairs));
    }

    /**
     * Redis 7.4's HASH_LISTPACK_EX (and its release-candidate form without the leading minimum
     * expire time): a listpack of field, value, expire-time triplets (0 = no expire time).
     */
    private static RdbValue readListpackExHash(RdbInput in, boolean withMinExpire, Context ctx) throws RdbException {
        if (withMinExpire) {
            in.readMillis();
        }
        String failed = "Hash listpack integrity check failed.";
        List<byte[]> triplets = listpack(in.readString());
        if (triplets == null || triplets.size() % 3 != 0 || !distinct(triplets, 3)) {
            throw RdbException.corrupt(failed);
        }
        List<byte[]> pairs = new ArrayList<>(triplets.size() / 3 * 2);
        int dropped = 0;
        for (int i = 0; i < triplets.size(); i += 3) {
            long[] ttl = new long[1];
            byte[] t = triplets.get(i + 2);
            if (!Bytes.parseLong(t, 0, t.length, ttl) || ttl[0] < 0) {
                throw RdbException.corrupt(failed);
            }
            if (ttl[0] != 0) {
                dropped++;
                if (ctx.dropExpiredFields() && ttl[0] < ctx.nowMs()) {
                    continue;
                }
            }
            pairs.add(triplets.get(i));
            pairs.add(triplets.get(i + 1));
        }
        return hashFromPairs(pairs, null, failed, dropped);
    }

    /**
     * Redis 7.4's HASH_METADATA: a minimum expire time, then per field a TTL relative to it
     * (0 = none; else expire = ttl + min - 1), the field and the value. The release-candidate form
     * stores absolute times and no minimum.
     */
    private static RdbValue readMetadataHash(RdbInput in, boolean relative, Context ctx) throws RdbException {
        long minExpire = relative ? in.readMillis() : 0;
        long len = in.readLen();
        if (len == 0) {
            return EMPTY;
        }
        int cap = initialCapacity(len);
        List<byte[]> fields = new ArrayList<>(cap);
        List<byte[]> values = new ArrayList<>(cap);
        Set<ByteBuffer> seen = new HashSet<>(cap * 2);
        int dropped = 0;
        for (long i = 0; i < len; i++) {
            long ttl = in.readLen();
            byte[] f = in.readString();
            byte[] v = in.readString();
            if (!seen.add(ByteBuffer.wrap(f))) {
                throw RdbException.corrupt("Duplicate hash fields detected");
            }
            if (ttl != 0) {
                dropped++;
                long expireAt = relative ? ttl + minExpire - 1 : ttl;
                if (ctx.dropExpiredFields() && expireAt < ctx.nowMs()) {
                    continue;
                }
            }
            fields.add(f);
            values.add(v);
        }
        return fields.isEmpty() ? EMPTY : new RdbValue.HashValue(fields, values, false, null, dropped);
    }

    // ------------------------------------------------------------------ helpers

    /** The elements of a listpack blob after deep validation, or null when it is invalid. */
    static List<byte[]> listpack(byte[] blob) {
        if (!Listpack.validate(blob)) {
            return null;
        }
        Listpack lp = Listpack.fromBytes(blob);
        List<byte[]> out = new ArrayList<>(lp.size());
        for (int p = lp.first(); p >= 0; p = lp.next(p)) {
            out.add(lp.getBytes(p));
        }
        return out;
    }

    /** A listpack of the elements, encoded as lpAppend does (ziplist quicklist nodes become these). */
    private static byte[] listpackOf(List<byte[]> elements) {
        Listpack lp = new Listpack();
        for (byte[] e : elements) {
            lp.append(e);
        }
        return lp.toBytes();
    }

    /** True when every stride-th element (the fields of pairs, the members of a set) is distinct. */
    private static boolean distinct(List<byte[]> elements, int stride) {
        Set<ByteBuffer> seen = new HashSet<>(elements.size() / stride * 2 + 1);
        for (int i = 0; i < elements.size(); i += stride) {
            if (!seen.add(ByteBuffer.wrap(elements.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** Never trust a count read from the data for a preallocation. */
    private static int initialCapacity(long len) {
        return (int) Math.min(len, 1024);
    }

    private static long u32(byte[] b, int p) {
        return (b[p] & 0xffL) | (b[p + 1] & 0xffL) << 8 | (b[p + 2] & 0xffL) << 16 | (b[p + 3] & 0xffL) << 24;
    }
}
