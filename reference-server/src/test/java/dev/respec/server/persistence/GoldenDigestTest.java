package dev.respec.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bar, end to end: a reference server started on each golden file (those of Redis 7.0.15,
 * the upstream legacy ones, and the RDB 11/12 files of Redis 7.2.6/7.4.1 without their stream and
 * function) answers DEBUG DIGEST with the digest real Redis gave for that dataset, and holds the
 * same number of keys; and DEBUG RELOAD keeps it.
 */
class GoldenDigestTest {
    @TempDir
    Path tmp;

    /** Every fixture with a dataset except the stream and function files, which this server refuses. */
    static List<GoldenFixtures.Fixture> loadable() {
        return GoldenFixtures.all().stream().filter(f -> !f.refused())
                .filter(f -> !f.name().endsWith("/stream.rdb") && !f.name().endsWith("/function.rdb")).toList();
    }

    @org.junit.jupiter.api.Test
    void theLoadableFixturesAreTheOnesExpected() {
        assertThat(loadable()).hasSize(23);
    }

    @TestFactory
    Stream<DynamicTest> everyLoadableFixtureGivesRedissDigest() {
        return loadable().stream()
                .map(f -> DynamicTest.dynamicTest(f.name(), () -> {
                    List<Map<String, Object>> dataset = GoldenFixtures.dataset(f);
                    String digest = (String) dataset.get(0).get("digest");
                    Path dir = Files.createTempDirectory(tmp, "fixture");
                    Files.copy(f.rdb(), dir.resolve("dump.rdb"));
                    try (TestServer t = new TestServer(dir, "enable-debug-command", "yes")) {
                        assertThat(t.run("DEBUG DIGEST")).isEqualTo("+" + digest + "\r\n");
                        long keys = 0;
                        for (int db = 0; db < 16; db++) {
                            t.run("SELECT " + db);
                            keys += Long.parseLong(t.run("DBSIZE").substring(1).trim());
                        }
                        assertThat(keys).isEqualTo(dataset.size() - 1);
                        t.run("SELECT 0");
                        assertThat(t.run("DEBUG RELOAD")).isEqualTo("+OK\r\n");
                        assertThat(t.run("DEBUG DIGEST")).isEqualTo("+" + digest + "\r\n");
                    }
                }));
    }
}
