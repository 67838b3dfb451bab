package dev.respec.suite.rdb;

import dev.respec.server.util.Json;
import dev.respec.suite.resp.Reply;
import dev.respec.suite.resp.ReplyRenderer;
import dev.respec.suite.resp.RespConnection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A whole dataset as golden-rdb describes it (see golden-rdb/README.md and tools/rdbtool.py, which this
 * mirrors): DEBUG DIGEST, and per key its database, type, OBJECT ENCODING, absolute expire time, DEBUG
 * DIGEST-VALUE, DUMP payload and value (strings as text or "hex:...", lists in order, sets sorted,
 * hashes as sorted [field, value] pairs, sorted sets as [member, score] pairs in ZRANGE order). Read from
 * a {@code .dataset.jsonl} file or from a running server, so the two can be compared field by field.
 */
public final class Dataset {
    /**
     * The per-key facts every target must reproduce; encodings and DUMP bytes are Redis 7.0's choice
     * (DUMP bytes only for encodings with a fixed order: a hashtable's order differs per process).
     */
    public static final List<String> VALUE_FIELDS = List.of("type", "expire_at_ms", "value");
    public static final List<String> ENCODING_FIELDS = List.of("encoding", "dump");

    /** DEBUG DIGEST, or null when not read. */
    public final String digest;
    /** "db:key" -> the key's fields. */
    public final Map<String, Map<String, Object>> keys;

    private Dataset(String digest, Map<String, Map<String, Object>> keys) {
        this.digest = digest;
        this.keys = keys;
    }

