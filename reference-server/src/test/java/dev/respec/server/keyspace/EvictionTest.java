package dev.respec.server.keyspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.respec.server.Server;
import dev.respec.server.types.StringType;
import dev.respec.server.util.Bytes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvictionTest {
    private Server server;
    private Database db;
    private Eviction eviction;

    @BeforeEach
    void setUp() {
        server = TestServers.start();
        db = server.db(0);
        eviction = server.evictionPolicy();
    }

    @AfterEach
    void tearDown() {
        TestServers.stop(server);
    }

    private void set(String key, int valueBytes) {
        db.setKey(Bytes.of(key), StringType.create(new byte[valueBytes]), false);
    }

    private RedisObject value(String key) {
        return (RedisObject) db.keys.peek(Bytes.of(key)).val;
    }

    private boolean exists(String key) {
        return db.keys.peek(Bytes.of(key)) != null;
    }

    /** performEvictions until it stops for a reason other than its time budget (the time event's job). */
    private int evict() {
        int result;
        do {
            result = eviction.performEvictions();
        } while (result == Eviction.EVICT_RUNNING);
        return result;
    }

    /** Sets maxmemory so that about {@code keys} more keys of the given size have to go. */
    private void limitToFree(long bytes) {
        server.config().maxmemory = server.memory().usedMemory() - bytes;
    }

    @Test
    void noevictionFailsWhenOverTheLimit() {
        server.config().maxmemoryPolicy = "noeviction";
        set("a", 100);
        server.config().maxmemory = 1;
        assertThat(eviction.performEvictions()).isEqualTo(Eviction.EVICT_FAIL);
        assertThat(exists("a")).isTrue();
        server.config().maxmemory = 0;
        assertThat(eviction.performEvictions()).isEqualTo(Eviction.EVICT_OK);
    }

    @Test
    void underTheLimitNothingIsEvicted() {
        server.config().maxmemoryPolicy = "allkeys-random";
        set("a", 100);
        server.config().maxmemory = server.memory().usedMemory();
        assertThat(eviction.performEvictions()).isEqualTo(Eviction.EVICT_OK);
        assertThat(exists("a")).isTrue();
        assertThat(server.stats().evictedKeys).isZero();
    }

    @Test
    void allkeysLruEvictsTheIdlestKeysFirst() {
        server.config().maxmemoryPolicy = "allkeys-lru";
        server.config().maxmemorySamples = 10;
        for (int i = 0; i < 200; i++) {
            set("old" + i, 1000);
            // idle for an hour
            value("old" + i).lru = (eviction.lruClock() - 3600) & Eviction.LRU_CLOCK_MAX;
        }
        for (int i = 0; i < 50; i++) {
            set("new" + i, 1000);
        }
        limitToFree(100 * 1000);
        assertThat(evict()).isEqualTo(Eviction.EVICT_OK);
        for (int i = 0; i < 50; i++) {
            assertThat(exists("new" + i)).as("new" + i).isTrue();
        }
        assertThat(server.stats().evictedKeys).isBetween(90L, 110L);
        assertThat(server.memory().usedMemory()).isLessThanOrEqualTo(server.config().maxmemory);
    }

    @Test
    void allkeysLfuEvictsTheLeastFrequentKeysFirst() {
        server.config().maxmemoryPolicy = "allkeys-lfu";
        for (int i = 0; i < 200; i++) {
            set("rare" + i, 1000);
        }
        for (int i = 0; i < 50; i++) {
            set("hot" + i, 1000);
            RedisObject o = value("hot" + i);
            o.lru = (o.lru & ~255) | 200;
        }
        limitToFree(100 * 1000);
        assertThat(evict()).isEqualTo(Eviction.EVICT_OK);
        for (int i = 0; i < 50; i++) {
            assertThat(exists("hot" + i)).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"volatile-lru", "volatile-lfu", "volatile-random", "volatile-ttl"})
    void volatilePoliciesOnlyEvictKeysWithAnExpireAndFailWhenNoneIsLeft(String policy) {
        server.config().maxmemoryPolicy = policy;
        for (int i = 0; i < 100; i++) {
            set("persistent" + i, 1000);
        }
        for (int i = 0; i < 20; i++) {
            set("volatile" + i, 1000);
            db.setExpire(Bytes.of("volatile" + i), System.currentTimeMillis() + 1_000_000 + i);
        }
        server.config().maxmemory = 1;
        assertThat(evict()).isEqualTo(Eviction.EVICT_FAIL);
        assertThat(db.size()).isEqualTo(100);
        assertThat(db.expiresSize()).isZero();
        assertThat(server.stats().evictedKeys).isEqualTo(20);
    }

    @Test
    void volatileTtlEvictsTheSoonestToExpireFirst() {
        server.config().maxmemoryPolicy = "volatile-ttl";
        server.config().maxmemorySamples = 10;
        long now = System.currentTimeMillis();
        for (int i = 0; i < 100; i++) {
            set("k" + i, 1000);
            db.setExpire(Bytes.of("k" + i), now + 1_000_000L * (i + 1));
        }
        limitToFree(30 * 1000);
        assertThat(evict()).isEqualTo(Eviction.EVICT_OK);
        for (int i = 60; i < 100; i++) {
            assertThat(exists("k" + i)).as("k" + i).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"allkeys-lru", "allkeys-lfu", "allkeys-random", "volatile-lru", "volatile-ttl"})
    void everyPolicyEmptiesEveryDatabaseWhenTheLimitIsTiny(String policy) {
        server.config().maxmemoryPolicy = policy;
        for (int j = 0; j < 3; j++) {
            Database d = server.db(j);
            for (int i = 0; i < 30; i++) {
                byte[] k = Bytes.of("k" + i);
                d.setKey(k, StringType.create(new byte[10]), false);
                d.setExpire(k, System.currentTimeMillis() + 1_000_000);
            }
        }
        server.config().maxmemory = 1;
        assertThat(evict()).isEqualTo(Eviction.EVICT_FAIL);
        for (int j = 0; j < 3; j++) {
            assertThat(server.db(j).size()).isZero();
        }
        assertThat(server.stats().evictedKeys).isEqualTo(90);
    }

    @Test
    void lfuCounterGrowsLogarithmicallyAndDecaysWithIdleness() {
        server.config().maxmemoryPolicy = "allkeys-lfu";
        set("k", 1);
        RedisObject o = value("k");
        assertThat(eviction.lfuDecrAndReturn(o)).isEqualTo(Eviction.LFU_INIT_VAL);
        for (int i = 0; i < 1000; i++) {
            eviction.touch(o);
        }
        int counter = eviction.lfuDecrAndReturn(o);
        // With lfu-log-factor 10, a thousand hits give a counter around 18-20, far below 255.
        assertThat(counter).isBetween(10, 40);
        // Ten minutes idle at lfu-decay-time 1: ten less.
        int minutes = (int) ((server.mstime() / 60000) & 65535);
        o.lru = (((minutes - 10) & 65535) << 8) | counter;
        assertThat(eviction.lfuDecrAndReturn(o)).isEqualTo(counter - 10);
        server.config().lfuDecayTime = 0;
        assertThat(eviction.lfuDecrAndReturn(o)).isEqualTo(counter);
    }

    @Test
    void anOverwriteKeepsTheLfuCounterButRestartsTheLruClock() {
        server.config().maxmemoryPolicy = "allkeys-lfu";
        set("k", 1);
        value("k").lru = (value("k").lru & ~255) | 77;
        set("k", 2);
        assertThat(value("k").lru & 255).isEqualTo(77);
        server.config().maxmemoryPolicy = "allkeys-lru";
        value("k").lru = 0;
        set("k", 3);
        assertThat(value("k").lru).isEqualTo(eviction.lruClock());
    }

    @Test
    void idleTimeWrapsAroundTheLruClock() {
        set("k", 1);
        RedisObject o = value("k");
        o.lru = (eviction.lruClock() - 100) & Eviction.LRU_CLOCK_MAX;
        assertThat(eviction.idleTimeMs(o)).isEqualTo(100_000);
    }
}
