package dev.respec.server.keyspace;

import dev.respec.server.Server;
import dev.respec.server.types.Values;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * debug.c's dataset digest (DEBUG DIGEST, DEBUG DIGEST-VALUE): a SHA1-based fingerprint that is the
 * same for the same logical dataset whatever the encodings, the bucket order or the server, so that
 * the reference server and real Redis can be compared on their data alone.
 *
 * <p>The algorithm, byte for byte Redis's: {@code xor(d, bytes)} xors SHA1(bytes) into the 20-byte
 * digest d (order-independent); {@code mix(d, bytes)} does the xor then replaces d with SHA1(d)
 * (order-dependent). For each database that has keys: mix the db number as 4 big-endian bytes into
 * the result; for each key, in any order: a fresh digest, mix the key, mix the type as 4 big-endian
 * bytes, feed the value, xor "!!expire!!" when the key has an expire (the time itself is left out,
 * so that a dataset loaded later digests the same), then xor that digest into the result. An empty
 * dataset digests to 40 zeros. Logically expired keys that are still in memory count.
 *
 * <p><b>Per-type hook.</b> {@link Values#digest} switches on the value's type and calls the type
 * API, which feeds the value's elements through this class, decoded to strings (an integer element
 * of a listpack or intset is fed as its decimal text):
 * <ul>
 *   <li>string: {@link #mixElement} of the value's bytes;</li>
 *   <li>list: {@link #mixElement} of each element, head to tail;</li>
 *   <li>set: {@link #xorElement} of each member, any order;</li>
 *   <li>hash: {@link #xorPair}(field, value) for each field, any order;</li>
 *   <li>sorted set: {@link #xorPair}(member, score as "%.17g", i.e. {@code NumberFormat.g17}) for each
 *       member, any order.</li>
 * </ul>
 */
public final class Digest {
    private static final byte[] EXPIRE_MARK = {'!', '!', 'e', 'x', 'p', 'i', 'r', 'e', '!', '!'};

    private final MessageDigest sha1;
    /** The digest values are fed into (one key's value at a time). */
    private byte[] digest = new byte[20];

    public Digest() {
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }

    // ---------------------------------------------------------------- what type APIs feed

    /** mixDigest of one element: order matters (strings, list elements). */
    public void mixElement(byte[] element) {
        mix(digest, element);
    }

    /** xorDigest of one element: order does not matter (set members). */
    public void xorElement(byte[] element) {
        xor(digest, element);
    }

    /** A pair digested on its own then xored in: order of pairs does not matter (hashes, zsets). */
    public void xorPair(byte[] first, byte[] second) {
        byte[] element = new byte[20];
        mix(element, first);
        mix(element, second);
        xor(digest, element);
    }

    // ---------------------------------------------------------------- DEBUG DIGEST

    /** computeDatasetDigest: 40 hex digits, all zeros for an empty dataset. */
    public static String dataset(Server server) {
        Digest d = new Digest();
        byte[] result = new byte[20];
        for (int j = 0; j < server.dbCount(); j++) {
            Database db = server.db(j);
            if (db.size() == 0) {
                continue;
            }
            d.mix(result, int32(j));
            db.keys.forEach(e -> {
                d.digest = new byte[20];
                d.mix(d.digest, e.key);
                d.value(db, e.key, (RedisObject) e.val);
                d.xor(result, d.digest);
            });
        }
        return HexFormat.of().formatHex(result);
    }

    /** DEBUG DIGEST-VALUE for one key: its value's digest, 40 zeros when the key does not exist. */
    public static String value(Database db, byte[] key) {
        Digest d = new Digest();
        Dict.Entry e = db.keys.peek(key);
        if (e != null) {
            d.value(db, e.key, (RedisObject) e.val);
        }
        return HexFormat.of().formatHex(d.digest);
    }

    /** xorObjectDigest: type, value, expire mark, into {@link #digest}. */
    private void value(Database db, byte[] key, RedisObject o) {
        mix(digest, int32(o.type));
        Values.digest(o, this);
        if (db.getExpire(key) != -1) {
            xor(digest, EXPIRE_MARK);
        }
    }

    // ---------------------------------------------------------------- the primitives

    private void xor(byte[] d, byte[] bytes) {
        byte[] h = sha1.digest(bytes);
        for (int i = 0; i < 20; i++) {
            d[i] ^= h[i];
        }
    }

    private void mix(byte[] d, byte[] bytes) {
        xor(d, bytes);
        System.arraycopy(sha1.digest(d), 0, d, 0, 20);
    }

    private static byte[] int32(int v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }
}
