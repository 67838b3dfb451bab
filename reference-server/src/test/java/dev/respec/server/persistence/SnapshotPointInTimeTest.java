package dev.respec.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.respec.server.Server;
import dev.respec.server.keyspace.Database;
import dev.respec.server.keyspace.RedisObject;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A fork-less snapshot is the dataset at the instant it started, whatever clients do while it is
 * walked: random writes of every kind (overwrites, in-place changes, deletes, expires set and
 * removed, renames and moves between databases, SWAPDB, FLUSHDB, FLUSHALL, new keys) are
 * interleaved with walk slices of one to a few buckets, and the file the snapshot produced must
 * decode to exactly what was there at the start: same keys, values and expire times.
 */
class SnapshotPointInTimeTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void snapshotEqualsTheDatasetAtItsStart(long seed) throws Exception {
        Random rnd = new Random(seed);
        try (TestServer t = new TestServer(dir)) {
            Workload w = new Workload(t, rnd);
            w.populate();
            Map<String, String> before = describe(t.server);

            ByteArrayOutputStream file = new ByteArrayOutputStream();
            Snapshot s = new Snapshot(t.server, rnd.nextBoolean(), false, (buf, len) -> {
                file.write(buf, 0, len);
                return buf;
            }, true);
            int ops = 0;
            while (!s.step(Long.MAX_VALUE, 1 + rnd.nextInt(3))) {
                for (int i = rnd.nextInt(6); i > 0; i--) {
                    w.randomWrite();
                    ops++;
                }
            }
            assertThat(ops).as("writes interleaved with the walk").isGreaterThan(50);
            assertThat(decode(file.toByteArray())).isEqualTo(before);
        }
    }

    /**
     * Epochs wrap after 255 background snapshots: marks left by earlier snapshots (one abandoned
     * half-way, here) must never make a later one skip a key.
     */
    @org.junit.jupiter.api.Test
    void epochsWrapWithoutSkippingKeys() throws Exception {
        try (TestServer t = new TestServer(dir)) {
            for (int i = 0; i < 50; i++) {
                t.run("SET k" + i + " v" + i);
            }
            Map<String, String> before = describe(t.server);
            for (int round = 0; round < 600; round++) {
                ByteArrayOutputStream file = new ByteArrayOutputStream();
                Snapshot s = new Snapshot(t.server, false, false, (buf, len) -> {
                    file.write(buf, 0, len);
                    return buf;
                }, true);
                if (round % 7 == 3) {
                    s.step(Long.MAX_VALUE, 2); // abandoned half-way: some values keep this epoch's mark
                    s.detach();
                    continue;
                }
                while (!s.step(Long.MAX_VALUE)) {
                    // walk to the end
                }
                assertThat(decode(file.toByteArray())).as("round %d", round).isEqualTo(before);
            }
        }
    }

    /** (db, key) -> type, value and expire, as a loader would see them, for every key in memory. */
    static Map<String, String> describe(Server server) throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (int i = 0; i < server.dbCount(); i++) {
            Database db = server.db(i);
            int dbid = i;
            Exception[] failure = new Exception[1];
            db.keys.forEach(e -> {
                try {
                    RedisObject o = (RedisObject) e.val;
                    RdbOutput buf = new RdbOutput(false, 64);
                    RdbObjectWriter.write(buf, o);
                    byte[] b = buf.toByteArray();
                    RdbValue v = RdbObjectReader.read(RdbInput.of(b, 0, b.length), RdbObjectWriter.typeOf(o),
                            new RdbObjectReader.Context(0, false));
                    out.put(name(dbid, e.key), line(v, db.getExpire(e.key)));
                } catch (Exception ex) {
                    failure[0] = ex;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
        }
        return out;
    }

    /** The same description of an RDB image (the CRC64 trailer appended here). */
    static Map<String, String> decode(byte[] image) throws Exception {
        long crc = Crc64.of(image);
        byte[] withCrc = java.util.Arrays.copyOf(image, image.length + 8);
        for (int i = 0; i < 8; i++) {
            withCrc[image.length + i] = (byte) (crc >>> (8 * i));
        }
        Map<String, String> out = new TreeMap<>();
        RdbLoader.Sink sink = new RdbLoader.Sink() {
            @Override
            public int databases() {
                return 16;
            }

            @Override
            public boolean add(int db, byte[] key, RdbValue value, long expireMs, long lruIdle, int lfuFreq) {
                return out.put(name(db, key), line(value, expireMs)) == null;
            }
        };
        new RdbLoader(sink, true, true, System.currentTimeMillis()).load(RdbInput.of(withCrc, 0, withCrc.length));
        return out;
    }

    private static String name(int db, byte[] key) {
        return db + ":" + HexFormat.of().formatHex(key);
    }

    private static String line(RdbValue v, long expire) {
        return GoldenFixtures.typeName(v) + " " + GoldenFixtures.render(v) + " expire=" + expire;
    }
}
