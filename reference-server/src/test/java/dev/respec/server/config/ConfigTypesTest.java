package dev.respec.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parameter types against answers of real Redis 7.0.15 to CONFIG SET / CONFIG GET (each expected
 * canonical value or reason text below was read from redis-server 7.0.15).
 */
class ConfigTypesTest {
    private final ServerConfig config = new ServerConfig();

    /** CONFIG SET name value as the registry parses it; the canonical value, or the refusal's reason. */
    private String set(String name, String value) {
        ConfigParam p = config.registry.lookup(name);
        try {
            return p.type.parse(Config.splitValue(p, value), p.value(), false);
        } catch (ConfigException e) {
            return "ERR " + e.getMessage();
        }
    }

    @Test
    void memoryValuesAsMemtoullReadsThem() {
        assertThat(set("maxmemory", "")).isEqualTo("0");
        assertThat(set("maxmemory", "mb")).isEqualTo("0");
        assertThat(set("maxmemory", "1KB")).isEqualTo("1024");
        assertThat(set("maxmemory", "1k")).isEqualTo("1000");
        assertThat(set("maxmemory", "1g")).isEqualTo("1000000000");
        assertThat(set("maxmemory", "1gb")).isEqualTo("1073741824");
        assertThat(set("maxmemory", "18446744073709551616")).isEqualTo("18446744073709551615");
        assertThat(set("maxmemory", "17179869184gb")).isEqualTo("0");
        assertThat(set("maxmemory", "9223372036854775808")).isEqualTo("9223372036854775808");
        for (String bad : List.of("-1", "+5", " 5", "5x", "0x10")) {
            assertThat(set("maxmemory", bad)).isEqualTo("ERR argument must be a memory value");
        }
    }

    @Test
    void signedAndUnsignedBounds() {
        assertThat(set("proto-max-bulk-len", "18446744073709551615"))
                .isEqualTo("ERR argument must be between 1048576 and 9223372036854775807 inclusive");
        assertThat(set("maxclients", "-1")).isEqualTo("ERR argument must be between 1 and 4294967295 inclusive");
        assertThat(set("slowlog-max-len", "-1"))
                .isEqualTo("ERR argument must be between 0 and 9223372036854775807 inclusive");
        assertThat(set("hz", "-1")).isEqualTo("ERR argument must be between 0 and 2147483647 inclusive");
        assertThat(set("hz", "1.5")).isEqualTo("ERR argument couldn't be parsed into an integer");
        assertThat(set("list-max-listpack-size", "-2147483649"))
                .isEqualTo("ERR argument must be between -2147483648 and 2147483647 inclusive");
    }

    @Test
    void hzIsClamped() {
        assertThat(set("hz", "0")).isEqualTo("1");
        assertThat(set("hz", "1000")).isEqualTo("500");
    }

    @Test
    void percentages() {
        assertThat(set("maxmemory-clients", "10%")).isEqualTo("10%");
        assertThat(set("maxmemory-clients", "101%")).isEqualTo("ERR percentage argument must be less or equal to 100");
        assertThat(set("maxmemory-clients", "1gb")).isEqualTo("1073741824");
        assertThat(set("maxmemory-clients", "%")).isEqualTo("ERR argument must be a memory or percent value");
    }

    @Test
    void enumsAndBitflagEnums() {
        assertThat(set("loglevel", "NOTICE")).isEqualTo("notice");
        assertThat(set("loglevel", "notice warning"))
                .isEqualTo("ERR argument(s) must be one of the following: debug, verbose, notice, warning");
        assertThat(set("oom-score-adj", "relative")).isEqualTo("yes");
        assertThat(set("shutdown-on-sigint", "nosave force now")).isEqualTo("nosave now force");
        assertThat(set("shutdown-on-sigint", "default save")).isEqualTo("save");
        assertThat(set("shutdown-on-sigint", "SAVE  now"))
                .isEqualTo("ERR argument(s) must be one of the following: default, save, nosave, now, force");
        assertThat(set("shutdown-on-sigint", "save nosave"))
                .isEqualTo("ERR shutdown options SAVE and NOSAVE can't be used simultaneously");
    }

    @Test
    void saveParameters() {
        assertThat(set("save", "100 10 200 20")).isEqualTo("100 10 200 20");
        assertThat(set("save", "")).isEmpty();
        assertThat(set("save", "100 ")).isEqualTo("100 0"); // strtoll("") is 0 and accepted as a count
        for (String bad : List.of("100", "100 x", "0 1", "1 -1", " 100 10", "100  10")) {
            assertThat(set("save", bad)).isEqualTo("ERR Invalid save parameters");
        }
    }

    @Test
    void saveLinesOfAFileAddUp() throws ConfigException {
        ConfigParam save = config.registry.lookup("save");
        assertThat(save.type.parse(List.of("200", "2"), "100 1", true)).isEqualTo("100 1 200 2");
        assertThat(save.type.parse(List.of(""), "100 1", true)).isEmpty();
    }

