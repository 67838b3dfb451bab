package dev.respec.server.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.respec.server.config.ServerConfig;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * proto-max-bulk-len bounds what SETRANGE, APPEND and LCS may allocate. The replies were seen from
 * real Redis 7.0.15 after CONFIG SET proto-max-bulk-len 1048576 (its minimum).
 */
class StringLimitsTest {
    private CommandHarness redis;

    @BeforeEach
    void setUp() throws IOException {
        ServerConfig config = new ServerConfig();
        config.protoMaxBulkLen = 1024 * 1024;
        redis = new CommandHarness(config);
    }

    @AfterEach
    void tearDown() {
        redis.close();
    }

    private String run(String line) {
        return redis.run(line);
    }

    @Test
    void lcsRefusesATableLargerThanTheLimit() {
        run("SETRANGE a1 599 a");
        run("SETRANGE a2 599 a");
        assertThat(run("LCS a1 a2 LEN"))
                .isEqualTo("-ERR Insufficient memory, transient memory for LCS exceeds proto-max-bulk-len\r\n");
        run("SETRANGE a3 399 a");
        assertThat(run("LCS a1 a3 LEN")).isEqualTo(":400\r\n");
    }

    @Test
    void appendAndSetRangeRefuseAStringLongerThanTheLimit() {
        assertThat(run("SETRANGE k 1048575 x")).isEqualTo(":1048576\r\n");
        assertThat(run("APPEND k y")).isEqualTo("-ERR string exceeds maximum allowed size (proto-max-bulk-len)\r\n");
        assertThat(run("SETRANGE k 1048576 y")).isEqualTo("-ERR string exceeds maximum allowed size (proto-max-bulk-len)\r\n");
        assertThat(run("STRLEN k")).isEqualTo(":1048576\r\n");
    }
}
