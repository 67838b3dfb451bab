package dev.respec.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registry: CONFIG SET's all-or-nothing update and CONFIG GET's matching. */
class ConfigTest {
    @Test
    void aFailedApplyRestoresEveryParameter() {
        Config r = new Config();
        int[] applied = new int[1];
        ConfigParam a = r.register("a", null, 0, ConfigTypes.numeric(ConfigTypes.Kind.INT, 0, 100, ConfigTypes.INTEGER),
                "1", v -> applied[0] = Integer.parseInt(v));
        ConfigParam b = r.register("b", null, 0, ConfigTypes.numeric(ConfigTypes.Kind.INT, 0, 100, ConfigTypes.INTEGER),
                "1", v -> {
                    if (v.equals("13")) {
                        throw new ConfigException("unlucky");
                    }
                });
        assertThatThrownBy(() -> r.setAtomically(List.of(new Config.Change(a, "a", "7"), new Config.Change(b, "b", "13"))))
                .isInstanceOfSatisfying(Config.SetFailure.class, f -> {
                    assertThat(f.argName).isEqualTo("b");
                    assertThat(f.reason).isEqualTo("unlucky");
                });
        assertThat(a.value()).isEqualTo("1");
        assertThat(b.value()).isEqualTo("1");
        assertThat(applied[0]).isEqualTo(1);
    }

    @Test
    void aRefusedValueChangesNothing() {
        ServerConfig config = new ServerConfig();
        Config r = config.registry;
        assertThatThrownBy(() -> r.setAtomically(List.of(new Config.Change(r.lookup("maxmemory"), "maxmemory", "2mb"),
                new Config.Change(r.lookup("hz"), "hz", "fast"))))
                .isInstanceOfSatisfying(Config.SetFailure.class, f -> assertThat(f.argName).isEqualTo("hz"));
        assertThat(r.get("maxmemory")).isEqualTo("0");
        assertThat(config.maxmemory).isZero();
    }

    @Test
    void getMatchesNamesAndAliasesOnce() {
        Config r = new ServerConfig().registry;
        assertThat(r.matching(List.of("maxmemory", "MAXMEMORY"))).containsExactly(Map.entry("maxmemory", "0"));
        assertThat(r.matching(List.of("MAXMEMORY"))).containsExactly(Map.entry("MAXMEMORY", "0"));
        assertThat(r.matching(List.of("*-max-ziplist-entries"))).containsOnly(
                Map.entry("hash-max-ziplist-entries", "512"), Map.entry("zset-max-ziplist-entries", "128"));
        assertThat(r.matching(List.of("slave-p*"))).containsOnly(Map.entry("slave-priority", "100"));
        assertThat(r.matching(List.of("use-exit*"))).isEmpty();
        assertThat(r.matching(List.of("use-exit-on-panic"))).containsOnly(Map.entry("use-exit-on-panic", "no"));
    }
}