    @SuppressWarnings("unchecked")
    public static Dataset read(Path jsonl) {
        try {
            List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
            Map<String, Object> header = (Map<String, Object>) Json.parse(lines.get(0));
            Map<String, Map<String, Object>> keys = new TreeMap<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) continue;
                Map<String, Object> k = (Map<String, Object>) Json.parse(line);
                keys.put(k.get("db") + ":" + k.get("key"), k);
            }
            return new Dataset((String) header.get("digest"), keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything a server holds; with {@code debug}, its DEBUG DIGEST and DIGEST-VALUEs too. */
    public static Dataset of(String host, int port, boolean debug) throws IOException {
        try (RespConnection c = RespConnection.open(host, port)) {
            Map<String, Map<String, Object>> keys = new TreeMap<>();
            String digest = debug ? text(call(c, "DEBUG", "DIGEST")) : null;
            for (String line : text(call(c, "INFO", "keyspace")).split("\r?\n")) {
                if (!line.startsWith("db")) continue;
                long db = Long.parseLong(line.substring(2, line.indexOf(':')));
                call(c, "SELECT", Long.toString(db));
                List<byte[]> all = new ArrayList<>();
                String cursor = "0";
                do {
                    List<Reply> r = call(c, "SCAN", cursor, "COUNT", "1000").children();
                    cursor = text(r.get(0));
                    for (Reply k : r.get(1).children()) all.add(((Reply.BulkString) k).bytes());
                } while (!cursor.equals("0"));
                for (byte[] key : all) {
                    Map<String, Object> k = describe(c, db, key, debug);
                    keys.putIfAbsent(db + ":" + k.get("key"), k);
                }
            }
            return new Dataset(digest, keys);
        }
    }

    private static Map<String, Object> describe(RespConnection c, long db, byte[] key, boolean debug) throws IOException {
        Map<String, Object> k = new LinkedHashMap<>();
        String type = text(call(c, "TYPE".getBytes(), key));
        k.put("db", db);
        k.put("key", show(key));
        k.put("type", type);
        k.put("encoding", text(call(c, "OBJECT".getBytes(), "ENCODING".getBytes(), key)));
        k.put("expire_at_ms", ((Reply.IntegerReply) call(c, "PEXPIRETIME".getBytes(), key)).value());
        if (debug) k.put("digest_value", text(call(c, "DEBUG".getBytes(), "DIGEST-VALUE".getBytes(), key).children().get(0)));
        Reply dump = call(c, "DUMP".getBytes(), key);
        k.put("dump", dump instanceof Reply.BulkString b ? HexFormat.of().formatHex(b.bytes()) : null);
        k.put("value", value(c, type, key));
        return k;
    }

    private static Object value(RespConnection c, String type, byte[] key) throws IOException {
        switch (type) {
            case "string":
                return show(((Reply.BulkString) call(c, "GET".getBytes(), key)).bytes());
            case "list":
                return strings(call(c, "LRANGE".getBytes(), key, "0".getBytes(), "-1".getBytes()));
            case "set": {
                List<String> m = strings(call(c, "SMEMBERS".getBytes(), key));
                m.sort(Comparator.naturalOrder());
                return m;
            }
            case "hash": {
                List<String> flat = strings(call(c, "HGETALL".getBytes(), key));
                List<List<String>> pairs = pairs(flat);
                pairs.sort(Comparator.comparing((List<String> p) -> p.get(0)).thenComparing(p -> p.get(1)));
                return pairs;
            }
            case "zset":
                return pairs(strings(call(c, "ZRANGE".getBytes(), key, "0".getBytes(), "-1".getBytes(), "WITHSCORES".getBytes())));
            default:
                return null;
        }
    }

    private static List<List<String>> pairs(List<String> flat) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) out.add(List.of(flat.get(i), flat.get(i + 1)));
        return out;
    }

    private static List<String> strings(Reply r) {
        List<String> out = new ArrayList<>();
        for (Reply e : r.children()) out.add(show(((Reply.BulkString) e).bytes()));
        return out;
    }

    /** As rdbtool.py: printable ASCII as is, anything else as "hex:...". */
    static String show(byte[] b) {
        for (byte x : b) {
            if (x < 32 || x > 126) return "hex:" + HexFormat.of().formatHex(b);
        }
        return new String(b, StandardCharsets.US_ASCII);
    }

    private static Reply call(RespConnection c, String... args) throws IOException {
        return check(c.call(args), String.join(" ", args));
    }

    private static Reply call(RespConnection c, byte[]... args) throws IOException {
        return check(c.call(args), new String(args[0], StandardCharsets.UTF_8));
    }

    private static Reply check(Reply r, String what) {
        if (r.isError()) throw new AssertionError(what + " replied " + ReplyRenderer.oneLine(r));
        return r;
    }

    private static String text(Reply r) {
        if (r instanceof Reply.BulkString b) return b.text();
        if (r instanceof Reply.SimpleString s) return s.text();
        throw new AssertionError("expected a string reply, got " + ReplyRenderer.oneLine(r));
    }

    /**
     * The differences between this dataset (what a server holds) and the expected one, on the given
     * per-key fields: missing keys, extra keys, differing fields; empty when they agree.
     */
    public List<String> differences(Dataset expected, List<String> fields) {
        List<String> out = new ArrayList<>();
        for (var e : expected.keys.entrySet()) {
            Map<String, Object> got = keys.get(e.getKey());
            if (got == null) {
                out.add("missing key " + e.getKey());
                continue;
            }
            for (String f : fields) {
                if (f.equals("dump") && "hashtable".equals(e.getValue().get("encoding"))) {
                    continue; // a hashtable is written in its dict's order, which differs per process
                }
                Object want = e.getValue().get(f);
                Object have = got.get(f);
                if (want == null ? have != null : !want.equals(have)) {
                    out.add("key " + e.getKey() + ": " + f + " is " + brief(have) + ", expected " + brief(want));
                }
            }
        }
        for (String k : keys.keySet()) {
            if (!expected.keys.containsKey(k)) out.add("unexpected key " + k);
        }
        return out;
    }

    private static String brief(Object v) {
        String s = String.valueOf(v);
        return s.length() > 200 ? s.substring(0, 200) + "... (" + s.length() + " chars)" : s;
    }
}
