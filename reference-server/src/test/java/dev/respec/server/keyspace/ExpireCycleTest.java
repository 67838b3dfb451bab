package dev.respec.server.keyspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.respec.server.Server;
import dev.respec.server.types.StringType;
import dev.respec.server.util.Bytes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExpireCycleTest {
    private Server server;
    private ExpireCycle cycle;

    @BeforeEach
    void setUp() {
        server = TestServers.start();
        cycle = new ExpireCycle(server);
    }

    @AfterEach
    void tearDown() {
        TestServers.stop(server);
    }

    private void volatileKeys(Database db, String prefix, int n, long when) {
        for (int i = 0; i < n; i++) {
            byte[] k = Bytes.of(prefix + i);
            db.setKey(k, StringType.create(Bytes.of("v")), false);
            db.setExpire(k, when);
        }
    }

    @Test
    void slowCyclesReclaimExpiredKeysAndLeaveTheOthers() {
        Database db = server.db(0);
        long now = System.currentTimeMillis();
        volatileKeys(db, "gone", 2000, now - 1000);
        volatileKeys(db, "later", 500, now + 3_600_000);
        for (int i = 0; i < 100; i++) {
            db.setKey(Bytes.of("plain" + i), StringType.create(Bytes.of("v")), false);
        }
        for (int round = 0; round < 200 && db.size() > 600; round++) {
            cycle.slowCycle();
        }
        assertThat(db.size()).isEqualTo(600);
        assertThat(db.expiresSize()).isEqualTo(500);
        assertThat(server.stats().expiredKeys).isEqualTo(2000);
        assertThat(server.stats().expiredStalePerc).isGreaterThan(0);
        assertThat(db.avgTtl).isBetween(1L, 3_600_000L);
    }

    @Test
    void aCycleKeepsGoingOnADatabaseWhileMoreThanTenPercentOfTheSampleIsStale() {
        Database db = server.db(0);
        volatileKeys(db, "gone", 1000, System.currentTimeMillis() - 1);
        cycle.slowCycle();
        // 20 keys per loop; all stale, so the loop repeats until the time budget (25 ms at hz 10)
        // or the end of the keys: far more than one sample's worth goes in one cycle.
        assertThat(server.stats().expiredKeys).isGreaterThan(100);
    }

    @Test
    void aCycleStopsOnADatabaseOnceTheSampleIsMostlyFresh() {
        Database db = server.db(0);
        long now = System.currentTimeMillis();
        volatileKeys(db, "fresh", 5000, now + 3_600_000);
        volatileKeys(db, "gone", 5, now - 1);
        cycle.slowCycle();
        // One sample of about 20 keys, almost all fresh: no repeat, so at most a few buckets' worth.
        assertThat(server.stats().expiredKeys).isLessThanOrEqualTo(5);
        assertThat(db.expiresSize()).isGreaterThanOrEqualTo(5000);
    }

    @Test
    void everyDatabaseIsVisited() {
        long past = System.currentTimeMillis() - 1;
        for (int j = 0; j < server.dbCount(); j++) {
            volatileKeys(server.db(j), "k", 10, past);
        }
        for (int round = 0; round < 20; round++) {
            cycle.slowCycle();
        }
        for (int j = 0; j < server.dbCount(); j++) {
            assertThat(server.db(j).size()).as("db " + j).isZero();
        }
    }

    @Test
    void theFastCycleOnlyRunsAfterASlowCycleRanOutOfTime() {
        Database db = server.db(0);
        volatileKeys(db, "gone", 100, System.currentTimeMillis() - 1);
        cycle.fastCycle();
        assertThat(server.stats().expiredKeys).isZero();
        assertThat(db.size()).isEqualTo(100);
    }

    @Test
    void aTimeCapIsCountedWhenTheBudgetRunsOut() {
        server.config().hz = 500; // 500 us of budget for the slow cycle
        Database db = server.db(0);
        volatileKeys(db, "gone", 200_000, System.currentTimeMillis() - 1);
        cycle.slowCycle();
        assertThat(server.stats().expiredTimeCapReachedCount).isEqualTo(1);
        assertThat(db.size()).isPositive();
        long before = server.stats().expiredKeys;
        cycle.fastCycle();
        assertThat(server.stats().expiredKeys).isGreaterThan(before);
    }
}
