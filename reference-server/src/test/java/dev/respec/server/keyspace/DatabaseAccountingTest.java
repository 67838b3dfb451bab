package dev.respec.server.keyspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.respec.server.Server;
import dev.respec.server.types.StringType;
import dev.respec.server.types.Values;
import dev.respec.server.util.Bytes;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatabaseAccountingTest {
    private Server server;
    private Database db;

    @BeforeEach
    void setUp() {
        server = TestServers.start();
        db = server.db(0);
    }

    @AfterEach
    void tearDown() {
        TestServers.stop(server);
    }

    /** The dataset bytes recomputed from scratch, entry by entry. */
    private static long recount(Database db) {
        long[] sum = {0};
        db.keys.forEach(e -> sum[0] += ObjectSizes.DICT_ENTRY + ObjectSizes.byteArray(e.key.length)
                + ObjectSizes.align(Values.allocatedBytes((RedisObject) e.val)));
        sum[0] += db.expiresSize() * (ObjectSizes.DICT_ENTRY + ObjectSizes.LONG_BOX);
        return sum[0];
    }

    @Test
    void aStringKeyCostsAnEntryItsKeyAndItsValue() {
        long before = server.memory().usedMemory();
        db.setKey(Bytes.of("k"), StringType.create(Bytes.of("0123456789abcdef")), false);
        long perKey = ObjectSizes.DICT_ENTRY + ObjectSizes.byteArray(1) + ObjectSizes.REDIS_OBJECT
                + ObjectSizes.byteArray(16);
        assertThat(db.datasetBytes()).isEqualTo(perKey);
        // plus the first bucket array: a one-segment directory and a segment of four buckets
        assertThat(server.memory().usedMemory() - before)
                .isEqualTo(perKey + ObjectSizes.referenceArray(1) + ObjectSizes.referenceArray(4));
        assertThat(MemoryAccounting.keyUsage(Bytes.of("k"), (RedisObject) db.keys.get(Bytes.of("k"))))
                .isEqualTo(perKey);
    }

    @Test
    void randomWritesKeepTheRunningTotalExact() {
        Random rnd = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            byte[] key = Bytes.of("k" + rnd.nextInt(2000));
            switch (rnd.nextInt(6)) {
                case 0, 1 -> db.setKey(key, StringType.create(new byte[rnd.nextInt(100)]), rnd.nextBoolean());
                case 2 -> db.delete(key);
                case 3 -> {
                    if (db.keys.peek(key) != null) {
                        db.setExpire(key, System.currentTimeMillis() + 100_000);
                    }
                }
                case 4 -> db.removeExpire(key);
                default -> {
                    Dict.Entry e = db.keys.peek(key);
                    if (e != null) {
                        ((RedisObject) e.val).ptr = new byte[rnd.nextInt(300)];
                        server.keyModified(db, key, "setrange");
                    }
                }
            }
        }
        assertThat(db.datasetBytes()).isEqualTo(recount(db));
        db.flush();
        assertThat(db.datasetBytes()).isZero();
    }

    @Test
    void anAppendedStringCountsTheRoomItKeepsForMore() {
        RedisObject o = StringType.create(new byte[100]);
        for (int i = 0; i < 10; i++) {
            o = StringType.append(o, new byte[100]);
        }
        db.setKey(Bytes.of("k"), o, false);
        assertThat(Values.allocatedBytes(o)).isGreaterThan(ObjectSizes.REDIS_OBJECT + ObjectSizes.byteArray(1100));
        assertThat(db.datasetBytes()).isEqualTo(recount(db));
    }

    @Test
    void swapdbSwapsTheAccounting() {
        db.setKey(Bytes.of("a"), StringType.create(new byte[50]), false);
        Database other = server.db(1);
        long a = db.datasetBytes();
        db.swapWith(other);
        assertThat(other.datasetBytes()).isEqualTo(a);
        assertThat(db.datasetBytes()).isZero();
    }

    @Test
    void usedMemoryStartsAtTheStartupFigure() {
        assertThat(server.memory().usedMemory()).isEqualTo(server.memory().startupAllocated());
        assertThat(server.memory().startupAllocated()).isGreaterThanOrEqualTo(MemoryAccounting.STARTUP_HEAP);
    }

    @Test
    void bytesToHumanAsInfoPrintsIt() {
        assertThat(MemoryAccounting.bytesToHuman(0)).isEqualTo("0B");
        assertThat(MemoryAccounting.bytesToHuman(1023)).isEqualTo("1023B");
        assertThat(MemoryAccounting.bytesToHuman(1024)).isEqualTo("1.00K");
        assertThat(MemoryAccounting.bytesToHuman(876296)).isEqualTo("855.76K");
        assertThat(MemoryAccounting.bytesToHuman(1237696)).isEqualTo("1.18M");
        assertThat(MemoryAccounting.bytesToHuman(3L << 30)).isEqualTo("3.00G");
        assertThat(MemoryAccounting.bytesToHuman(5L << 40)).isEqualTo("5.00T");
        assertThat(MemoryAccounting.bytesToHuman(7L << 50)).isEqualTo("7.00P");
        assertThat(MemoryAccounting.bytesToHuman(Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE + "B");
    }

    @Test
    void randomKeySkipsAndDeletesExpiredKeys() {
        for (int i = 0; i < 50; i++) {
            db.setKey(Bytes.of("gone" + i), StringType.create(Bytes.of("x")), false);
            db.setExpire(Bytes.of("gone" + i), 1);
        }
        db.setKey(Bytes.of("alive"), StringType.create(Bytes.of("x")), false);
        server.startCommandClock();
        assertThat(Bytes.str(db.randomKey())).isEqualTo("alive");
    }
}
