package dev.respec.server.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.respec.server.config.ServerConfig;
import dev.respec.server.keyspace.RedisObject;
import dev.respec.server.util.Bytes;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The string commands against a key of another type, run through the command processor with an
 * in-memory client (see CommandHarness). The replies were seen from real Redis 7.0.15 with a list or a
 * set under the key; here a bare list object stands in, since the string commands only look at its type.
 */
class StringWrongTypeTest {
    private static final String WRONGTYPE = "-WRONGTYPE Operation against a key holding the wrong kind of value\r\n";

    private CommandHarness redis;

    @BeforeEach
    void setUp() throws IOException {
        ServerConfig config = new ServerConfig();
        redis = new CommandHarness(config);
        redis.server.db(0).add(Bytes.latin1("k"), new RedisObject(RedisObject.LIST, RedisObject.ENC_QUICKLIST, null));
    }

    @AfterEach
    void tearDown() {
        redis.close();
    }

    private String run(String line) {
        return redis.run(line);
    }

    private byte keyType() {
        return redis.server.db(0).lookupRead(Bytes.latin1("k")).type;
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET k", "GETEX k EX 100", "GETDEL k", "GETSET k v", "SET k v GET", "SET k v NX GET",
        "APPEND k v", "STRLEN k", "INCR k", "DECR k", "INCRBY k 1", "DECRBY k 1", "INCRBYFLOAT k 1",
        "INCRBYFLOAT k abc", "SETRANGE k 0 v", "SETRANGE k 0 \"\"", "GETRANGE k 0 -1", "SUBSTR k 0 -1"})
    void isAWrongTypeErrorAndLeavesTheKeyAlone(String command) {
        assertThat(run(command)).isEqualTo(WRONGTYPE);
        assertThat(keyType()).isEqualTo(RedisObject.LIST);
    }

    @Test
    void argumentsAreCheckedBeforeTheType() {
        assertThat(run("GETEX k FOO")).isEqualTo("-ERR syntax error\r\n");
        assertThat(run("SET k v EX 0 GET")).isEqualTo("-ERR invalid expire time in 'set' command\r\n");
        assertThat(run("INCRBY k abc")).isEqualTo("-ERR value is not an integer or out of range\r\n");
        assertThat(run("DECRBY k -9223372036854775808")).isEqualTo("-ERR decrement would overflow\r\n");
        assertThat(run("SETRANGE k -1 v")).isEqualTo("-ERR offset is out of range\r\n");
        assertThat(run("GETRANGE k a 1")).isEqualTo("-ERR value is not an integer or out of range\r\n");
    }

    @Test
    void getexChecksTheTypeBeforeTheExpireTime() {
        assertThat(run("GETEX k EX 0")).isEqualTo(WRONGTYPE);
    }

    @Test
    void conditionalWritesDoNotOverwriteIt() {
        assertThat(run("SETNX k v")).isEqualTo(":0\r\n");
        assertThat(run("MSETNX other v k v")).isEqualTo(":0\r\n");
        assertThat(keyType()).isEqualTo(RedisObject.LIST);
    }

    @Test
    void mgetRepliesNilForIt() {
        run("SET s v");
        assertThat(run("MGET k s")).isEqualTo("*2\r\n$-1\r\n$1\r\nv\r\n");
    }

    @Test
    void lcsRefusesIt() {
        run("SET s abc");
        assertThat(run("LCS s k LEN IDX")).isEqualTo("-ERR The specified keys must contain string values\r\n");
    }

    @Test
    void setReplacesIt() {
        assertThat(run("SET k v")).isEqualTo("+OK\r\n");
        assertThat(keyType()).isEqualTo(RedisObject.STRING);
    }
}
