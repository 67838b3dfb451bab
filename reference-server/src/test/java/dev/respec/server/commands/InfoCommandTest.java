package dev.respec.server.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.respec.server.config.ServerConfig;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** INFO's layout and figures as Redis 7.0.15 prints them (the human sizes below are Redis's own output). */
class InfoCommandTest {
    private CommandHarness redis;

    @BeforeEach
    void setUp() throws IOException {
        redis = new CommandHarness(new ServerConfig());
    }

    @AfterEach
    void tearDown() {
        redis.close();
    }

    @Test
    void anUnknownSectionIsAnEmptyBulkString() {
        assertThat(redis.run("INFO no-such-section")).isEqualTo("$0\r\n\r\n");
    }

    @Test
    void sectionsComeInRedisOrderWhateverTheOrderAsked() {
        String reply = redis.run("INFO KEYSPACE cluster");
        assertThat(reply).isEqualTo("$44\r\n# Cluster\r\ncluster_enabled:0\r\n\r\n# Keyspace\r\n\r\n");
    }

    @Test
    void keyspaceLinesPerDatabase() {
        redis.run("SET a 1");
        redis.run("SELECT 3");
        redis.run("SET b 2");
        assertThat(redis.run("INFO keyspace")).isEqualTo("$76\r\n# Keyspace\r\ndb0:keys=1,expires=0,avg_ttl=0\r\n"
                + "db3:keys=1,expires=0,avg_ttl=0\r\n\r\n");
    }

    @Test
    void errorstatsAndCommandstatsCountByCodeAndCommand() {
        redis.run("CONFIG RESETSTAT");
        redis.run("GET");
        assertThat(redis.run("INFO errorstats")).isEqualTo("$37\r\n# Errorstats\r\nerrorstat_ERR:count=1\r\n\r\n");
        assertThat(redis.run("INFO commandstats"))
                .contains("\r\ncmdstat_get:calls=0,usec=0,usec_per_call=0.00,rejected_calls=1,failed_calls=0\r\n")
                .containsPattern("\r\ncmdstat_config\\|resetstat:calls=1,usec=\\d+,usec_per_call=\\d+\\.\\d\\d,"
                        + "rejected_calls=0,failed_calls=0\r\n");
    }

    @Test
    void humanSizes() {
        assertThat(InfoCommand.bytesToHuman(0)).isEqualTo("0B");
        assertThat(InfoCommand.bytesToHuman(1023)).isEqualTo("1023B");
        assertThat(InfoCommand.bytesToHuman(32768)).isEqualTo("32.00K");
        assertThat(InfoCommand.bytesToHuman(1089472)).isEqualTo("1.04M");
        assertThat(InfoCommand.bytesToHuman(7028736)).isEqualTo("6.70M");
        assertThat(InfoCommand.bytesToHuman(25276502016L)).isEqualTo("23.54G");
    }
}
