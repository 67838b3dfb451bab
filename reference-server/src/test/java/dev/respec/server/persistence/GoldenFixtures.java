package dev.respec.server.persistence;

import dev.respec.server.util.Bytes;
import dev.respec.server.util.Json;
import dev.respec.server.util.NumberFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The fixtures of golden-rdb/ as tests read them: each RDB file with the dataset real Redis 7.0.15
 * reported after loading it ({@code <name>.dataset.jsonl}) or the way it refused it
 * ({@code <name>.refused.txt}), plus the value rendering and DEBUG DIGEST-VALUE algorithm
 * (debug.c xorObjectDigest) applied to decoded values, to compare with what Redis reported.
 */
final class GoldenFixtures {
    static final Path ROOT = Path.of("..", "golden-rdb");

    record Fixture(String name, Path rdb, Path expected) {
        boolean refused() {
            return expected.getFileName().toString().endsWith(".refused.txt");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Every fixture that has an expectation. */
    static List<Fixture> all() {
        List<Fixture> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path p : files.sorted().toList()) {
                String f = p.getFileName().toString();
                String base;
                if (f.endsWith(".dataset.jsonl")) {
                    base = f.substring(0, f.length() - ".dataset.jsonl".length());
                } else if (f.endsWith(".refused.txt")) {
                    base = f.substring(0, f.length() - ".refused.txt".length());
                } else {
                    continue;
                }
                Path rdb = p.resolveSibling(base + ".rdb");
                if (Files.exists(rdb)) {
                    out.add(new Fixture(ROOT.relativize(rdb).toString(), rdb, p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The dataset file: its header, then one map per key. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> dataset(Fixture f) {
        try {
            List<Map<String, Object>> out = new ArrayList<>();
            for (String line : Files.readAllLines(f.expected(), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add((Map<String, Object>) Json.parse(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> refusal(Fixture f) {
        try {
            return Files.readAllLines(f.expected(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ rendering as the dataset does

    static String text(byte[] b) {
        for (byte x : b) {
            if (x < 32 || x > 126) {
                return "hex:" + HexFormat.of().formatHex(b);
            }
        }
        return Bytes.str(b);
    }

    static String typeName(RdbValue v) {
        return TYPE_NAMES[typeCode(v)];
    }

    private static final String[] TYPE_NAMES = {"string", "list", "set", "zset", "hash"};

    /** The value's OBJ_* type code (what the digest mixes in). */
    static int typeCode(RdbValue v) {
        if (v instanceof RdbValue.Str) {
            return 0;
        } else if (v instanceof RdbValue.ListValue) {
            return 1;
        } else if (v instanceof RdbValue.SetValue) {
            return 2;
        } else if (v instanceof RdbValue.ZSetValue) {
            return 3;
        }
        return 4;
    }

    /** The value as rdbtool.py renders it: lists in order, sets sorted, hash pairs sorted, zsets by score. */
    static Object render(RdbValue v) {
        if (v instanceof RdbValue.Str s) {
            return text(s.value());
        } else if (v instanceof RdbValue.ListValue l) {
            return l.elements().stream().map(GoldenFixtures::text).toList();
        } else if (v instanceof RdbValue.SetValue s) {
            return s.members().stream().map(GoldenFixtures::text).sorted().toList();
        } else if (v instanceof RdbValue.HashValue h) {
            List<List<String>> pairs = new ArrayList<>();
            for (int i = 0; i < h.fields().size(); i++) {
                pairs.add(List.of(text(h.fields().get(i)), text(h.values().get(i))));
            }
            pairs.sort(Comparator.comparing((List<String> p) -> p.get(0)).thenComparing(p -> p.get(1)));
            return pairs;
        }
        RdbValue.ZSetValue z = (RdbValue.ZSetValue) v;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < z.members().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> z.scores()[i])
                .thenComparing((a, b) -> Bytes.compare(z.members().get(a), z.members().get(b))));
        List<List<String>> pairs = new ArrayList<>();
        for (int i : order) {
            pairs.add(List.of(text(z.members().get(i)), NumberFormat.g17(z.scores()[i])));
        }
        return pairs;
    }

    // ------------------------------------------------------------------ DEBUG DIGEST-VALUE

    record LoadedKey(int db, byte[] key, RdbValue value, long expireMs) {
    }

    /** DEBUG DIGEST-VALUE of one value. */
    static String digestValue(RdbValue v, boolean hasExpire) {
        byte[] d = new byte[20];
        feed(d, v, hasExpire);
        return HexFormat.of().formatHex(d);
    }

    /**
     * DEBUG DIGEST: per database with keys (in order) mix the db number in; per key, a fresh digest
     * with the key mixed in then the value fed, xored into the result.
     */
    static String digest(List<LoadedKey> keys) {
        if (keys.isEmpty()) {
            return "0".repeat(40);
        }
        byte[] result = new byte[20];
        keys.stream().mapToInt(LoadedKey::db).distinct().sorted().forEach(db -> {
            mix(result, new byte[] {(byte) (db >>> 24), (byte) (db >>> 16), (byte) (db >>> 8), (byte) db});
            for (LoadedKey k : keys) {
                if (k.db() == db) {
                    byte[] kd = new byte[20];
                    mix(kd, k.key());
                    feed(kd, k.value(), k.expireMs() != -1);
                    xor(result, kd);
                }
            }
        });
        return HexFormat.of().formatHex(result);
    }

    /** xorObjectDigest: the type code, the elements, the expire mark. */
    private static void feed(byte[] d, RdbValue v, boolean hasExpire) {
        mix(d, new byte[] {0, 0, 0, (byte) typeCode(v)});
        if (v instanceof RdbValue.Str s) {
            mix(d, s.value());
        } else if (v instanceof RdbValue.ListValue l) {
            l.elements().forEach(e -> mix(d, e));
        } else if (v instanceof RdbValue.SetValue s) {
            s.members().forEach(m -> xor(d, m));
        } else if (v instanceof RdbValue.HashValue h) {
            for (int i = 0; i < h.fields().size(); i++) {
                xorPair(d, h.fields().get(i), h.values().get(i));
            }
        } else if (v instanceof RdbValue.ZSetValue z) {
            for (int i = 0; i < z.members().size(); i++) {
                xorPair(d, z.members().get(i), Bytes.latin1(NumberFormat.g17(z.scores()[i])));
            }
        }
        if (hasExpire) {
            xor(d, Bytes.latin1("!!expire!!"));
        }
    }

    private static void xorPair(byte[] d, byte[] a, byte[] b) {
        byte[] e = new byte[20];
        mix(e, a);
        mix(e, b);
        xor(d, e);
    }

    private static void xor(byte[] d, byte[] bytes) {
        byte[] h = sha1(bytes);
        for (int i = 0; i < 20; i++) {
            d[i] ^= h[i];
        }
    }


    private static void mix(byte[] d, byte[] bytes) {
        xor(d, bytes);
        System.arraycopy(sha1(d), 0, d, 0, 20);
    }

    private static byte[] sha1(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
