package dev.respec.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading redis.conf and --options. The reports and resulting values were produced by redis-server
 * 7.0.15 with the same files and arguments.
 */
class ConfigLoaderTest {
    @TempDir
    Path dir;

    private final ServerConfig config = new ServerConfig();
    private final ConfigLoader loader = new ConfigLoader(config, "7.0.15");

    private String report(String file, List<String> options) {
        try {
            loader.load(file, options);
            return null;
        } catch (ConfigLoader.FatalConfigError e) {
            return e.getMessage();
        }
    }

    private String write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p.toString();
    }

    @Test
    void commandLineOptionsBecomeConfigLines() {
        assertThat(ConfigLoader.optionsToConfig(List.of("--port", "7403", "--maxmemory", "1mb")))
                .isEqualTo("port \"7403\" \nmaxmemory \"1mb\" ");
        assertThat(ConfigLoader.optionsToConfig(List.of("--save", "--port", "1"))).isEqualTo("save \"\"\nport \"1\" ");
        assertThat(ConfigLoader.optionsToConfig(List.of("--port", "1", "--save"))).isEqualTo("port \"1\" \nsave \"\"");
        assertThat(ConfigLoader.optionsToConfig(List.of("--maxmemory", "--save"))).isEqualTo("maxmemory \"--save\" ");
        assertThat(ConfigLoader.optionsToConfig(List.of("--port 7403", "--hz 5"))).isEqualTo("port 7403 \nhz 5 ");
    }

    @Test
    void anUnknownDirectiveInAFileNamesItsLine() throws IOException {
        String file = write("bad.conf", "port 7403\n# comment\nfoo bar\n");
        assertThat(report(file, List.of())).isEqualTo("\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\n"
                + "Reading the configuration file, at line 3\n>>> 'foo bar'\nBad directive or wrong number of arguments");
    }

    @Test
    void optionsCountLinesAfterTheFile() throws IOException {
        String file = write("ok.conf", "port 7403\n");
        assertThat(report(file, List.of("--maxmemory", "abc"))).isEqualTo("\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\n"
                + "Reading the configuration file, at line 3\n>>> 'maxmemory \"abc\"'\nargument must be a memory value");
    }

    @Test
    void aParameterWithTheWrongNumberOfArguments() {
        assertThat(report(null, List.of("--port", "7403", "--maxmemory", "1", "2")))
                .endsWith(">>> 'maxmemory \"1\" \"2\"'\nwrong number of arguments");
        assertThat(report(null, List.of("--port", "7403", "--hz"))).endsWith(">>> 'hz'\nwrong number of arguments");
    }

    @Test
    void aLogFileThatCannotBeOpenedIsReportedWithoutALine() throws IOException {
        String file = write("log.conf", "logfile /nonexistent/dir/x.log\n");
        assertThat(report(file, List.of())).isEqualTo("\n*** FATAL CONFIG FILE ERROR (Redis 7.0.15) ***\n"
                + "Can't open the log file: No such file or directory");
    }

    @Test
    void aMissingFileIsALogLine() {
        assertThatThrownBy(() -> loader.load("/nonexistent.conf", List.of()))
                .isInstanceOfSatisfying(ConfigLoader.FatalConfigError.class, e -> {
                    assertThat(e.logLine).isTrue();
                    assertThat(e.getMessage())
                            .isEqualTo("Fatal error, can't open config file '/nonexistent.conf': No such file or directory");
                });
    }

    @Test
    void saveLinesAddUpAndAnEmptySaveResets() throws IOException {
        assertThat(report(write("a.conf", "save 100 1\n"), List.of("--save", "200 2"))).isNull();
        assertThat(config.get("save")).isEqualTo("100 1 200 2");
        ServerConfig other = new ServerConfig();
        new ConfigLoaderTest.Loading(other).load(write("b.conf", "save 100 1\nsave \"\"\nsave 200 2\n"));
        assertThat(other.get("save")).isEqualTo("200 2");
    }

    @Test
    void anIncludedFileEndsTheAddingUpOfSaveLines() throws IOException {
        String inc = write("inc.conf", "save 100 1\n");
        assertThat(report(write("main.conf", "include " + inc + "\nsave 200 2\n"), List.of())).isNull();
        assertThat(config.get("save")).isEqualTo("200 2");
    }

    @Test
    void aSingleQuotedArgumentOfAMultiArgumentParameterIsSplit() throws IOException {
        assertThat(report(write("q.conf", "save \"100 1\"\nbind \"127.0.0.1 ::1\"\n"), List.of())).isNull();
        assertThat(config.get("save")).isEqualTo("100 1");
        assertThat(config.bind).containsExactly("127.0.0.1", "::1");
    }

    @Test
    void deprecatedDirectivesAreIgnored() throws IOException {
        assertThat(report(write("d.conf", "list-max-ziplist-entries 5\nlua-replicate-commands yes\n"), List.of()))
                .isNull();
    }

    @Test
    void theStockDebianConfigLoads() throws IOException {
        Path conf = Path.of("src/test/resources/debian-redis.conf");
        String text = Files.readString(conf).replace("dir /var/lib/redis", "dir " + dir)
                .replace("logfile /var/log/redis/redis-server.log", "logfile \"\"");
        assertThat(report(write("redis.conf", text), List.of())).isNull();
        assertThat(config.bind).containsExactly("127.0.0.1", "-::1");
        assertThat(config.get("client-output-buffer-limit"))
                .isEqualTo("normal 0 0 0 slave 268435456 67108864 60 pubsub 33554432 8388608 60");
        assertThat(config.get("save")).isEqualTo("3600 1 300 100 60 10000");
        assertThat(loader.noEffectParameters()).contains("daemonize", "protected-mode", "appendonly")
                .doesNotContain("port", "maxmemory-policy", "hz", "bind");
    }

    /** Loads a file into another config. */
    private record Loading(ServerConfig config) {
        void load(String file) {
            try {
                new ConfigLoader(config, "7.0.15").load(file, List.of());
            } catch (ConfigLoader.FatalConfigError e) {
                throw new AssertionError(e.getMessage());
            }
        }
    }
}
