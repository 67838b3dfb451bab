package dev.respec.server.keyspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.respec.server.Server;
import dev.respec.server.types.StringType;
import dev.respec.server.util.Bytes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Expected digests were produced by real Redis 7.0.15 (DEBUG DIGEST / DIGEST-VALUE) on the same data. */
class DigestTest {
    private Server server;

    @BeforeEach
    void setUp() {
        server = TestServers.start();
    }

    @AfterEach
    void tearDown() {
        TestServers.stop(server);
    }

    private void set(int db, String key, String value) {
        server.db(db).setKey(Bytes.of(key), StringType.createEncoded(Bytes.of(value)), false);
    }

    @Test
    void anEmptyDatasetIsFortyZeros() {
        assertThat(Digest.dataset(server)).isEqualTo("0".repeat(40));
    }

    @Test
    void stringsAsRedisDigestsThem() {
        set(0, "a", "1");
        set(0, "bb", "hello");
        assertThat(Digest.dataset(server)).isEqualTo("063d3f30671e15dad76dcc5e4cb6ba011d8538a6");
        server.db(0).setExpire(Bytes.of("a"), System.currentTimeMillis() + 1_000_000);
        assertThat(Digest.dataset(server)).isEqualTo("9e6804fc45304050bab67738d930166936eeb3c8");
        set(3, "x", "y");
        assertThat(Digest.dataset(server)).isEqualTo("94bc7440ff2b46766be8c2cd7aaa7b7278eede11");
    }

    @Test
    void theExpireTimeItselfDoesNotMatter() {
        set(0, "a", "1");
        set(0, "bb", "hello");
        server.db(0).setExpire(Bytes.of("a"), 1);
        assertThat(Digest.dataset(server)).isEqualTo("9e6804fc45304050bab67738d930166936eeb3c8");
    }

    @Test
    void valueDigestsWhateverTheEncoding() {
        set(0, "a", "1");
        set(0, "bb", "hello");
        set(0, "n", "12345678901234567890");
        set(0, "i", "42");
        set(0, "e", "");
        Database db = server.db(0);
        assertThat(Digest.value(db, Bytes.of("a"))).isEqualTo("b4fc66738120fba0b5aa500ab5c2bf89cea1c5da");
        assertThat(Digest.value(db, Bytes.of("bb"))).isEqualTo("36b23a1456b2dce2c3ed252c456761301dba8060");
        assertThat(Digest.value(db, Bytes.of("n"))).isEqualTo("71f0756f36a6579483243170ae41bfe56d554e36");
        assertThat(Digest.value(db, Bytes.of("i"))).isEqualTo("547a004a370bc71c2d611f010c52f2e7b64c77a4");
        assertThat(Digest.value(db, Bytes.of("e"))).isEqualTo("8b3447c33a834b810e3e181b6fd6a2ee1020921c");
        assertThat(Digest.value(db, Bytes.of("missing"))).isEqualTo("0".repeat(40));
    }

    @Test
    void theOrderOfInsertionDoesNotMatter() {
        for (int i = 0; i < 1000; i++) {
            set(0, "k" + i, "v" + i);
        }
        String forward = Digest.dataset(server);
        server.db(0).flush();
        for (int i = 999; i >= 0; i--) {
            set(0, "k" + i, "v" + i);
        }
        assertThat(Digest.dataset(server)).isEqualTo(forward);
    }
}
