package dev.respec.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** notify-keyspace-events: the class letters and the class Redis 7.0 gives each event name. */
class KeyspaceEventsTest {
    @Test
    void eachEventBelongsToItsRedisClass() {
        assertThat(KeyspaceEvents.classOf("set")).isEqualTo(KeyspaceEvents.STRING);
        assertThat(KeyspaceEvents.classOf("incrby")).isEqualTo(KeyspaceEvents.STRING);
        assertThat(KeyspaceEvents.classOf("del")).isEqualTo(KeyspaceEvents.GENERIC);
        assertThat(KeyspaceEvents.classOf("expire")).isEqualTo(KeyspaceEvents.GENERIC);
        assertThat(KeyspaceEvents.classOf("rename_to")).isEqualTo(KeyspaceEvents.GENERIC);
        assertThat(KeyspaceEvents.classOf("sortstore")).isEqualTo(KeyspaceEvents.LIST);
        assertThat(KeyspaceEvents.classOf("lpush")).isEqualTo(KeyspaceEvents.LIST);
        assertThat(KeyspaceEvents.classOf("spop")).isEqualTo(KeyspaceEvents.SET);
        assertThat(KeyspaceEvents.classOf("hincrbyfloat")).isEqualTo(KeyspaceEvents.HASH);
        assertThat(KeyspaceEvents.classOf("zincr")).isEqualTo(KeyspaceEvents.ZSET);
        assertThat(KeyspaceEvents.classOf("expired")).isEqualTo(KeyspaceEvents.EXPIRED);
        assertThat(KeyspaceEvents.classOf("evicted")).isEqualTo(KeyspaceEvents.EVICTED);
        assertThat(KeyspaceEvents.classOf("new")).isEqualTo(KeyspaceEvents.NEW);
        assertThat(KeyspaceEvents.classOf("keymiss")).isEqualTo(KeyspaceEvents.KEY_MISS);
    }

    @Test
    void anUnknownNameIsNoEvent() {
        assertThat(KeyspaceEvents.classOf("nosuchevent")).isZero();
    }

    @Test
    void allStandsForEveryClassButKeyMissAndNew() {
        int all = KeyspaceEvents.parse("A");
        assertThat(all & KeyspaceEvents.KEY_MISS).isZero();
        assertThat(all & KeyspaceEvents.NEW).isZero();
        assertThat(all & KeyspaceEvents.classOf("evicted")).isNotZero();
        assertThat(KeyspaceEvents.format(KeyspaceEvents.parse("KEA"))).isEqualTo("AKE");
    }
}