    @Test
    void clientOutputBufferLimitChangesOnlyTheGivenClasses() {
        assertThat(set("client-output-buffer-limit", "replica 1mb 2mb 3"))
                .isEqualTo("normal 0 0 0 slave 1048576 2097152 3 pubsub 33554432 8388608 60");
        assertThat(set("client-output-buffer-limit", "normal 0 0 99999999999"))
                .isEqualTo("normal 0 0 1215752191 slave 268435456 67108864 60 pubsub 33554432 8388608 60");
        assertThat(set("client-output-buffer-limit", "")).isEqualTo(ConfigTypes.DEFAULT_OBUF_LIMITS);
        assertThat(set("client-output-buffer-limit", "pubsub 1 2"))
                .isEqualTo("ERR Wrong number of arguments in buffer limit configuration.");
        assertThat(set("client-output-buffer-limit", "master 1 2 3"))
                .isEqualTo("ERR Invalid client class specified in buffer limit configuration.");
        assertThat(set("client-output-buffer-limit", "normal 0 0 1x"))
                .isEqualTo("ERR Error in hard, soft or soft_seconds setting in buffer limit configuration.");
    }

    @Test
    void keyspaceEventsInRedisOrder() {
        assertThat(set("notify-keyspace-events", "KEA")).isEqualTo("AKE");
        assertThat(set("notify-keyspace-events", "g$lshzxeKEtmdn")).isEqualTo("AKEm");
        assertThat(set("notify-keyspace-events", "g$lshzxet")).isEqualTo("g$lshzxet");
        assertThat(set("notify-keyspace-events", "Kx")).isEqualTo("xK");
        assertThat(set("notify-keyspace-events", "An")).isEqualTo("A");
        assertThat(set("notify-keyspace-events", "KEA x"))
                .isEqualTo("ERR Invalid event class character. Use 'Ag$lshzxeKEtmdn'.");
    }

    @Test
    void latencyPercentilesPrintedLikePercentF() {
        assertThat(set("latency-tracking-info-percentiles", "1.5000 1e2 0.0001 99.99999999"))
                .isEqualTo("1.5 100 0.0001 100");
        assertThat(set("latency-tracking-info-percentiles", "101"))
                .isEqualTo("ERR latency-tracking-info-percentiles parameters should sit between [0.0,100.0]");
        assertThat(set("latency-tracking-info-percentiles", "5 "))
                .isEqualTo("ERR Invalid latency-tracking-info-percentiles parameters");
    }

    @Test
    void specialParameters() {
        assertThat(set("oom-score-adj-values", "0 200 800 ")).isEqualTo("ERR wrong number of arguments");
        assertThat(set("oom-score-adj-values", "-2001 0 0"))
                .isEqualTo("ERR Invalid oom-score-adj-values, elements must be between -2000 and 2000.");
        assertThat(set("bind", "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17"))
                .isEqualTo("ERR Too many bind addresses specified.");
        assertThat(set("replicaof", "host 99999")).isEqualTo("ERR Invalid master port");
        assertThat(set("replicaof", "NO ONE")).isEmpty();
        assertThat(set("dir", "/nonexistent")).isEqualTo("ERR No such file or directory");
        assertThat(set("dbfilename", "x/y")).isEqualTo("ERR dbfilename can't be a path, just a filename");
        assertThat(set("proc-title-template", "{title}"))
                .isEqualTo("ERR template format is invalid or contains unknown variables");
        assertThat(set("cluster-announce-hostname", "a_b"))
                .isEqualTo("ERR Hostnames may only contain alphanumeric characters, hyphens or dots");
        assertThat(set("activedefrag", "yes")).startsWith("ERR Active defragmentation cannot be enabled");
    }

    @Test
    void multiArgumentValuesSplitAtEverySpace() {
        ConfigParam bind = config.registry.lookup("bind");
        assertThat(Config.splitValue(bind, "")).isEmpty();
        assertThat(Config.splitValue(bind, "a  b")).containsExactly("a", "", "b");
        assertThat(Config.splitValue(config.registry.lookup("maxmemory"), "1 2")).containsExactly("1 2");
    }

    @Test
    void memoryIsRewrittenInTheLargestUnitThatDividesIt() {
        assertThat(ConfigTypes.formatMemory(0)).isEqualTo("0");
        assertThat(ConfigTypes.formatMemory(2048)).isEqualTo("2kb");
        assertThat(ConfigTypes.formatMemory(64L << 20)).isEqualTo("64mb");
        assertThat(ConfigTypes.formatMemory(2L << 30)).isEqualTo("2gb");
        assertThat(ConfigTypes.formatMemory(4096 + 1)).isEqualTo("4097");
    }

    @Test
    void everyRedisParameterIsDeclared() {
        // CONFIG GET * of redis-server 7.0.15 lists 192 names (aliases included); 5 more are hidden
        int names = 0;
        for (ConfigParam p : config.registry.params()) {
            if (!p.has(ConfigParam.HIDDEN)) {
                names += p.names().size();
            }
        }
        assertThat(names).isEqualTo(192);
    }
}
