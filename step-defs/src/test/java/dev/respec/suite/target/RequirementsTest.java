package dev.respec.suite.target;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequirementsTest {

    /** A target that only answers questions. */
    record FakeTarget(String name, String version, Set<Capability> capabilities) implements Target {
        public void start() {}
        public void stop() {}
        public String host() { return "127.0.0.1"; }
        public int port() { return 1; }
        public void restart() {}
        public void kill() {}
        public Path dataDir() { return null; }
        public ServerHandle launch(Map<String, String> config) { return null; }
    }

    final Target external = new FakeTarget("external 10.0.0.1:6379", "7.0.15", EnumSet.of(Capability.CONFIG));

    @Test
    void missingCapabilityIsAStatedReason() {
        assertThat(Requirements.unmet(List.of("@needs:restart"), external, false))
                .contains("target 'external 10.0.0.1:6379' lacks capability 'restart' (@needs:restart)");
        assertThat(Requirements.unmet(List.of("@needs:config"), external, false)).isEmpty();
        assertThat(Requirements.unmet(List.of("@resp3"), external, false))
                .contains("target 'external 10.0.0.1:6379' lacks capability 'resp3' (@resp3)");
    }

    @Test
    void versionsCompareOnTheTagsComponents() {
        assertThat(Requirements.unmet(List.of("@since:7.0"), external, false)).isEmpty();
        assertThat(Requirements.unmet(List.of("@since:7.2"), external, false)).get().asString()
                .contains("older than 7.2");
        assertThat(Requirements.unmet(List.of("@until:7.0"), external, false)).get().asString()
                .contains("7.0 or newer");
        assertThat(Requirements.unmet(List.of("@until:7.2"), external, false)).isEmpty();
        assertThat(Requirements.compare("7.0.15", "7.0")).isZero();
        assertThat(Requirements.compare("6.2.14", "7.0")).isNegative();
        assertThat(Requirements.compare("7.10.0", "7.2")).isPositive();
    }

    @Test
    void unknownVersionRuns() {
        Target unknown = new FakeTarget("x", "unknown", EnumSet.noneOf(Capability.class));
        assertThat(Requirements.unmet(List.of("@since:9.9"), unknown, false)).isEmpty();
    }

    @Test
    void slowRunsUnlessAskedNotTo() {
        assertThat(Requirements.unmet(List.of("@slow"), external, false)).isEmpty();
        assertThat(Requirements.unmet(List.of("@slow"), external, true)).isPresent();
    }

    @Test
    void unknownCapabilityTagIsAFeatureFileError() {
        assertThatThrownBy(() -> Requirements.unmet(List.of("@needs:teleport"), external, false))
                .hasMessageContaining("unknown capability tag @needs:teleport");
    }

    @Test
    void directivesParseLikeRedisConf() {
        assertThat(RedisArgs.parseDirectives("enable-debug-command no\n# comment\nsave \"\"\nsave2 900 1"))
                .containsExactly(Map.entry("enable-debug-command", "no"), Map.entry("save", ""), Map.entry("save2", "900 1"));
        assertThat(RedisArgs.argv(RedisArgs.merge(RedisArgs.defaults(7000, Path.of("/d")), Map.of("appendonly", "yes"))))
                .containsExactly("--port", "7000", "--bind", "127.0.0.1", "--dir", "/d", "--save", "",
                        "--appendonly", "yes", "--enable-debug-command", "local");
    }
}
